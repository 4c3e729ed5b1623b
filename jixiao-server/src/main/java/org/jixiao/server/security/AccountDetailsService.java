package org.jixiao.server.security;

import org.jixiao.server.accounts.Accounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads an account and its password hash for sign-in. An account without a password cannot sign in. Not a bean of
 * its own: only the throttled provider uses it (a UserDetailsService bean beside a provider bean makes Spring warn).
 */
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.byUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        String hash = accounts.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return new SignedInUser(account, hash);
    }
}
