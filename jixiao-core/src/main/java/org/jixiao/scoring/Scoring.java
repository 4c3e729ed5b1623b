package org.jixiao.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Score formulas of the self-evaluation (SPEC §4, 财预〔2020〕10号, vendor rules in DOMAIN-NOTES §1.2). Pure
 * functions; each result carries the formula with its operands so that a finding can show it.
 */
public final class Scoring {

    private Scoring() {
    }

    /** How an unmet lower-is-better target is scored; configuration, named in every finding. */
    public enum LowerFormula {
        /** weight × (1 − (actual − target) ÷ target), zero from twice the target (vendor 反向). */
        PROPORTIONAL_DEVIATION,
        /** weight × target ÷ actual. */
        INVERSE_RATIO;

        public static LowerFormula parse(String text) {
            return text == null || text.equals("proportional-deviation") ? PROPORTIONAL_DEVIATION : INVERSE_RATIO;
        }
    }

    /** A recomputed score with the formula that produced it. */
    public record Score(BigDecimal value, String formula) {
    }

    /**
     * Scores a quantitative indicator: full weight when met; otherwise weight × actual ÷ target (higher is
     * better) or the configured lower-is-better formula. A negative actual counts as zero.
     */
    public static Score quantitative(BigDecimal weight, Target.Quantitative target, BigDecimal actual, LowerFormula lower) {
        BigDecimal a = actual.signum() < 0 ? BigDecimal.ZERO : actual;
        String w = plain(weight);
        String t = plain(target.value());
        String assumption = target.directionAssumed() ? "（" + target.assumption() + "）" : "";
        if (target.isMetBy(a)) return new Score(weight, "实际 " + plain(a) + " 达到目标 " + target.describe() + " ⇒ 满分 " + w + assumption);
        if (target.value().signum() == 0) return new Score(BigDecimal.ZERO, "目标为0而实际为 " + plain(a) + " ⇒ 0" + assumption);
        if (target.direction() == Target.Direction.HIGHER_IS_BETTER) {
            BigDecimal s = weight.multiply(a).divide(target.value(), 2, RoundingMode.HALF_UP);
            return new Score(s, w + " × " + plain(a) + " ÷ " + t + " = " + plain(s) + assumption);
        }
        if (lower == LowerFormula.INVERSE_RATIO) {
            BigDecimal s = weight.multiply(target.value()).divide(a, 2, RoundingMode.HALF_UP);
            return new Score(s, w + " × " + t + " ÷ " + plain(a) + " = " + plain(s) + assumption);
        }
        if (a.compareTo(target.value().multiply(BigDecimal.valueOf(2))) >= 0) {
            return new Score(BigDecimal.ZERO.setScale(2), "实际 " + plain(a) + " ≥ 2 × " + t + " ⇒ 0" + assumption);
        }
        BigDecimal deviation = a.subtract(target.value()).divide(target.value(), 10, RoundingMode.HALF_UP);
        BigDecimal s = weight.multiply(BigDecimal.ONE.subtract(deviation)).setScale(2, RoundingMode.HALF_UP);
        return new Score(s, w + " × (1 − (" + plain(a) + " − " + t + ") ÷ " + t + ") = " + plain(s) + assumption);
    }

    /** 预算执行率 score: weight × min(执行率, 1) (SPEC §4). */
    public static BigDecimal executionScore(BigDecimal weight, BigDecimal executed, BigDecimal fullYearBudget) {
        BigDecimal rate = executed.divide(fullYearBudget, 10, RoundingMode.HALF_UP).min(BigDecimal.ONE);
        return weight.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    }

    /** actual ÷ target as a percentage with one decimal, e.g. 134.6 for 1346 of 1000. */
    public static BigDecimal percentOfTarget(BigDecimal actual, BigDecimal target) {
        return actual.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
    }

    /** The grade of a total score: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差 (lower bounds inclusive). */
    public static String grade(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(90)) >= 0) return "优";
        if (total.compareTo(BigDecimal.valueOf(80)) >= 0) return "良";
        if (total.compareTo(BigDecimal.valueOf(60)) >= 0) return "中";
        return "差";
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
