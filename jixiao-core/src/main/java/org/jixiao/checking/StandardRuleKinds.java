package org.jixiao.checking;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.accounts.AccountsRuleKinds;
import org.jixiao.codes.CodeLists;
import org.jixiao.narrative.NarrativeRuleKinds;
import org.jixiao.performance.PerformanceRuleKinds;
import org.jixiao.rules.RuleEngine;
import org.jixiao.rules.RuleKind;
import org.jixiao.rules.RuleRegistry;

/**
 * Every rule kind Jixiao ships, assembled from the feature providers (docs/rules.md), and the engine built
 * from them. It lives outside {@code rules} so that the features depend on the engine's contracts and the
 * engine on none of them (no package cycle).
 */
public final class StandardRuleKinds {

    private StandardRuleKinds() {
    }

    public static List<RuleKind> all() {
        List<RuleKind> kinds = new ArrayList<>();
        kinds.addAll(AccountsRuleKinds.all());
        kinds.addAll(PerformanceRuleKinds.all());
        kinds.addAll(NarrativeRuleKinds.all());
        return List.copyOf(kinds);
    }

    /** The engine with the bundled registry, these kinds and the bundled code lists. */
    public static RuleEngine engine() {
        return new RuleEngine(RuleRegistry.bundled(), all(), CodeLists.bundled());
    }
}
