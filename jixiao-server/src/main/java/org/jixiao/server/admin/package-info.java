/**
 * System administration (系统管理, issue 6 §1): fiscal years (open/close), districts and units (add, rename, import
 * units from a CSV), accounts (create, reset password, disable, remove), the code lists and the audit log. Only a
 * 管理员 reaches it: the security rules guard {@code /admin/**} and {@code /api/v1/admin/**}, and
 * {@link org.jixiao.server.admin.Administration} checks the role again for every call. Every change is written to
 * the audit log with its before and after, in the same transaction as the change.
 */
package org.jixiao.server.admin;
