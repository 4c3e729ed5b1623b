package org.jixiao.server.accounts;

import java.time.Instant;
import java.util.Objects;

/** A person who signs in (用户): username, display name, role and the scope the role sees. */
public record Account(long id, String username, String displayName, Role role, Scope scope, Instant createdAt) {

    public Account {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
        if (!role.allows(scope)) throw new IllegalArgumentException(role.label() + " 不能具有范围 " + scope);
    }

    /** An account before it is stored. */
    public static Account unsaved(String username, String displayName, Role role, Scope scope) {
        return new Account(0, username, displayName, role, scope, null);
    }
}
