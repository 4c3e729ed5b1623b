package org.jixiao.accounts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.Location;
import org.jixiao.rules.RuleKind;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/** {@code empty-table-statement}: a table published with no non-zero amount carries its sentence (故本表无数据, V33). */
final class EmptyTableKind implements RuleKind {

    @Override
    public String name() {
        return "empty-table-statement";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("table");
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of("table");
    }

    @Override
    public Set<String> messageValues() {
        return Set.of("table");
    }

    @Override
    public List<Violation> check(Report report, RuleParameters p, CheckContext context) {
        StatementTable table = Tables.table(report, p.required("table")).orElse(null);
        if (table == null) return List.of();
        boolean empty = table.rows().stream().flatMap(r -> r.cells().values().stream())
                .allMatch(f -> f.isBlank() || f.amount().map(a -> a.isZero()).orElse(false));
        if (!empty || (table.emptyStatement() != null && !table.emptyStatement().isBlank())) return List.of();
        return List.of(Violation.of(Location.table(table.label(), null, null, table.at()), "（无说明）", "空表说明（如“故本表无数据”）",
                table.label() + " 全部金额为零 ⇒ 应有空表说明", Map.of("table", table.label())));
    }
}
