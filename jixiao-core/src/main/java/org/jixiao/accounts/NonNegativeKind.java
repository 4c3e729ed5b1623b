package org.jixiao.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableRow;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.RuleKind;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/** {@code non-negative}: no amount in the given tables (all when none given) is negative (V06, a 核实性公式). */
final class NonNegativeKind implements RuleKind {

    @Override
    public String name() {
        return "non-negative";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("tables", "exceptRows");
    }

    @Override
    public List<Violation> check(Report report, RuleParameters p, CheckContext context) {
        List<String> except = p.list("exceptRows");
        List<Violation> out = new ArrayList<>();
        for (StatementTable table : Tables.tables(report, p.list("tables"))) {
            for (TableRow row : table.rows()) {
                if (except.contains(row.key())) continue;
                for (String column : row.cells().keySet()) {
                    Operand o = FigureRef.cell(table, row, column, false);
                    o.amount().filter(a -> a.signum() < 0).ifPresent(a -> out.add(Violation.of(o.location(), a.toString(), "≥ 0",
                            o.label() + " " + a + " ≥ 0", Map.of())));
                }
            }
        }
        return out;
    }
}
