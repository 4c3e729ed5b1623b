package org.jixiao.scoring;

import java.math.BigDecimal;

/**
 * A 年度指标值 (target) read from its text: quantitative ({@code ≥90%}, {@code 50 次}, {@code ≤450万元}),
 * a date ({@code 2021 年 12 月}) or qualitative ({@code 舒适整洁}). SPEC §4.
 */
public sealed interface Target {

    /** Which way is better for a quantitative target. */
    enum Direction {
        /** ≥, =, > and bare numbers under 数量/质量/时效 (actual ÷ target). */
        HIGHER_IS_BETTER,
        /** ≤, < and 成本指标 (costs, complaint counts). */
        LOWER_IS_BETTER
    }

    /**
     * A number with its comparator (null when the text has none), unit and direction; {@code assumption}
     * says how the direction was chosen when the text gives no comparator (null otherwise).
     */
    record Quantitative(String comparator, BigDecimal value, String unit, boolean percent, Direction direction, String assumption)
            implements Target {

        public boolean directionAssumed() {
            return assumption != null;
        }

        /** The target as written back, e.g. {@code ≥90%} or {@code 15人}. */
        public String describe() {
            return (comparator == null ? "" : comparator) + value.stripTrailingZeros().toPlainString() + (unit == null ? "" : unit);
        }

        /** True when {@code actual} meets this target. */
        public boolean isMetBy(BigDecimal actual) {
            int c = actual.compareTo(value);
            if (comparator == null) return direction == Direction.HIGHER_IS_BETTER ? c >= 0 : c <= 0;
            return switch (comparator) {
                case ">" -> c > 0;
                case "<" -> c < 0;
                case "≤" -> c <= 0;
                case "=" -> value.signum() == 0 ? actual.signum() <= 0 : c >= 0;
                default -> c >= 0;
            };
        }
    }

    /** A deadline such as {@code 2021 年 12 月} (day 0 when not given). */
    record Date(int year, int month, int day) implements Target {

        public boolean isMetBy(Date actual) {
            int a = actual.year * 10000 + actual.month * 100 + actual.day;
            int t = year * 10000 + month * 100 + (day == 0 ? 99 : day);
            return a <= t;
        }
    }

    /** A text with no single number: 舒适整洁, 达成年度指标, 80 个部门 30000 份. */
    record Qualitative(String text) implements Target {
    }
}
