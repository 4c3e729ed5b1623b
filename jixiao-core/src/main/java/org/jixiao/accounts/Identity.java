package org.jixiao.accounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jixiao.rules.Location;
import org.jixiao.rules.Severity;
import org.jixiao.rules.Violation;
import org.jixiao.shared.Amount;
import org.jixiao.shared.RoundingBand;

/**
 * Compares a stated total with the sum of its stated terms (SPEC §3): outside the rounding band of the
 * non-zero terms it is a violation with the rule's severity, inside the band but not zero an INFO
 * (尾数误差). With {@code exact}, counts are compared without a band. Missing operands: no violation.
 */
public final class Identity {

    private Identity() {
    }

    /** The relation a rule asserts between total and terms. */
    public enum Relation {
        EQUAL("="), NOT_GREATER("≤");

        final String symbol;

        Relation(String symbol) {
            this.symbol = symbol;
        }

        public static Relation parse(String text) {
            return switch (text == null ? "=" : text.strip()) {
                case "=", "==" -> EQUAL;
                case "<=", "≤" -> NOT_GREATER;
                default -> throw new IllegalArgumentException("relation must be = or <=, got " + text);
            };
        }
    }

    public static Optional<Violation> check(Operand total, List<Operand> terms, Relation relation, boolean exact) {
        // The total's place is written only for a violation: most identities hold.
        return check(total, terms, relation, exact, total::location);
    }

    public static Optional<Violation> check(Operand total, List<Operand> terms, Relation relation, boolean exact, Location at) {
        return check(total, terms, relation, exact, () -> at);
    }

    private static Optional<Violation> check(Operand total, List<Operand> terms, Relation relation, boolean exact,
            Supplier<Location> at) {
        Optional<BigDecimal> stated = value(total, exact);
        if (stated.isEmpty()) return Optional.empty();
        BigDecimal sum = BigDecimal.ZERO;
        int nonZero = 0;
        for (Operand t : terms) {
            Optional<BigDecimal> v = value(t, exact);
            if (v.isEmpty()) return Optional.empty();
            if (v.get().signum() != 0) nonZero++;
            sum = t.negative() ? sum.subtract(v.get()) : sum.add(v.get());
        }
        BigDecimal difference = stated.get().subtract(sum);
        boolean holds = relation == Relation.EQUAL ? difference.signum() == 0 : difference.signum() <= 0;
        if (holds) return Optional.empty();
        // The terms' values are kept only for a violation: most identities hold (each is read again, from its memo).
        List<BigDecimal> values = new ArrayList<>(terms.size());
        for (Operand t : terms) values.add(value(t, exact).orElseThrow());
        // The evidence is written only for a violation: most identities hold.
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            BigDecimal v = values.get(i);
            if (v.signum() != 0 || terms.size() <= 8) shown.add((terms.get(i).negative() ? "− " : "") + format(v, exact));
        }
        String expression = shown.isEmpty() ? "0" : String.join(" + ", shown).replace("+ −", "−");
        String formula = total.label() + " " + format(stated.get(), exact) + " " + relation.symbol + " " + describe(terms) + " = " + expression
                + " = " + format(sum, exact);
        Map<String, String> named = new LinkedHashMap<>();
        named.put("total", total.label());
        named.put("terms", describe(terms));
        named.put("difference", format(difference.abs(), exact));
        Violation v = Violation.of(at.get(), format(stated.get(), exact), format(sum, exact), formula, named);
        if (!exact && RoundingBand.forTerms(nonZero).covers(new Amount(difference))) {
            if (relation == Relation.NOT_GREATER) return Optional.empty();
            return Optional.of(v.downgradedTo(Severity.INFO));
        }
        return Optional.of(v);
    }

    static Optional<BigDecimal> value(Operand o, boolean exact) {
        return exact ? o.number() : o.amount().map(Amount::wanYuan);
    }

    static String format(BigDecimal v, boolean exact) {
        return exact ? v.stripTrailingZeros().toPlainString() : v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String describe(List<Operand> terms) {
        if (terms.size() > 4) {
            return "Σ " + commonPrefix(terms) + "（" + terms.size() + "项）";
        }
        StringBuilder b = new StringBuilder();
        for (Operand t : terms) {
            if (b.length() > 0) b.append(t.negative() ? " − " : " + ");
            else if (t.negative()) b.append("− ");
            b.append(t.label());
        }
        return b.toString();
    }

    private static String commonPrefix(List<Operand> terms) {
        String first = terms.get(0).label();
        int end = first.indexOf(' ');
        return end > 0 ? first.substring(0, end) : first;
    }
}
