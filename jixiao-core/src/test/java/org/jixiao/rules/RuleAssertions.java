package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.jixiao.report.domain.Report;

/** Runs the standard engine on test reports and asserts what one rule reports. */
final class RuleAssertions {

    static final RuleEngine ENGINE = org.jixiao.checking.StandardRuleKinds.engine();
    private static final RuleSet RULES = RuleRegistry.bundled().forYear(2021);

    private RuleAssertions() {
    }

    static List<Finding> findings(TestReport report, String rule) {
        return findings(report.build(), rule);
    }

    static List<Finding> findings(Report report, String rule) {
        return ENGINE.check(report).findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** Asserts the rule reports exactly one finding, at the rule's own severity, with these numbers. */
    static Finding flags(String rule, TestReport report, String stated, String expected) {
        List<Finding> found = findings(report, rule);
        assertThat(found).as("findings of " + rule).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.severity()).isEqualTo(severityOf(rule));
        if (stated != null) assertThat(f.stated()).isEqualTo(stated);
        if (expected != null) assertThat(f.expected()).isEqualTo(expected);
        assertThat(f.message()).doesNotContain("{").doesNotContain("—");
        return f;
    }

    static void passes(String rule, TestReport report) {
        assertThat(findings(report, rule)).as("findings of " + rule).isEmpty();
    }

    static Severity severityOf(String rule) {
        return RULES.rules().stream().filter(r -> r.id().equals(rule)).findFirst().orElseThrow().severity();
    }

    /** The clean report yields no finding of any rule that the calling test method names as passing. */
    static void cleanReportPassesRulesOf(Class<?> testClass, String method) throws NoSuchMethodException {
        Method m = testClass.getDeclaredMethod(method);
        List<String> rules = Arrays.stream(m.getAnnotationsByType(RuleCase.class)).filter(RuleCase::passes).map(RuleCase::rule).toList();
        assertThat(rules).isNotEmpty();
        List<Finding> all = ENGINE.check(TestReport.clean().build()).findings();
        assertThat(all).as("the clean report is clean").isEmpty();
        for (String rule : rules) assertThat(RULES.rules()).anyMatch(r -> r.id().equals(rule));
    }
}
