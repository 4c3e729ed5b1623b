package org.jixiao.scoring;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.shared.StatedNumber;

/** Reads a target (年度指标值) or an actual (实际完成值) from its text (SPEC §4). */
public final class Targets {

    private static final Pattern DATE = Pattern.compile(
            "^\\s*(\\d{4})\\s*年\\s*(?:(\\d{1,2})\\s*月)?\\s*(?:(\\d{1,2})\\s*日)?\\s*(?:前|以前|之前|底|末|内|完成)?\\s*$");

    private Targets() {
    }

    /**
     * Parses a target; the 一级/二级 headings decide the direction of a bare number: under 成本指标 lower is
     * better, elsewhere (数量, 质量, 时效, 效益, 满意度) higher is better, and the result says it assumed so.
     */
    public static Target parse(String text, String level1, String level2) {
        if (text == null) return new Target.Qualitative("");
        Optional<Target.Date> date = date(text);
        if (date.isPresent()) return date.get();
        Optional<StatedNumber> n = StatedNumber.parse(text);
        if (n.isEmpty()) return new Target.Qualitative(text.strip());
        StatedNumber number = n.get();
        String comparator = number.comparator();
        boolean cost = isCost(level1, level2);
        Target.Direction direction;
        String assumption = null;
        if (comparator == null) {
            direction = cost ? Target.Direction.LOWER_IS_BETTER : Target.Direction.HIGHER_IS_BETTER;
            assumption = cost ? "指标值未写比较符，成本指标按“≤”（越低越好）计" : "指标值未写比较符，按“≥”（越高越好）计";
        } else if (comparator.equals("≤") || comparator.equals("<")) {
            direction = Target.Direction.LOWER_IS_BETTER;
        } else {
            direction = Target.Direction.HIGHER_IS_BETTER;
        }
        return new Target.Quantitative(comparator, number.value(), number.unit(), number.percent(), direction, assumption);
    }

    public static Optional<Target.Date> date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) return Optional.empty();
        int month = m.group(2) == null ? 12 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) return Optional.empty();
        return Optional.of(new Target.Date(Integer.parseInt(m.group(1)), month, day));
    }

    /** The actual read as a number comparable with a quantitative target (same unit, or no unit on either side). */
    public static Optional<java.math.BigDecimal> actualFor(Target.Quantitative target, String actual) {
        if (actual == null) return Optional.empty();
        Optional<StatedNumber> n = StatedNumber.parse(actual);
        if (n.isEmpty() || n.get().comparator() != null && !n.get().comparator().equals("=")) return Optional.empty();
        if (n.get().percent() != target.percent()) return Optional.empty();
        if (n.get().unit() != null && target.unit() != null && !n.get().unit().equals(target.unit())) return Optional.empty();
        return Optional.of(n.get().value());
    }

    static boolean isCost(String level1, String level2) {
        return (level1 != null && level1.contains("成本")) || (level2 != null && level2.contains("成本"));
    }
}
