package org.jixiao.accounts;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.rules.Location;
import org.jixiao.shared.Amount;
import org.jixiao.shared.Figure;

/** One resolved operand of a check: a stated figure, a readable label, where it is, and its sign in a sum. */
public record Operand(String label, Figure figure, Location location, boolean negative) {

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
