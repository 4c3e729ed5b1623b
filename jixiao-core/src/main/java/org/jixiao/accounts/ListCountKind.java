package org.jixiao.accounts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.UnitProfile;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.Location;
import org.jixiao.rules.RuleKind;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/** {@code list-count}: a stated count (内设科室 4 个) equals the number of items the text lists (SPEC §3 Counts). */
final class ListCountKind implements RuleKind {

    @Override
    public String name() {
        return "list-count";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("list", "count");
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of("list", "count");
    }

    @Override
    public Set<String> messageValues() {
        return Set.of("items");
    }

    @Override
    public List<Violation> check(Report report, RuleParameters p, CheckContext context) {
        UnitProfile unit = report.unit();
        if (unit == null) return List.of();
        List<String> items = switch (p.required("list")) {
            case "unit.internalOffices" -> unit.internalOffices();
            case "unit.secondaryUnits" -> unit.secondaryUnits();
            default -> throw new IllegalArgumentException("unknown list " + p.required("list"));
        };
        if (items.isEmpty()) return List.of();
        var count = FigureRef.parse(p.required("count")).resolve(report, context);
        if (count.isEmpty()) return List.of();
        Operand stated = count.get().get(0);
        var n = stated.number();
        if (n.isEmpty() || n.get().compareTo(java.math.BigDecimal.valueOf(items.size())) == 0) return List.of();
        Location at = stated.location() != null ? stated.location() : new Location("单位概况", null, null, null, null, null, null);
        return List.of(Violation.of(at, n.get().stripTrailingZeros().toPlainString(), String.valueOf(items.size()),
                stated.label() + " " + n.get().stripTrailingZeros().toPlainString() + " = 列出的 " + items.size() + " 个（" + String.join("、", items) + "）",
                Map.of("items", String.join("、", items))));
    }
}
