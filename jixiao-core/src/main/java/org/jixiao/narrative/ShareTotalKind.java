package org.jixiao.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/**
 * Shares listed for one whole add up to 100% within their rounding (V47), checked only when the list is complete: its parts
 * add up to the whole and every part states a share.
 */
final class ShareTotalKind extends NarrativeKind {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.05");

    ShareTotalKind() {
        super("narrative-shares-total");
    }

    @Override
    List<Violation> check(Narrative n, RuleParameters parameters) {
        Map<Object, List<Shares.Share>> lists = new LinkedHashMap<>();
        for (Shares.Share s : n.shares()) {
            if (s.listId() != null) lists.computeIfAbsent(s.listId(), k -> new ArrayList<>()).add(s);
        }
        List<Violation> out = new ArrayList<>();
        for (List<Shares.Share> shares : lists.values()) {
            if (shares.size() < 2) continue;
            Shares.Share first = shares.get(0);
            BigDecimal parts = shares.stream().map(s -> s.part().wanYuan()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (!Numbers.withinRoundingBand(parts.subtract(first.whole()), shares.size())) continue;
            if (first.listId() instanceof Groups.Group g && g.parts().size() != shares.size()) continue;
            BigDecimal total = shares.stream().map(s -> s.percent().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.subtract(Numbers.HUNDRED).abs().compareTo(tolerance(shares)) <= 0) continue;
            String terms = shares.stream().map(s -> s.percent().raw()).collect(Collectors.joining(" + "));
            Shares.Share last = shares.get(shares.size() - 1);
            out.add(violation(last.passage().location(last.percent()), total.toPlainString() + "%", "100%",
                    terms + " = " + total.toPlainString() + "%"));
        }
        return out;
    }

    /**
     * Each share is off by up to half a unit of its last stated decimal, so n shares may miss 100 by n times
     * that (four shares at one decimal: 90.8 + 4.8 + 1.7 + 2.6 = 99.9% is right); never less than ± 0.05.
     */
    private static BigDecimal tolerance(List<Shares.Share> shares) {
        int coarsest = shares.stream().mapToInt(s -> s.percent().scale()).min().orElse(2);
        BigDecimal perShare = new BigDecimal("0.5").movePointLeft(Math.max(coarsest, 0));
        BigDecimal band = perShare.multiply(BigDecimal.valueOf(shares.size()));
        return band.max(TOLERANCE);
    }
}
