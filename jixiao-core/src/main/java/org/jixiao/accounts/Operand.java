package org.jixiao.accounts;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;
import org.jixiao.rules.Location;
import org.jixiao.shared.Amount;
import org.jixiao.shared.Figure;

/**
 * One resolved operand of a check: a stated figure, a readable label, where it is, and its sign in a sum. The
 * label and the place may be written on demand ({@link #described}): most checks hold, and a check that holds
 * never shows them.
 */
public final class Operand {

    private final Supplier<String> label;
    private final Figure figure;
    private final Supplier<Location> location;
    private final boolean negative;

    public Operand(String label, Figure figure, Location location, boolean negative) {
        this(() -> label, figure, () -> location, negative);
    }

    private Operand(Supplier<String> label, Figure figure, Supplier<Location> location, boolean negative) {
        this.label = label;
        this.figure = figure;
        this.location = location;
        this.negative = negative;
    }

    /** An operand whose label and place are written only when a finding asks for them. */
    static Operand described(Figure figure, boolean negative, Supplier<String> label, Supplier<Location> location) {
        return new Operand(label, figure, location, negative);
    }

    public String label() {
        return label.get();
    }

    public Figure figure() {
        return figure;
    }

    public Location location() {
        return location.get();
    }

    public boolean negative() {
        return negative;
    }

    /** The figure as an amount in 万元 (a blank cell reads 0.00); empty when the text is not an amount. */
    public Optional<Amount> amount() {
        return figure.amount();
    }

    /** The figure as a plain number (counts such as 35辆 or 15人); blank reads 0. */
    public Optional<BigDecimal> number() {
        if (figure.isBlank()) return Optional.of(BigDecimal.ZERO);
        return figure.number().filter(n -> !n.percent()).map(n -> n.value());
    }
}
