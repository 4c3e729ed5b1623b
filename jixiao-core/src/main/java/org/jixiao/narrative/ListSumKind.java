package org.jixiao.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Severity;
import org.jixiao.rules.Violation;

/**
 * Sums in prose: "X万元，其中A万元、B万元、C万元" ({@code quantity: money}; a difference inside n × 0.005 万元
 * is a rounding note, INFO) and "共有车辆N辆，其中a辆、b辆" ({@code quantity: count}; counts are exact). A
 * list whose amounts add up only when an amount in 元 is read as 万元 is left to the unit rule.
 */
final class ListSumKind extends NarrativeKind {

    ListSumKind() {
        super("narrative-list-sum", Set.of("quantity"), Set.of("quantity"));
    }

    @Override
    List<Violation> check(Narrative n, RuleParameters parameters) {
        boolean money = parameters.required("quantity").equals("money");
        List<Violation> out = new ArrayList<>();
        for (Passage p : n.passages()) {
            for (Groups.Group g : p.groups(money ? Mention.Type.MONEY : Mention.Type.COUNT)) {
                BigDecimal sum = g.sum();
                BigDecimal head = g.head().wanYuan();
                BigDecimal difference = sum.subtract(head);
                if (difference.signum() == 0) continue;
                if (money && UnitFactorKind.onlyHoldsAsWritten(g)) continue;
                String expected = Numbers.like(g.head(), sum);
                String terms = g.parts().stream().map(x -> money ? x.amountText() : x.value().toPlainString()).collect(Collectors.joining(" + "));
                String stated = Numbers.stated(g.head());
                Violation v = violation(p.location(g.head()), stated, expected, terms + " = " + expected + "，与" + stated + "相差"
                        + (money ? Numbers.amount(difference.abs()) : difference.abs().stripTrailingZeros().toPlainString()),
                        "parts", String.valueOf(g.parts().size()));
                if (money && Numbers.withinRoundingBand(difference, g.parts().size())) v = v.downgradedTo(Severity.INFO);
                out.add(v);
            }
        }
        return out;
    }
}
