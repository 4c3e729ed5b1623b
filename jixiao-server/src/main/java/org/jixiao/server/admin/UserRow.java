package org.jixiao.server.admin;

import org.jixiao.server.accounts.Account;

/** An account as the user list shows it: the account, whether it can sign in, and its scope in words. */
public record UserRow(Account account, boolean enabled, String scopeLabel) {
}
