package org.jixiao.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.checking.StandardRuleKinds;
import org.jixiao.report.domain.Report;
import org.jixiao.rules.Finding;
import org.jixiao.rules.RuleEngine;
import org.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;

/**
 * Recall of the engine: for every {@link ErrorCategory} and 20 seeds, the planted error is found by its ground-truth
 * rule at the expected severity, and nothing else of severity ≥ WARNING appears beyond the error's listed
 * consequences. Prints the per-category recall and false-alarm table (docs/synthetic-data.md).
 */
class InjectedErrorRecallTests {

    static final int SEEDS_PER_CATEGORY = 20;

    /**
     * Planted errors the engine is known to miss, narrowly scoped (category and the text of the change), with the
     * reason: engine limits written down, not hidden (docs/synthetic-data.md). Counted as misses in the table.
     */
    static final List<Known> KNOWN_MISSES = List.of(
            new Known(ErrorCategory.NARRATIVE_SHARE, null, "“占100.00%”",
                    "a 其中 list with a single part (本年收入合计X万元，其中：财政拨款收入X万元，占p%) is not read as a list, so its share is not checked"));

    /**
     * Findings (≥ WARNING) the engine raises on an injected report that the planted error does not justify, narrowly
     * scoped (category and rule), with the reason. Counted as false alarms in the table.
     */
    static final List<Known> KNOWN_FALSE_ALARMS = List.of(); // 调增（减） read as a balance error: fixed (FundBalanceKind)

    /** A known engine miss or false alarm: category, rule (null for misses) and a text of the change it is limited to. */
    record Known(ErrorCategory category, String rule, String changeContains, String reason) {
        boolean matches(ErrorCategory c, String ruleId, String change) {
            return category == c && (rule == null || rule.equals(ruleId)) && change.contains(changeContains);
        }
    }

    private final Map<String, Integer> falseAlarmsByRule = new java.util.TreeMap<>();
    private final RuleEngine engine = StandardRuleKinds.engine();
    private final ErrorInjector injector = new ErrorInjector();
    private final ReportGenerator generator = new ReportGenerator();
    private final ProvinceGenerator province = new ProvinceGenerator();

    record Outcome(int found, int runs, int falseAlarms, List<String> details) {
    }

    private static boolean known(List<Known> list, ErrorCategory category, String rule, String change) {
        return list.stream().anyMatch(k -> k.matches(category, rule, change));
    }

    @Test
    void everyPlantedErrorIsFoundWithoutOtherAlarms() {
        Map<ErrorCategory, Outcome> outcomes = new EnumMap<>(ErrorCategory.class);
        for (ErrorCategory category : ErrorCategory.values()) outcomes.put(category, run(category));
        StringBuilder table = new StringBuilder("\n[synthetic] recall and false alarms per category (" + SEEDS_PER_CATEGORY + " seeds each)\n");
        table.append(String.format("| %-24s | %-8s | %-12s |%n", "category", "recall", "false alarms"));
        int found = 0;
        int runs = 0;
        int alarms = 0;
        for (var e : outcomes.entrySet()) {
            Outcome o = e.getValue();
            table.append(String.format("| %-24s | %2d/%-5d | %-12d |%n", e.getKey(), o.found(), o.runs(), o.falseAlarms()));
            found += o.found();
            runs += o.runs();
            alarms += o.falseAlarms();
        }
        table.append(String.format("| %-24s | %3d/%-4d | %-12d |%n", "total", found, runs, alarms));
        table.append("[synthetic] false alarms by rule: ").append(falseAlarmsByRule);
        System.out.println(table);
        List<String> problems = new ArrayList<>();
        outcomes.forEach((category, o) -> problems.addAll(o.details().stream().limit(4).toList()));
        assertThat(problems).as("misses and false alarms").isEmpty();
    }

    private Outcome run(ErrorCategory category) {
        int found = 0;
        int runs = 0;
        int falseAlarms = 0;
        List<String> details = new ArrayList<>();
        for (long seed = 1000L * (category.ordinal() + 1); runs < SEEDS_PER_CATEGORY && seed < 1000L * (category.ordinal() + 1) + 200; seed++) {
            Report report = SyntheticConsistencyTests.report(generator, province, seed);
            Optional<InjectedReport> injected = injector.inject(report, category, seed);
            if (injected.isEmpty()) continue;
            runs++;
            GroundTruth truth = injected.get().truth();
            List<Finding> findings = engine.check(injected.get().report()).findings();
            boolean all = truth.expected().stream().allMatch(x -> findings.stream().anyMatch(f -> x.matches(f.rule()) && f.severity() == x.severity()));
            if (all) found++;
            else if (!known(KNOWN_MISSES, category, null, truth.change())) details.add(category + " seed " + seed + " MISSED " + truth.expected() + " (" + truth.change() + "); found: "
                    + findings.stream().map(f -> f.rule() + " " + f.severity()).toList());
            for (Finding f : findings) {
                if (!f.severity().atLeast(Severity.WARNING) || category.explains(f.rule())) continue;
                falseAlarms++;
                falseAlarmsByRule.merge(f.rule() + " " + f.severity(), 1, Integer::sum);
                if (!known(KNOWN_FALSE_ALARMS, category, f.rule(), truth.change()) && !SyntheticConsistencyTests.known(f)) details.add(category + " seed " + seed + " FALSE ALARM " + f.rule() + " " + f.severity() + " " + f.message() + " (" + truth.change() + ")");
            }
        }
        return new Outcome(found, runs, falseAlarms, details);
    }
}
