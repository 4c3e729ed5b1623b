/**
 * Accounts (用户) and their roles: 单位填报人, 单位负责人, 财政审核人, 管理员 (SPEC §1), each with the scope it
 * may see (SPEC §6). Sign-in comes later; the password hash column is ready for it.
 */
package org.jixiao.server.accounts;
