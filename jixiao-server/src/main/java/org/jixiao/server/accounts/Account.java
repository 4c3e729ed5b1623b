package org.jixiao.server.accounts;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A person who signs in (用户): username, display name, role and the scope the role sees. */
public record Account(long id, String username, String displayName, Role role, Scope scope, Instant createdAt)
        implements Serializable {

    public Account {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
        if (!role.allows(scope)) throw new IllegalArgumentException(role.label() + " 不能具有范围 " + scope);
    }

    /** Whether this account works for the given unit (its 填报人 or 负责人). */
    public boolean worksFor(long unitId) {
        return scope instanceof Scope.OfUnit u && u.unitId() == unitId;
    }

    /** Whether this account reviews the given district (its 财政审核人). */
    public boolean reviews(long districtId) {
        return scope instanceof Scope.OfDistrict d && d.districtId() == districtId;
    }

    /** Whether this account may read a report of the given unit in the given district. */
    public boolean sees(long unitId, long districtId) {
        return worksFor(unitId) || reviews(districtId) || role == Role.ADMIN;
    }

    /** An account before it is stored. */
    public static Account unsaved(String username, String displayName, Role role, Scope scope) {
        return new Account(0, username, displayName, role, scope, null);
    }
}
