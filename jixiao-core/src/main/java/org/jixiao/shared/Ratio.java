package org.jixiao.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A ratio in percent (占比, 完成率, 执行率, 增长率). A ratio over a zero base is not 100% and not NaN: it is
 * {@link OverZeroBase}, and the text must say 年初未安排预算 or similar (SPEC §3).
 */
public sealed interface Ratio {

    /** A percentage with four decimals, kept unrounded until compared with a stated value. */
    record Percent(BigDecimal value) implements Ratio {

        /** Rounded half-up to the precision the document states (16.48%, 29.2%, 31%). */
        public BigDecimal rounded(int scale) {
            return value.setScale(scale, RoundingMode.HALF_UP);
        }

        /** Truncated to that precision, the common spreadsheet mistake (38.28% for 38.2877%). */
        public BigDecimal truncated(int scale) {
            return value.setScale(scale, RoundingMode.DOWN);
        }
    }

    /** The base is zero: no percentage exists. */
    record OverZeroBase() implements Ratio {
    }

    /** part ÷ whole × 100, to four decimals. */
    static Ratio of(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) return new OverZeroBase();
        return new Percent(part.multiply(BigDecimal.valueOf(100)).divide(whole, 4, RoundingMode.HALF_UP));
    }

    static Ratio of(Amount part, Amount whole) {
        return of(part.wanYuan(), whole.wanYuan());
    }

    /** How a stated percentage compares with this ratio at the stated precision. */
    default PercentMatch compare(BigDecimal stated, int scale) {
        if (!(this instanceof Percent p)) return PercentMatch.OVER_ZERO_BASE;
        if (p.rounded(scale).compareTo(stated) == 0) return PercentMatch.EQUAL;
        if (p.truncated(scale).compareTo(stated) == 0) return PercentMatch.TRUNCATED;
        return PercentMatch.DIFFERENT;
    }

    /** The outcome of comparing a stated percentage with a recomputed one. */
    enum PercentMatch {
        /** Equal after rounding half-up to the stated precision. */
        EQUAL,
        /** Equal to the truncated value: an INFO note, not an error (SPEC §3). */
        TRUNCATED,
        DIFFERENT,
        OVER_ZERO_BASE
    }
}
