package org.jixiao.accounts;

import java.util.List;
import org.jixiao.rules.RuleKind;

/** The rule kinds of the 部门决算 part: table identities, code lists, units, 单位概况 and disclosures. */
public final class AccountsRuleKinds {

    private AccountsRuleKinds() {
    }

    public static List<RuleKind> all() {
        return List.of(new SumKind(), new RowBalanceKind(), new HierarchySumKind(), new RowsCompareKind(), new NonNegativeKind(),
                new EmptyTableKind(), new CodeListKind(), new UnitLabelKind(), new MagnitudeKind(), new UnitFactorKind(),
                new ListCountKind(), new RateKind(), new ZeroTogetherKind());
    }
}
