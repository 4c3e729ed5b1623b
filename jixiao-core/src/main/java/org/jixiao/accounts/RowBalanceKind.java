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
        String totalColumn = p.required("total");
        List<String> columnTexts = p.list("columns");
        String[] columns = new String[columnTexts.size()];
        boolean[] negative = new boolean[columns.length];
        for (int i = 0; i < columns.length; i++) {
            String c = columnTexts.get(i);
            negative[i] = c.startsWith("-");
            columns[i] = negative[i] ? c.substring(1) : c;
        }
        List<Violation> out = new ArrayList<>();
        for (TableRow row : table.rows()) {
            boolean wanted = only.isEmpty() ? row.isCode() || row.key().equals("total")
                    : only.contains(row.key()) || (row.isCode() && only.contains("@codes"));
            if (!wanted) continue;
            Optional<Figure> stated = row.cell(totalColumn);
            if (stated.isEmpty()) continue;
            if (holds(stated.get(), row, columns, negative)) continue;
            Operand total = FigureRef.cell(table, row, totalColumn, false);
            List<Operand> terms = new ArrayList<>(columns.length);
            for (int i = 0; i < columns.length; i++) terms.add(FigureRef.cell(table, row, columns[i], negative[i]));
            Identity.check(total, terms, Identity.Relation.EQUAL, false).ifPresent(out::add);
        }
        return out;
    }

    /**
     * True when the row's total equals the signed sum of its columns, read as {@link Identity} reads them (a missing
     * cell is blank): most rows balance, and then no operand needs to be built. False when an amount cannot be read
     * or the sum differs; {@link Identity} then decides.
     */
    private static boolean holds(Figure stated, TableRow row, String[] columns, boolean[] negative) {
        Optional<Amount> total = stated.amount();
        if (total.isEmpty()) return false;
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < columns.length; i++) {
            Optional<Figure> cell = row.cell(columns[i]);
            Optional<Amount> term = cell.isPresent() ? cell.get().amount() : BLANK;
            if (term.isEmpty()) return false;
            sum = negative[i] ? sum.subtract(term.get().wanYuan()) : sum.add(term.get().wanYuan());
        }
        return total.get().wanYuan().compareTo(sum) == 0;
    }

    private static final Optional<Amount> BLANK = Figure.of("").amount();
}
