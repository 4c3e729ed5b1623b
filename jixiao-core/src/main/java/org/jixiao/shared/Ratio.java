package org.jixiao.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A ratio in percent (占比, 完成率, 执行率, 增长率). A ratio over a zero base is not 100% and not NaN: it is
 * {@link OverZeroBase}, and the text must say 年初未安排预算 or similar (SPEC §3).
 */
public sealed interface Ratio {

    /**
     * A percentage kept exact to twelve decimals (truncated there, which can never move it across a rounding
     * boundary at a document's precision), rounded once, only when compared with a stated value.
     */
    record Percent(BigDecimal value) implements Ratio {

        /** Four decimals for formulas shown to the user (99.1850% reads better than twelve digits). */
        public BigDecimal shown() {
            return value.setScale(4, RoundingMode.HALF_UP);
        }

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

    /**
     * part ÷ whole × 100. Not rounded to four decimals first: 2388.84 ÷ 2408.47 = 99.18498…% is 99.18% at two
     * decimals, but rounding to 99.1850% first would give 99.19% (a double-rounding false alarm).
     */
    static Ratio of(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) return new OverZeroBase();
        return new Percent(part.multiply(BigDecimal.valueOf(100)).divide(whole, 12, RoundingMode.DOWN));
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
