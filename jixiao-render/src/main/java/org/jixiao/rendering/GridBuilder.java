package org.jixiao.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.shared.Figure;

/**
 * Builds the numeric cells of one table: every amount gets an id, and a total gets its live formula only when
 * the formula gives exactly the stated figure. A stated total that differs from its parts is printed as
 * stated and left without a formula: a rendered document never silently corrects its author (the checker
 * reports the difference).
 */
final class GridBuilder {

    private final Map<String, BigDecimal> values = new HashMap<>();
    private final Map<String, Boolean> numeric = new HashMap<>();

    /** An amount cell for a stated figure (absent or blank: an empty cell that sums as zero). */
    Cell amount(String id, Figure f) {
        if (f == null || f.isBlank()) {
            values.put(id, BigDecimal.ZERO);
            numeric.put(id, true);
            return new Cell("", 1, 1, Cell.Kind.AMOUNT, null, id, null, "#,##0.00");
        }
        var value = Numbers.amountOf(f);
        if (value.isEmpty()) {
            numeric.put(id, false);
            return new Cell(f.text(), 1, 1, Cell.Kind.TEXT, null, id, null, null);
        }
        values.put(id, value.get());
        numeric.put(id, true);
        return new Cell(Numbers.amount(value.get()), 1, 1, Cell.Kind.AMOUNT, value.get(), id, null, "#,##0.00");
    }

    /** A number cell (weight, score, rate) with its display format. */
    Cell number(String id, Figure f, BigDecimal value, String format) {
        if (value == null) {
            numeric.put(id, false);
            return new Cell(Numbers.text(f), 1, 1, Cell.Kind.TEXT, null, id, null, null);
        }
        values.put(id, value);
        numeric.put(id, true);
        return new Cell(f.text(), 1, 1, Cell.Kind.NUMBER, value, id, null, format);
    }

    /** The cell with the sum formula of {@code parts} when the parts add up to its stated value. */
    Cell sum(Cell cell, List<String> parts) {
        if (parts.isEmpty() || !allNumeric(parts) || !allNumeric(List.of(cell.id()))) return cell;
        BigDecimal total = BigDecimal.ZERO;
        for (String p : parts) total = total.add(values.get(p));
        return total.compareTo(values.get(cell.id())) == 0 ? cell.withFormula(Formula.sum(parts)) : cell;
    }

    /** The cell with the formula when its value, computed at the cell's precision, equals the stated one. */
    Cell computed(Cell cell, Formula formula, int scale) {
        if (!allNumeric(formula.refs()) || !allNumeric(List.of(cell.id()))) return cell;
        BigDecimal a = values.get(formula.refs().get(0));
        BigDecimal b = values.get(formula.refs().get(1));
        BigDecimal result = switch (formula.op()) {
            case RATIO -> b.signum() == 0 ? null : a.divide(b, scale + 4, java.math.RoundingMode.HALF_UP);
            case PRODUCT -> a.multiply(b);
            case SUM -> null;
        };
        if (result == null) return cell;
        BigDecimal stated = values.get(cell.id());
        return result.setScale(scale, java.math.RoundingMode.HALF_UP).compareTo(stated.setScale(scale, java.math.RoundingMode.HALF_UP)) == 0
                ? cell.withFormula(formula) : cell;
    }

    private boolean allNumeric(List<String> ids) {
        for (String id : ids) if (!Boolean.TRUE.equals(numeric.get(id))) return false;
        return true;
    }

    static List<String> ids(List<String> keys, String column) {
        List<String> out = new ArrayList<>();
        for (String k : keys) out.add(k + "|" + column);
        return out;
    }
}
