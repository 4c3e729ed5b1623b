package org.jixiao.accounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableRow;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.RuleKind;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;
import org.jixiao.shared.Amount;
import org.jixiao.shared.Figure;

/**
 * {@code code-hierarchy-sum}: a parent row equals the sum of its child rows (科目层级合计): {@code level: total}
 * 合计 = Σ 类; {@code category} 类 = Σ 款; {@code section} 款 = Σ 项. Only parents whose children are stated
 * are checked; {@code codes} limits the parents (e.g. 301 in 公开06表).
 */
final class HierarchySumKind implements RuleKind {

    @Override
    public String name() {
        return "code-hierarchy-sum";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("table", "columns", "level", "codes");
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of("table", "columns", "level");
    }

    @Override
    public Set<String> messageValues() {
        return Set.of("total", "terms", "difference");
    }

    @Override
    public List<Violation> check(Report report, RuleParameters p, CheckContext context) {
        StatementTable table = Tables.table(report, p.required("table")).orElse(null);
        if (table == null) return List.of();
        TableIndex index = TableIndex.of(table, context);
        List<TableRow> parents = switch (p.required("level")) {
            case "total" -> index.row("total").stream().toList();
            case "category" -> index.codeRows(3);
            case "section" -> index.codeRows(5);
            default -> throw new IllegalArgumentException("level must be total, category or section");
        };
        List<String> codes = p.list("codes");
        List<Violation> out = new ArrayList<>();
        for (TableRow parent : parents) {
            if (!codes.isEmpty() && !codes.contains(parent.key())) continue;
            List<TableRow> children = index.children(parent);
            if (children.isEmpty()) continue;
            for (String column : p.list("columns")) {
                if (parent.cell(column).isEmpty() && children.stream().allMatch(c -> c.cell(column).isEmpty())) continue;
                if (holds(parent, children, column)) continue;
                Operand total = FigureRef.cell(table, parent, column, false);
                List<Operand> terms = children.stream().map(c -> FigureRef.cell(table, c, column, false)).toList();
                Identity.check(total, terms, Identity.Relation.EQUAL, false).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * True when the parent's amount equals the sum of its children's, read as {@link Identity} reads them (a missing
     * cell is blank, and blank is zero): most do, and then no operand needs to be built. False when an amount cannot
     * be read or the sum differs; {@link Identity} then decides.
     */
    private static boolean holds(TableRow parent, List<TableRow> children, String column) {
        Optional<Amount> total = amount(parent, column);
        if (total.isEmpty()) return false;
        BigDecimal sum = BigDecimal.ZERO;
        for (TableRow child : children) {
            Optional<Amount> term = amount(child, column);
            if (term.isEmpty()) return false;
            sum = sum.add(term.get().wanYuan());
        }
        return total.get().wanYuan().compareTo(sum) == 0;
    }

    private static Optional<Amount> amount(TableRow row, String column) {
        return row.cell(column).map(Figure::amount).orElse(Optional.of(Amount.ZERO));
    }
}
