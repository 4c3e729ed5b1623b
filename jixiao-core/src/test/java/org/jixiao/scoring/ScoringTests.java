package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The formulas of SPEC §4 pinned with hand-computed numbers. */
class ScoringTests {

    private static Target.Quantitative q(String text, String level2) {
        return (Target.Quantitative) Targets.parse(text, "产出指标", level2);
    }

    @Test
    void readsComparatorsUnitsAndDirections() {
        assertThat(q("≥90%", "质量指标")).returns("≥", Target.Quantitative::comparator).returns(true, Target.Quantitative::percent)
                .returns(Target.Direction.HIGHER_IS_BETTER, Target.Quantitative::direction).returns(false, Target.Quantitative::directionAssumed);
        assertThat(q("≤450万元", "成本指标")).returns(Target.Direction.LOWER_IS_BETTER, Target.Quantitative::direction)
                .returns("万元", Target.Quantitative::unit);
        assertThat(q("50 次", "数量指标")).returns(null, Target.Quantitative::comparator)
                .returns(Target.Direction.HIGHER_IS_BETTER, Target.Quantitative::direction).returns(true, Target.Quantitative::directionAssumed);
        assertThat(q("450 万元", "成本指标")).returns(Target.Direction.LOWER_IS_BETTER, Target.Quantitative::direction)
                .returns(true, Target.Quantitative::directionAssumed);
        assertThat(Targets.parse("2021 年 12 月", "产出指标", "时效指标")).isEqualTo(new Target.Date(2021, 12, 0));
        assertThat(Targets.parse("舒适整洁", "产出指标", "质量指标")).isEqualTo(new Target.Qualitative("舒适整洁"));
        assertThat(Targets.parse("80 个部门 30000 份", "产出指标", "数量指标")).isInstanceOf(Target.Qualitative.class);
    }

    @Test
    void metTargetScoresTheFullWeight() {
        // 59 ≥ 50 ⇒ 10
        assertThat(Scoring.quantitative(BigDecimal.TEN, q("50 次", "数量指标"), new BigDecimal("59"), Scoring.LowerFormula.PROPORTIONAL_DEVIATION)
                .value()).isEqualByComparingTo("10");
    }

    @Test
    void unmetHigherIsBetterScoresInProportion() {
        // 10 × 14 ÷ 15 = 9.333… → 9.33
        Scoring.Score s = Scoring.quantitative(BigDecimal.TEN, q("15 人", "数量指标"), new BigDecimal("14"), Scoring.LowerFormula.PROPORTIONAL_DEVIATION);
        assertThat(s.value()).isEqualByComparingTo("9.33");
        assertThat(s.formula()).contains("10 × 14 ÷ 15 = 9.33").contains("按“≥”");
    }

    @Test
    void unmetLowerIsBetterLosesTheDeviation() {
        // 20 × (1 − (100 − 80) ÷ 80) = 20 × 0.75 = 15
        assertThat(Scoring.quantitative(BigDecimal.valueOf(20), q("≤80万元", "成本指标"), new BigDecimal("100"), Scoring.LowerFormula.PROPORTIONAL_DEVIATION)
                .value()).isEqualByComparingTo("15");
        // twice the target or more ⇒ 0: 160 ≥ 2 × 80
        assertThat(Scoring.quantitative(BigDecimal.valueOf(20), q("≤80万元", "成本指标"), new BigDecimal("160"), Scoring.LowerFormula.PROPORTIONAL_DEVIATION)
                .value()).isEqualByComparingTo("0");
        // the configurable alternative: 20 × 80 ÷ 100 = 16
        assertThat(Scoring.quantitative(BigDecimal.valueOf(20), q("≤80万元", "成本指标"), new BigDecimal("100"), Scoring.LowerFormula.INVERSE_RATIO)
                .value()).isEqualByComparingTo("16");
    }

    @Test
    void executionScoreIsCappedAtTheWeight() {
        // 10 × min(480.21 ÷ 433.50, 1) = 10; 10 × 90 ÷ 100 = 9
        assertThat(Scoring.executionScore(BigDecimal.TEN, new BigDecimal("480.21"), new BigDecimal("433.50"))).isEqualByComparingTo("10");
        assertThat(Scoring.executionScore(BigDecimal.TEN, new BigDecimal("90"), new BigDecimal("100"))).isEqualByComparingTo("9");
    }

    @Test
    void gradesHaveInclusiveLowerBounds() {
        assertThat(Scoring.grade(new BigDecimal("90"))).isEqualTo("优");
        assertThat(Scoring.grade(new BigDecimal("89.99"))).isEqualTo("良");
        assertThat(Scoring.grade(new BigDecimal("80"))).isEqualTo("良");
        assertThat(Scoring.grade(new BigDecimal("60"))).isEqualTo("中");
        assertThat(Scoring.grade(new BigDecimal("59.5"))).isEqualTo("差");
    }

    @Test
    void qualitativeBands() {
        // weight 15: 达成 [12, 15], 部分达成 [9, 12), 未达成 [0, 9)
        BigDecimal w = BigDecimal.valueOf(15);
        assertThat(Achievement.ACHIEVED.allows(w, BigDecimal.valueOf(12))).isTrue();
        assertThat(Achievement.ACHIEVED.allows(w, BigDecimal.TEN)).isFalse();
        assertThat(Achievement.PARTLY.allows(w, BigDecimal.TEN)).isTrue();
        assertThat(Achievement.PARTLY.allows(w, BigDecimal.valueOf(12))).isFalse();
        assertThat(Achievement.NOT_ACHIEVED.allows(w, BigDecimal.valueOf(8))).isTrue();
        assertThat(Achievement.stated("部分达成")).contains(Achievement.PARTLY);
        assertThat(Achievement.stated("未达成")).contains(Achievement.NOT_ACHIEVED);
        assertThat(Achievement.stated("舒适整洁")).isEmpty();
    }

    @Test
    void percentOfTarget() {
        // 1346 ÷ 1000 = 134.6%
        assertThat(Scoring.percentOfTarget(new BigDecimal("1346"), new BigDecimal("1000"))).isEqualByComparingTo("134.6");
    }
}
