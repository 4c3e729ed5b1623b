package org.jixiao.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Severity;
import org.jixiao.rules.Violation;

/**
 * An identity between named amounts of one paragraph, e.g. 政府采购支出总额 = 货物 + 工程 + 服务 (V49),
 * "三公"经费 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费, 基本支出 = 人员经费 + 公用经费. Every
 * subject must have one value in the paragraph; a total that opens a 其中 list is left to the list rule.
 */
final class SubjectIdentityKind extends NarrativeKind {

    SubjectIdentityKind() {
        super("narrative-subject-identity", Set.of("total", "parts"), Set.of("total", "parts"));
    }

    @Override
    List<Violation> check(Narrative n, RuleParameters parameters) {
        String total = parameters.required("total");
        List<String> parts = parameters.list("parts");
        List<Violation> out = new ArrayList<>();
        for (Passage p : n.passages()) {
            Optional<Mention> totalMention = p.mentions().stream().filter(m -> total.equals(unscoped(m.key())) && m.isMoney()
                    && m.measure().orActual() == Measure.ACTUAL).findFirst();
            if (totalMention.isEmpty()) continue;
            if (p.groups(Mention.Type.MONEY).stream().anyMatch(g -> g.head() == totalMention.get())) continue;
            Optional<BigDecimal> t = unique(p, total);
            if (t.isEmpty()) continue;
            List<BigDecimal> values = new ArrayList<>();
            for (String part : parts) unique(p, part).ifPresent(values::add);
            if (values.size() != parts.size()) continue;
            BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal difference = sum.subtract(t.get());
            if (difference.signum() == 0) continue;
            String terms = values.stream().map(Numbers::amount).collect(Collectors.joining(" + "));
            Violation v = violation(p.location(totalMention.get()), Numbers.stated(totalMention.get()), Numbers.like(totalMention.get(), sum),
                    terms + " = " + Numbers.amount(sum));
            out.add(Numbers.withinRoundingBand(difference, values.size()) ? v.downgradedTo(Severity.INFO) : v);
        }
        return out;
    }

    private static Optional<BigDecimal> unique(Passage p, String key) {
        var values = p.mentions().stream().filter(m -> m.isMoney() && key.equals(unscoped(m.key())) && m.measure().orActual() == Measure.ACTUAL)
                .map(m -> m.wanYuan().stripTrailingZeros()).distinct().toList();
        return values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
    }

    private static String unscoped(String key) {
        if (key == null) return null;
        int colon = key.indexOf(':');
        return colon < 0 ? key : key.substring(colon + 1);
    }
}
