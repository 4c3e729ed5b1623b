package org.jixiao.rules;

import static org.jixiao.rules.RuleAssertions.flags;
import static org.jixiao.rules.TestReport.clean;

import org.junit.jupiter.api.Test;

/** One failing case per rule of self-evaluation.yaml; the clean report's sheets pass them all. */
class SelfEvaluationRulesTests {
    @Test
    @RuleCase(rule = "SE-001", passes = true)
    @RuleCase(rule = "SE-002", passes = true)
    @RuleCase(rule = "SE-003", passes = true)
    @RuleCase(rule = "SE-004", passes = true)
    @RuleCase(rule = "SE-005", passes = true)
    @RuleCase(rule = "SE-006", passes = true)
    @RuleCase(rule = "SE-007", passes = true)
    @RuleCase(rule = "SE-008", passes = true)
    @RuleCase(rule = "SE-009", passes = true)
    @RuleCase(rule = "SE-010", passes = true)
    @RuleCase(rule = "SE-011", passes = true)
    @RuleCase(rule = "SE-012", passes = true)
    @RuleCase(rule = "SE-013", passes = true)
    @RuleCase(rule = "SE-014", passes = true)
    @RuleCase(rule = "SE-015", passes = true)
    @RuleCase(rule = "SE-016", passes = true)
    @RuleCase(rule = "SE-017", passes = true)
    @RuleCase(rule = "SE-018", passes = true)
    @RuleCase(rule = "SE-019", passes = true)
    @RuleCase(rule = "SE-020", passes = true)
    @RuleCase(rule = "SE-021", passes = true)
    @RuleCase(rule = "SE-022", passes = true)
    @RuleCase(rule = "SE-023", passes = true)
    void cleanReportPassesTheseRules() throws Exception {
        RuleAssertions.cleanReportPassesRulesOf(getClass(), "cleanReportPassesTheseRules");
    }
    @Test
    @RuleCase(rule = "SE-001", passes = false)
    void wholeSheetSourcesDoNotAddUp() {
        // 101.00 + 20.00 = 121.00
        TestReport r = clean();
        r.whole().funds.get("current-fiscal")[1] = "101.00";
        flags("SE-001", r, "120.00", "121.00");
    }
    @Test
    @RuleCase(rule = "SE-002", passes = false)
    void projectSheetSourcesDoNotAddUp() {
        // 69.00
        TestReport r = clean();
        r.project().funds.get("current-fiscal")[1] = "69.00";
        flags("SE-002", r, "70.00", "69.00");
    }
    @Test
    @RuleCase(rule = "SE-003", passes = false)
    void wholeSheetNatureSplitDoesNotAddUp() {
        // 51.00 + 70.00 = 121.00
        TestReport r = clean();
        r.whole().funds.get("basic")[1] = "51.00";
        flags("SE-003", r, "120.00", "121.00");
    }
    @Test
    @RuleCase(rule = "SE-004", passes = false)
    void executionRateWrong() {
        // 120.00 ÷ 120.00 = 100%
        TestReport r = clean();
        r.whole().rate = "90%";
        flags("SE-004", r, "90%", "100%");
    }
    @Test
    @RuleCase(rule = "SE-005", passes = false)
    void executionScoreWrong() {
        // 10 × min(120.00 ÷ 120.00, 1) = 10
        TestReport r = clean();
        r.whole().score = "9";
        flags("SE-005", r, "9", "10");
    }
    @Test
    @RuleCase(rule = "SE-006", passes = false)
    void sectionWeightsExceedTheHeading() {
        // 25 + 10 + 10 + 10 = 55
        TestReport r = clean();
        r.whole().set(0, 5, "25");
        flags("SE-006", r, "50", "55");
    }
    @Test
    @RuleCase(rule = "SE-007", passes = false)
    void weightsDoNotAddUpToTheTotal() {
        // 10 + 20 + 10 + 10 + 10 + 30 + 10 = 100
        TestReport r = clean();
        r.whole().totalWeight = "90";
        flags("SE-007", r, "100", "90");
    }
    @Test
    @RuleCase(rule = "SE-008", passes = false)
    void totalScoreDiffersFromScores() {
        // 10 + 20 + 10 + 10 + 10 + 28 + 10 = 98
        TestReport r = clean();
        r.whole().totalScore = "97";
        flags("SE-008", r, "97", "98");
    }
    @Test
    @RuleCase(rule = "SE-009", passes = false)
    void gradeDoesNotFollowTheTotal() {
        // 98 ≥ 90 ⇒ 优
        TestReport r = clean();
        r.whole().grade = "等级：良";
        flags("SE-009", r, "良", "优");
    }
    @Test
    @RuleCase(rule = "SE-010", passes = false)
    void scoreAboveWeight() {
        // 25 > 20
        TestReport r = clean();
        r.whole().set(0, 6, "25");
        flags("SE-010", r, "25", "0 – 20");
    }
    @Test
    @RuleCase(rule = "SE-011", passes = false)
    void reducedScoreWithoutReason() {
        // 28 < 30 and no reason
        TestReport r = clean();
        r.whole().set(4, 7, null);
        flags("SE-011", r, "（空）", null);
    }
    @Test
    @RuleCase(rule = "SE-012", passes = false)
    void fullScoreOnUnmetTarget() {
        // ≥100 not met by 90; 30 × 90 ÷ 100 = 27
        TestReport r = clean();
        r.project().set(0, 4, "90场次");
        flags("SE-012", r, "30", "27");
    }
    @Test
    @RuleCase(rule = "SE-013", passes = false)
    void scoreDiffersFromTheHigherIsBetterFormula() {
        // 20 × 40 ÷ 50 = 16
        TestReport r = clean();
        r.whole().set(0, 4, "40次").set(0, 6, "15").set(0, 7, "维修需求减少");
        flags("SE-013", r, "15", "16");
    }
    @Test
    @RuleCase(rule = "SE-013", passes = false)
    void scoreDiffersFromTheLowerIsBetterFormula() {
        // 20 × (1 − (100 − 80) ÷ 80) = 20 × 0.75 = 15
        TestReport r = clean();
        r.project().set(1, 4, "100万元").set(1, 6, "10").set(1, 7, "超支");
        flags("SE-013", r, "10", "15");
    }
    @Test
    @RuleCase(rule = "SE-014", passes = false)
    void farAboveTargetWithoutReason() {
        // 70 ÷ 50 = 140% ≥ 130%
        TestReport r = clean();
        r.whole().set(0, 4, "70次");
        flags("SE-014", r, "70次", null);
    }
    @Test
    @RuleCase(rule = "SE-015", passes = false)
    void scoreOutsideTheStatedAchievementBand() {
        // 部分达成 ⇒ [0.6 × 30, 0.8 × 30) = [18, 24)
        TestReport r = clean();
        r.project().set(2, 4, "部分达成");
        flags("SE-015", r, "27", "[18, 24)");
    }
    @Test
    @RuleCase(rule = "SE-016", passes = false)
    void scoreOutsideTheAchievedBandWhenActualEqualsTarget() {
        // 舒适整洁 = 舒适整洁 ⇒ 达成 ⇒ [24, 30]
        TestReport r = clean();
        r.whole().set(4, 6, "20");
        flags("SE-016", r, "20", "[24, 30]");
    }
    @Test
    @RuleCase(rule = "SE-017", passes = false)
    void vagueIndicator() {
        // 进一步 with no number
        TestReport r = clean();
        r.whole().set(4, 3, "进一步改善").set(4, 4, "进一步改善");
        flags("SE-017", r, "进一步改善", null);
    }
    @Test
    @RuleCase(rule = "SE-018", passes = false)
    void targetLooksLikeTheWeight() {
        // 20 without unit = 分值 20
        TestReport r = clean();
        r.whole().set(0, 3, "20");
        flags("SE-018", r, "20", null);
    }
    @Test
    @RuleCase(rule = "SE-019", passes = false)
    void executionRateAsOutputIndicator() {
        // scored in the fund block already
        TestReport r = clean();
        r.project().indicator("产出指标", "数量指标", "预算执行率", "=100%", "100%", "0", "0");
        flags("SE-019", r, "预算执行率", null);
    }
    @Test
    @RuleCase(rule = "SE-020", passes = false)
    void everyActualEqualsItsTargetWithFullScores() {
        // 4 of 4 rows: actual text = target text, score = weight
        TestReport r = clean();
        r.project().set(0, 4, "≥100场次").set(1, 4, "≤80万元").set(2, 4, "达成年度指标").set(2, 6, "30").set(3, 4, "≥90%"); r.project().totalScore = "100";
        flags("SE-020", r, null, null);
    }
    @Test
    @RuleCase(rule = "SE-021", passes = false)
    void costActualDiffersFromExecuted() {
        // 成本 65.00 vs 全年执行数 70.00
        TestReport r = clean();
        r.project().set(1, 4, "65万元");
        flags("SE-021", r, "65.00", "70.00");
    }
    @Test
    @RuleCase(rule = "SE-022", passes = false)
    void wholeSheetExecutedDiffersFromTheTables() {
        // 01 本年支出合计 120.00
        TestReport r = clean();
        r.whole().funds.get("total")[2] = "119.00";
        flags("SE-022", r, "119.00", "120.00");
    }
    @Test
    @RuleCase(rule = "SE-023", passes = false)
    void projectSheetsDifferFromTheTables() {
        // 03 项目支出 70.00 vs Σ 69.00
        TestReport r = clean();
        r.project().funds.get("total")[2] = "69.00";
        flags("SE-023", r, "70.00", "69.00");
    }
}
