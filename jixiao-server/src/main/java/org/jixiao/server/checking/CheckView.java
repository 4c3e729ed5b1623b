package org.jixiao.server.checking;

import java.util.List;
import java.util.Map;
import org.jixiao.rules.CheckResult;
import org.jixiao.rules.Severity;
import org.jixiao.server.workflow.Explanation;

/**
 * A check as the API and the pages show it: the version checked, the rule set used, counts, and the findings in
 * the shape of {@code ./jixiao check --format json}, each with its key and the unit's explanation if written.
 */
public record CheckView(int version, String ruleSet, long errors, long warnings, long infos, List<FindingView> findings) {

    public static CheckView of(int version, CheckResult result) {
        return of(version, result, Map.of());
    }

    public static CheckView of(int version, CheckResult result, Map<String, Explanation> explanations) {
        return of(version, result, explanations, null);
    }

    /** With each finding's pointer into the report (see {@link FindingPointers}; null pointers when none given). */
    public static CheckView of(int version, CheckResult result, Map<String, Explanation> explanations, FindingPointers pointers) {
        return new CheckView(version, result.ruleSetVersion(), result.count(Severity.ERROR), result.count(Severity.WARNING),
                result.count(Severity.INFO), result.findings().stream().map(f -> FindingView.of(f, explanations, pointers)).toList());
    }
}
