package org.jixiao.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in 分 (long) while generating, written as 万元 with two decimals; shares and ratios half-up (SPEC §3). */
final class Money {

    private Money() {
    }

    /** 123456 → {@code 1234.56}. */
    static String format(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /** 123456789 → {@code 1,234,567.89}. */
    static String grouped(long cents) {
        return String.format(java.util.Locale.ROOT, "%,.2f", BigDecimal.valueOf(cents, 2));
    }

    /** A table cell: blank for zero, as the templates leave zero cells empty. */
    static String cell(long cents) {
        return cents == 0 ? "" : format(cents);
    }

    /** part ÷ whole as a percentage with two decimals, half-up. */
    static String percent(long part, long whole) {
        return percentValue(part, whole).toPlainString();
    }

    static BigDecimal percentValue(long part, long whole) {
        return percentValue(part, whole, 2);
    }

    static BigDecimal percentValue(long part, long whole, int scale) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
    }

    static long round(double wanYuan) {
        return Math.round(wanYuan * 100);
    }
}
