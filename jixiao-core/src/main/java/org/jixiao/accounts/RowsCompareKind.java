package org.jixiao.accounts;

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
import org.jixiao.shared.Figure;

/**
 * {@code rows-compare}: for every code row of one table (all codes, or only 类 with {@code rows: categories}),
 * the cell equals (or is not greater than) the cell of the same code in another table. A code the other
 * table does not list reads as zero there, when that table states any code rows at all.
 */
final class RowsCompareKind implements RuleKind {

    @Override
    public String name() {
        return "rows-compare";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("left", "leftColumn", "right", "rightColumn", "relation", "rows");
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of("left", "leftColumn", "right", "rightColumn");
    }

    @Override
    public Set<String> messageValues() {
        return Set.of("total", "terms", "difference");
    }

    @Override
    public List<Violation> check(Report report, RuleParameters p, CheckContext context) {
        Optional<StatementTable> left = Tables.table(report, p.required("left"));
        Optional<StatementTable> right = Tables.table(report, p.required("right"));
        if (left.isEmpty() || right.isEmpty() || right.get().rows().stream().noneMatch(TableRow::isCode)) return List.of();
        boolean categoriesOnly = p.text("rows").map("categories"::equals).orElse(false);
        Identity.Relation relation = Identity.Relation.parse(p.text("relation").orElse("="));
        List<Violation> out = new ArrayList<>();
        for (TableRow row : left.get().rows()) {
            if (!row.isCode() || (categoriesOnly && row.key().length() != 3)) continue;
            Operand l = FigureRef.cell(left.get(), row, p.required("leftColumn"), false);
            if (l.amount().map(a -> a.isZero()).orElse(true)) continue;
            TableRow other = right.get().row(row.key()).orElse(new TableRow(row.key(), row.name(), java.util.Map.of("", Figure.of("")), null));
            Operand r = FigureRef.cell(right.get(), other, p.required("rightColumn"), false);
            Identity.check(l, List.of(r), relation, false).ifPresent(out::add);
        }
        return out;
    }
}
