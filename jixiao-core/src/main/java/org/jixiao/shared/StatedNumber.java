package org.jixiao.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number read from stated text: its value, the precision it was written with, an optional comparator
 * ({@code ≥ ≤ = > <}), an optional unit ({@code 万元}, {@code 元}, {@code 次}, {@code %} …).
 * {@code "1,474.07"} → 1474.07, scale 2; {@code "≥90%"} → 90, comparator ≥, percent; {@code "50 次"} → 50, unit 次.
 */
public record StatedNumber(BigDecimal value, int scale, String comparator, String unit, boolean percent) {

    private static final Pattern NUMBER = Pattern.compile(
            "^\\s*(≥|≤|>=|<=|＞|＜|>|<|=|＝|大于等于|小于等于|不低于|不高于|不超过|不少于|大于|小于)?\\s*"
                    + "([-−]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*(%|％)?\\s*([^\\d\\s]{0,6})\\s*$");

    /**
     * Texts already read: every rule that reads a cell reads the same few hundred texts again, and a parse is a
     * regular-expression match. The values are immutable; memory stays bounded ({@link ReadTexts}).
     */
    private static final int READ_BOUND = 10_000;
    private static final ReadTexts<Optional<StatedNumber>> READ = new ReadTexts<>(READ_BOUND, StatedNumber::read);

    public static Optional<StatedNumber> parse(String text) {
        if (text == null) return Optional.empty();
        return READ.of(text);
    }

    /** Texts already read as amounts ({@link Figure#amount()}), bounded as {@link #READ} is. */
    private static final ReadTexts<Optional<Amount>> AMOUNTS = new ReadTexts<>(READ_BOUND,
            text -> text.isBlank() ? Optional.of(Amount.ZERO) : parse(text).filter(n -> !n.percent()).flatMap(StatedNumber::asAmount));

    /**
     * The text read as an amount in 万元, as {@link Figure#amount()} defines it (blank reads zero; a percent or a
     * value in another unit is not an amount). Remembered like {@link #parse}: the table rules read the same cells.
     */
    static Optional<Amount> amountOf(String text) {
        return AMOUNTS.of(text);
    }

    private static Optional<StatedNumber> read(String text) {
        Matcher m = NUMBER.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        String digits = m.group(2).replace(",", "").replace('−', '-');
        BigDecimal value = new BigDecimal(digits);
        boolean percent = m.group(3) != null;
        String unit = percent ? "%" : emptyToNull(m.group(4));
        if (percent && m.group(4) != null && !m.group(4).isEmpty()) return Optional.empty();
        return Optional.of(new StatedNumber(value, Math.max(value.scale(), 0), normalise(m.group(1)), unit, percent));
    }

    /** The value as 万元 when the unit is absent or 万元; a value in 元 is not silently converted. */
    public Optional<Amount> asAmount() {
        if (unit != null && !unit.equals("万元")) return Optional.empty();
        if (value.scale() > 2 && value.setScale(2, RoundingMode.DOWN).compareTo(value) != 0) return Optional.empty();
        return Optional.of(new Amount(value.setScale(2, RoundingMode.UNNECESSARY)));
    }

    private static String normalise(String comparator) {
        if (comparator == null) return null;
        return switch (comparator) {
            case ">=", "大于等于", "不低于", "不少于" -> "≥";
            case "<=", "小于等于", "不高于", "不超过" -> "≤";
            case "＞", "大于" -> ">";
            case "＜", "小于" -> "<";
            case "＝" -> "=";
            default -> comparator;
        };
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
