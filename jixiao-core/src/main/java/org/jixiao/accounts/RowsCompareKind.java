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
import org.jixiao.shared.Amount;
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
        String leftColumn = p.required("leftColumn");
        String rightColumn = p.required("rightColumn");
        TableIndex rightRows = TableIndex.of(right.get(), context);
        List<Violation> out = new ArrayList<>();
        for (TableRow row : left.get().rows()) {
            if (!row.isCode() || (categoriesOnly && row.key().length() != 3)) continue;
            Optional<Amount> leftAmount = row.cell(leftColumn).orElse(BLANK).amount();
            if (leftAmount.map(a -> a.isZero()).orElse(true)) continue;
            Optional<TableRow> found = rightRows.row(row.key());
            // Most rows compare as the relation asks: then no operand needs to be built (Identity would find nothing).
            Optional<Amount> rightAmount = found.flatMap(r -> r.cell(rightColumn)).orElse(BLANK).amount();
            if (rightAmount.isPresent()) {
                int sign = leftAmount.get().wanYuan().subtract(rightAmount.get().wanYuan()).signum();
                if (relation == Identity.Relation.EQUAL ? sign == 0 : sign <= 0) continue;
            }
            Operand l = FigureRef.cell(left.get(), row, leftColumn, false);
            TableRow other = found.orElse(new TableRow(row.key(), row.name(), java.util.Map.of("", Figure.of("")), null));
            Operand r = FigureRef.cell(right.get(), other, rightColumn, false);
            Identity.check(l, List.of(r), relation, false).ifPresent(out::add);
        }
        return out;
    }

    private static final Figure BLANK = Figure.of("");
}
