package org.jixiao.narrative;

import java.util.regex.Pattern;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Arithmetic on stated numbers: percents at the stated precision (SPEC §3) and the writing of results. */
final class Numbers {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {
    }

    /** How a stated percent relates to the recomputed one. */
    enum Agreement { EQUAL, TRUNCATED, DIFFERENT }

    /** part ÷ whole × 100, exact enough for any stated precision; null over a zero base. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) return null;
        return part.multiply(HUNDRED).divide(whole, 10, RoundingMode.HALF_UP);
    }

    /** Compares after rounding half-up to the stated scale; a truncated match is an INFO note (SPEC §3). */
    static Agreement compare(BigDecimal stated, int scale, BigDecimal exact) {
        if (exact.setScale(scale, RoundingMode.HALF_UP).compareTo(stated) == 0) return Agreement.EQUAL;
        if (exact.setScale(scale, RoundingMode.DOWN).compareTo(stated) == 0) return Agreement.TRUNCATED;
        return Agreement.DIFFERENT;
    }

    static String plain(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * A value written the way a mention is written: its precision (at least the value's own cents), its
     * thousands separators and its unit, e.g. 2,600.99万元 beside 2,601.00万元.
     */
    static String like(Mention m, BigDecimal value) {
        int scale = Math.max(m.scale(), Math.max(0, value.stripTrailingZeros().scale()));
        if (m.isMoney()) scale = Math.min(Math.max(scale, m.scale()), Math.max(2, m.scale()));
        BigDecimal v = value.setScale(scale, RoundingMode.HALF_UP);
        String digits = m.raw().contains(",") ? String.format("%,." + scale + "f", v) : v.toPlainString();
        return digits + (m.unit() == null ? "" : m.unit());
    }

    /** The number of a mention as written, with its unit (the stated value of a finding). */
    static String stated(Mention m) {
        String raw = m.raw();
        // most numbers are written without blanks: then there is nothing to remove
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') return WHITESPACE.matcher(raw).replaceAll("");
        }
        return raw;
    }

    static String percentText(BigDecimal exact, int scale) {
        return plain(exact, scale) + "%";
    }

    static String amount(BigDecimal wanYuan) {
        return plain(wanYuan, 2);
    }

    /** The 尾数误差 band of n two-decimal terms: n × 0.005 万元 (SPEC §3). */
    static boolean withinRoundingBand(BigDecimal difference, int terms) {
        return difference.abs().compareTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(terms))) <= 0;
    }
}
