package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanReportTests {

    @Test
    void theCleanTestReportYieldsNoFinding() {
        var result = RuleAssertions.ENGINE.check(TestReport.clean().build());
        result.findings().forEach(f -> System.out.println(f.rule() + " " + f.severity() + " " + f.message()));
        assertThat(result.findings()).isEmpty();
    }
}
