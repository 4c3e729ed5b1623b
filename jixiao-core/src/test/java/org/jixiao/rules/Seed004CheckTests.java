package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.jixiao.report.domain.Report;
import org.jixiao.report.json.ReportJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Acceptance: what the engine (without the narrative rules) reports on seed 004. */
class Seed004CheckTests {

    private static CheckResult result;

    @BeforeAll
    static void check() throws Exception {
        try (InputStream in = Seed004CheckTests.class.getClassLoader().getResourceAsStream("fixtures/004-shifeng-2021.json")) {
            Assumptions.assumeTrue(in != null, "fixture 004 not merged yet");
            Report report = new ReportJson().read(in);
            result = RuleEngine.standard().check(report);
        }
        result.findings().forEach(f -> System.out.println(f.severity() + " " + f.rule() + " @ " + (f.location() == null ? "" : f.location().describe())
                + " | " + f.message() + " | stated=" + f.stated() + " expected=" + f.expected() + " | " + f.formula()));
    }

    @Test
    void usesThe2021RuleSet() {
        assertThat(result.ruleSetVersion()).isEqualTo("2021.1");
    }

    List<Finding> of(String rule) {
        return result.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }
}
