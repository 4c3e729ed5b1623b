package org.jixiao.server.security;

import java.util.Collection;
import java.util.List;
import org.jixiao.server.accounts.Account;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in session: the account (serialised into the session table) and, only during
 * sign-in, its password hash, which Spring Security erases afterwards.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final Account account;
    private String passwordHash;

    SignedInUser(Account account, String passwordHash) {
        this.account = account;
        this.passwordHash = passwordHash;
    }

    public Account account() {
        return account;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
