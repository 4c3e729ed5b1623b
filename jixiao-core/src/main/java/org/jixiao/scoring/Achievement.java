package org.jixiao.scoring;

import java.math.BigDecimal;

/**
 * The achievement of a qualitative indicator and its score band as a share of the weight (SPEC §4,
 * 财预〔2020〕10号; DOMAIN-NOTES §1.2): 达成 [80%, 100%], 部分达成 [60%, 80%), 未达成 [0, 60%).
 */
public enum Achievement {
    ACHIEVED("达成", new BigDecimal("0.80"), BigDecimal.ONE, true),
    PARTLY("部分达成", new BigDecimal("0.60"), new BigDecimal("0.80"), false),
    NOT_ACHIEVED("未达成", BigDecimal.ZERO, new BigDecimal("0.60"), false);

    private final String label;
    private final BigDecimal low;
    private final BigDecimal high;
    private final boolean highInclusive;

    Achievement(String label, BigDecimal low, BigDecimal high, boolean highInclusive) {
        this.label = label;
        this.low = low;
        this.high = high;
        this.highInclusive = highInclusive;
    }

    public String label() {
        return label;
    }

    /** True when {@code score} lies in this band of {@code weight}. */
    public boolean allows(BigDecimal weight, BigDecimal score) {
        BigDecimal lo = weight.multiply(low);
        BigDecimal hi = weight.multiply(high);
        return score.compareTo(lo) >= 0 && (highInclusive ? score.compareTo(hi) <= 0 : score.compareTo(hi) < 0);
    }

    /** The band written out, e.g. {@code [12, 15]} for a weight of 15. */
    public String band(BigDecimal weight) {
        return "[" + plain(weight.multiply(low)) + ", " + plain(weight.multiply(high)) + (highInclusive ? "]" : ")");
    }

    /** The achievement the actual states in words (未达成, 部分达成, 达成), if it states one. */
    public static java.util.Optional<Achievement> stated(String actual) {
        if (actual == null) return java.util.Optional.empty();
        if (actual.contains("未达成") || actual.contains("未完成")) return java.util.Optional.of(NOT_ACHIEVED);
        if (actual.contains("部分达成") || actual.contains("部分完成")) return java.util.Optional.of(PARTLY);
        if (actual.contains("达成") || actual.equals("完成") || actual.equals("已完成")) return java.util.Optional.of(ACHIEVED);
        return java.util.Optional.empty();
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
