package org.jixiao.server.accounts;

import java.util.List;
import java.util.Optional;

/** The accounts known to the system. */
public interface Accounts {

    /** Stores a new account with an optional password hash (BCrypt); returns it with its id. */
    Account add(Account account, String passwordHash);

    Optional<Account> byUsername(String username);

    /** The stored BCrypt hash of an account's password; empty when there is no such account or no password. */
    Optional<String> passwordHash(String username);

    /** Replaces the password hash; false when there is no such account. */
    boolean setPasswordHash(String username, String passwordHash);

    List<Account> all();

    /** Changes the display name; false when there is no such account. */
    boolean rename(String username, String displayName);

    /** Removes an account; false when there is no such account. */
    boolean remove(String username);

    long count();
}
