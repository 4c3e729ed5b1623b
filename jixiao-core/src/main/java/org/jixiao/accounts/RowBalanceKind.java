package org.jixiao.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableRow;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.RuleKind;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/**
 * {@code row-balance}: in every row of a table (code rows and 合计, or the {@code rows} listed, {@code @codes}
 * for all code rows), the total column equals the sum of the given columns (行平衡); a column written
 * {@code -x} is subtracted (年末 = 年初 + 收入 − 支出).
 */
final class RowBalanceKind implements RuleKind {

    @Override
    public String name() {
        return "row-balance";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("table", "total", "columns", "rows");
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of("table", "total", "columns");
    }

    @Override
    public Set<String> messageValues() {
        return Set.of("total", "terms", "difference");
    }

    @Override
    public List<Violation> check(Report report, RuleParameters p, CheckContext context) {
        StatementTable table = Tables.table(report, p.required("table")).orElse(null);
        if (table == null) return List.of();
        List<String> only = p.list("rows");
        List<Violation> out = new ArrayList<>();
        for (TableRow row : table.rows()) {
            boolean wanted = only.isEmpty() ? row.isCode() || row.key().equals("total")
                    : only.contains(row.key()) || (row.isCode() && only.contains("@codes"));
            if (!wanted) continue;
            if (row.cell(p.required("total")).isEmpty()) continue;
            Operand total = FigureRef.cell(table, row, p.required("total"), false);
            List<Operand> terms = p.list("columns").stream()
                    .map(c -> c.startsWith("-") ? FigureRef.cell(table, row, c.substring(1), true) : FigureRef.cell(table, row, c, false)).toList();
            Identity.check(total, terms, Identity.Relation.EQUAL, false).ifPresent(out::add);
        }
        return out;
    }
}
