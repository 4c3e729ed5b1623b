package org.jixiao.rendering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import org.jixiao.shared.Amount;
import org.jixiao.shared.Figure;
import org.jixiao.shared.StatedNumber;

/** How figures are printed in the documents: amounts {@code #,##0.00} (万元), other numbers as stated. */
final class Numbers {

    private Numbers() {}

    /** An amount with thousands separators and two decimals, e.g. {@code 1,474.07}. */
    static String amount(BigDecimal value) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    /** A plain amount for sentences: two decimals, no separators ({@code 1474.07}), as 情况说明 writes them. */
    static String plain(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The figure read as an amount; blank reads as zero (templates leave zero cells empty). */
    static Optional<BigDecimal> amountOf(Figure f) {
        if (f == null) return Optional.empty();
        return f.amount().map(Amount::wanYuan);
    }

    /** The figure read as a plain number (a weight, a score, a count), if it is one without a unit. */
    static Optional<BigDecimal> numberOf(Figure f) {
        if (f == null || f.isBlank()) return Optional.empty();
        return f.number().filter(n -> n.comparator() == null && n.unit() == null).map(StatedNumber::value);
    }

    /** The figure read as a percentage ({@code 100%} → 1.00), with its stated decimals. */
    static Optional<StatedNumber> percentOf(Figure f) {
        if (f == null || f.isBlank()) return Optional.empty();
        return f.number().filter(StatedNumber::percent).filter(n -> n.comparator() == null);
    }

    /** A percentage with two decimals, half-up (SPEC §3), trailing zeros kept: {@code 95.42}. */
    static String percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP).toPlainString();
    }

    static String text(Figure f) {
        return f == null ? "" : f.text();
    }
}
