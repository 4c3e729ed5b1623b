package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/** Tolerance behaviour seen through whole rules, and the seed fixtures as a whole. */
class ToleranceTests {

    @Test
    void aDifferenceInsideTheRoundingBandIsInfo() {
        // 合计 income 120.01 vs 100.00 + 20.00 = 120.00: 0.01 ≤ 2 × 0.005 ⇒ INFO 尾数误差
        List<Finding> f = RuleAssertions.findings(TestReport.clean().cell(TestReport.SUMMARY, "income.total", "amount", "120.01"), "TBL-01-001");
        assertThat(f).singleElement().returns(Severity.INFO, Finding::severity).satisfies(x -> assertThat(x.message()).contains("尾数误差"));
    }

    @Test
    void aTruncatedPercentageIsInfo() {
        // 23.99 ÷ 30.00 = 79.9666…% → 79.97% rounded; 79.96% is the truncated value ⇒ INFO
        List<Finding> f = RuleAssertions.findings(TestReport.clean().set("procurement.smeAmount", "23.99").set("procurement.smeShare", "79.96%"), "DSC-004");
        assertThat(f).singleElement().returns(Severity.INFO, Finding::severity).returns("79.97%", Finding::expected);
    }

    @Test
    void aMissingOperandIsNotAViolation() {
        // the 01 table without its 本年收入合计 row: cannot check, no finding
        assertThat(RuleAssertions.findings(TestReport.clean().removeRow(TestReport.SUMMARY, "income.total"), "TBL-01-001")).isEmpty();
    }

    @Test
    void theCorrectSeed002YieldsNoError() {
        // SPEC §5: seed 002 is correct; a checker that cries wolf is useless
        var result = RuleAssertions.ENGINE.check(Fixtures.read("002-furong-2021.json"));
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void everyFixtureCanBeChecked() {
        for (var path : Fixtures.all()) {
            var result = RuleAssertions.ENGINE.check(Fixtures.read(path.getFileName().toString()));
            assertThat(result.ruleSetVersion()).isNotBlank();
        }
    }
}
