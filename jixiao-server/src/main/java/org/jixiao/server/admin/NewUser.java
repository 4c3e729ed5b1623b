package org.jixiao.server.admin;

import org.jixiao.server.accounts.Role;

/**
 * An account to create: its user name, display name, role, the unit (by code, for 单位填报人/负责人) or district (by
 * code, for 财政审核人) it works in, and its first password (at least 8 characters).
 */
public record NewUser(String username, String displayName, Role role, String unitCode, String districtCode, String password) {
}
