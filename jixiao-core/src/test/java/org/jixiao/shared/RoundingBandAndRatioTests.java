package org.jixiao.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RoundingBandAndRatioTests {

    @Test
    void bandIsHalfACentPerTerm() {
        // 4 terms: 4 × 0.005 = 0.020
        assertThat(RoundingBand.forTerms(4).wanYuan()).isEqualByComparingTo("0.020");
        assertThat(RoundingBand.forTerms(4).covers(Amount.of("0.02"))).isTrue();
        assertThat(RoundingBand.forTerms(2).covers(Amount.of("0.01"))).isTrue();   // 2 × 0.005 = 0.01
        assertThat(RoundingBand.forTerms(2).covers(Amount.of("-0.02"))).isFalse();
        assertThat(RoundingBand.forTerms(0).wanYuan()).isEqualByComparingTo("0.005"); // at least one rounding
    }

    @Test
    void ratioOverZeroBaseIsNotAPercentage() {
        assertThat(Ratio.of(Amount.of("5.00"), Amount.ZERO)).isInstanceOf(Ratio.OverZeroBase.class);
        assertThat(Ratio.of(Amount.of("5.00"), Amount.ZERO).compare(new BigDecimal("100"), 0)).isEqualTo(Ratio.PercentMatch.OVER_ZERO_BASE);
    }

    @Test
    void comparesAtTheStatedPrecisionRoundingHalfUp() {
        // 1406.53 ÷ 1474.07 = 95.41813…% → 95.42% (two decimals), 95.4% (one), 95% (none)
        Ratio r = Ratio.of(Amount.of("1406.53"), Amount.of("1474.07"));
        assertThat(r.compare(new BigDecimal("95.42"), 2)).isEqualTo(Ratio.PercentMatch.EQUAL);
        assertThat(r.compare(new BigDecimal("95.4"), 1)).isEqualTo(Ratio.PercentMatch.EQUAL);
        assertThat(r.compare(new BigDecimal("95"), 0)).isEqualTo(Ratio.PercentMatch.EQUAL);
        assertThat(r.compare(new BigDecimal("95.43"), 2)).isEqualTo(Ratio.PercentMatch.DIFFERENT);
    }

    @Test
    void aTruncatedPercentageIsRecognised() {
        // 38.2877% → rounded 38.29%, truncated 38.28%: 3828.77 ÷ 10000
        Ratio r = Ratio.of(Amount.of("3828.77"), Amount.of("10000.00"));
        assertThat(r.compare(new BigDecimal("38.28"), 2)).isEqualTo(Ratio.PercentMatch.TRUNCATED);
        assertThat(r.compare(new BigDecimal("38.29"), 2)).isEqualTo(Ratio.PercentMatch.EQUAL);
    }
}
