package org.jixiao.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount of money in 万元, always with two decimals (SPEC §3). */
public record Amount(BigDecimal wanYuan) implements Comparable<Amount> {

    public static final Amount ZERO = new Amount(BigDecimal.ZERO);

    public Amount {
        Objects.requireNonNull(wanYuan, "wanYuan");
        // A third decimal is the importer's finding, never a silent rounding.
        wanYuan = wanYuan.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Parses a plain decimal such as {@code 1474.07}; thousands separators are the importer's business. */
    public static Amount of(String wanYuan) {
        return new Amount(new BigDecimal(wanYuan));
    }

    public Amount plus(Amount other) {
        return new Amount(wanYuan.add(other.wanYuan));
    }

    public Amount minus(Amount other) {
        return new Amount(wanYuan.subtract(other.wanYuan));
    }

    public Amount negate() {
        return new Amount(wanYuan.negate());
    }

    public Amount abs() {
        return new Amount(wanYuan.abs());
    }

    public boolean isZero() {
        return wanYuan.signum() == 0;
    }

    public int signum() {
        return wanYuan.signum();
    }

    @Override
    public int compareTo(Amount other) {
        return wanYuan.compareTo(other.wanYuan);
    }

    /** The amount as a plain string with two decimals, e.g. {@code 1474.07}. */
    @Override
    public String toString() {
        return wanYuan.toPlainString();
    }
}
