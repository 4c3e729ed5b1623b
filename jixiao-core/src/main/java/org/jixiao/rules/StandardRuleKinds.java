package org.jixiao.rules;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.accounts.AccountsRuleKinds;
import org.jixiao.performance.PerformanceRuleKinds;

/** Every rule kind Jixiao ships, assembled from the feature providers (docs/rules.md). */
public final class StandardRuleKinds {

    private StandardRuleKinds() {
    }

    public static List<RuleKind> all() {
        List<RuleKind> kinds = new ArrayList<>();
        kinds.addAll(AccountsRuleKinds.all());
        kinds.addAll(PerformanceRuleKinds.all());
        // Narrative claims (情况说明 sentences) — added at merge by the narrative feature:
        // kinds.addAll(org.jixiao.narrative.NarrativeRuleKinds.all());
        return List.copyOf(kinds);
    }
}
