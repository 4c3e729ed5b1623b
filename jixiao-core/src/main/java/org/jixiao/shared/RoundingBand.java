package org.jixiao.shared;

import java.math.BigDecimal;

/**
 * How far a stated total may drift from the sum of n two-decimal terms (尾数误差, SPEC §3): n × 0.005 万元.
 * A difference inside the band but not zero is a rounding note (INFO), outside it the rule's severity.
 */
public record RoundingBand(BigDecimal wanYuan) {

    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    /** The band of a total of {@code n} terms; at least one term, since a single copied value is rounded once. */
    public static RoundingBand forTerms(int n) {
        return new RoundingBand(HALF_CENT.multiply(BigDecimal.valueOf(Math.max(1, n))));
    }

    public boolean covers(Amount difference) {
        return difference.wanYuan().abs().compareTo(wanYuan) <= 0;
    }
}
