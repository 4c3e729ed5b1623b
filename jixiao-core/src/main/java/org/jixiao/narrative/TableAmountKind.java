package org.jixiao.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Severity;
import org.jixiao.rules.Violation;

/**
 * 说明金额一致 (V44): an amount whose subject restates a table cell ({@code narrative/table-bindings.tsv}) has
 * the cell's value. Compared at the precision the sentence writes; a difference of at most 0.01 万元 is a
 * rounding note (INFO); a difference of a factor 10,000 is named in the finding.
 */
final class TableAmountKind extends NarrativeKind {

    @Override
    public java.util.Set<String> messageValues() {
        return java.util.Set.of("table");
    }


    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    TableAmountKind() {
        super("narrative-table-amount", Set.of("subject"), Set.of("subject"));
    }

    @Override
    List<Violation> check(Narrative n, RuleParameters parameters) {
        String subject = parameters.required("subject");
        List<Violation> out = new ArrayList<>();
        for (TableBindings.Binding b : TableBindings.standard().forKey(subject)) {
            var cell = n.cell(b);
            if (cell.isEmpty()) continue;
            BigDecimal table = cell.get().amount().wanYuan();
            for (Narrative.Stated stated : n.money(subject)) {
                Passage p = stated.passage();
                Mention m = stated.mention();
                if (m.measure().orActual() != b.measure() || "元".equals(m.unit())) continue;
                int scale = Math.min(2, m.scale());
                if (table.setScale(scale, RoundingMode.HALF_UP).compareTo(m.wanYuan().setScale(scale, RoundingMode.HALF_UP)) == 0) continue;
                BigDecimal difference = m.wanYuan().subtract(table);
                String factor = m.wanYuan().compareTo(table.multiply(TEN_THOUSAND)) == 0 ? "，相差10,000倍（单位应为元？）" : "";
                Violation v = violation(p.location(m), Numbers.stated(m), Numbers.like(m, table),
                        cell.get().label() + " = " + Numbers.amount(table) + "，相差" + Numbers.amount(difference.abs()) + factor,
                        "table", cell.get().label());
                out.add(difference.abs().compareTo(CENT) <= 0 ? v.downgradedTo(Severity.INFO) : v);
            }
        }
        return out;
    }
}
