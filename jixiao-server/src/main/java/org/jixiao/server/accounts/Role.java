package org.jixiao.server.accounts;

/** What an account does (SPEC §1). The names are stored in {@code app_users.role}. */
public enum Role {
    /** 单位填报人: fills in the unit's 决算 and 绩效自评. */
    UNIT_PREPARER("单位填报人"),
    /** 单位负责人: signs off the unit's submission. */
    UNIT_HEAD("单位负责人"),
    /** 财政审核人: reviews, returns, approves and publishes the district's reports. */
    REVIEWER("财政审核人"),
    /** 管理员: sets up fiscal years, units, accounts, code lists and rule sets. */
    ADMIN("管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether an account of this role may have the given scope. */
    boolean allows(Scope scope) {
        return switch (this) {
            case UNIT_PREPARER, UNIT_HEAD -> scope instanceof Scope.OfUnit;
            case REVIEWER -> scope instanceof Scope.OfDistrict;
            case ADMIN -> !(scope instanceof Scope.OfUnit);
        };
    }
}
