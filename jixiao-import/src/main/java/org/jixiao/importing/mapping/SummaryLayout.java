package org.jixiao.importing.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.importing.document.TableLine;
import org.jixiao.report.domain.TableKind;
import org.jixiao.report.domain.TableRow;
import org.jixiao.shared.Figure;

/**
 * The two-sided 总表 layout (公开01表 收入支出决算总表, 公开04表 财政拨款收入支出决算总表): income on the left
 * (项目, 行次, 金额), expenditure on the right (项目, 行次, one or more amount columns). Rows are keyed by meaning
 * on the income side and by 功能分类 类 (from the printed name) on the expenditure side; 行次 are read but never
 * used as keys. A side whose cells shift (a merged cell lost in the export) is re-aligned on its label.
 */
final class SummaryLayout {

    private static final String[] FUNDS = {"general-budget", "government-fund", "state-capital"};

    private final Sink sink;
    private final TableContext ctx;
    private final boolean fiscal;
    private boolean lineNumbers;
    private List<String> rightColumns = List.of("amount");
    private final Map<String, TableRow> rows = new LinkedHashMap<>();
    private boolean afterOpening;
    private boolean afterClosing;

    SummaryLayout(Sink sink, TableContext ctx) {
        this.sink = sink;
        this.ctx = ctx;
        this.fiscal = ctx.kind == TableKind.FISCAL_SUMMARY;
    }

    List<TableRow> rows() {
        List<TableLine> lines = ctx.block.rows();
        int first = StatementTableMapper.firstDataRow(lines);
        if (first < 0) first = lines.size();
        readHeader(lines.subList(0, first));
        for (int r = first; r < lines.size(); r++) {
            TableLine l = lines.get(r);
            if (StatementTableMapper.isColumnNumberRow(l) || StatementTableMapper.blank(l)) continue;
            readLine(l);
        }
        return new ArrayList<>(rows.values());
    }

    private void readHeader(List<TableLine> header) {
        for (TableLine l : header) {
            int lineNoCount = 0;
            List<String> afterSecond = new ArrayList<>();
            for (int i = 0; i < l.size(); i++) {
                String n = Labels.normalise(l.text(i));
                if (n.equals("行次")) {
                    lineNumbers = true;
                    lineNoCount++;
                    continue;
                }
                if (lineNoCount >= 2 && !n.isEmpty()) afterSecond.add(l.text(i));
            }
            if (!afterSecond.isEmpty()) {
                List<String> keys = new ArrayList<>();
                for (String h : afterSecond) {
                    Optional<String> key = TableCatalogue.column(ctx.kind, h);
                    if (key.isEmpty()) sink.note(l.place(), ctx.label(), "列标题“" + h + "”未能识别，该列未导入");
                    keys.add(key.orElse(null));
                }
                rightColumns = keys;
            }
        }
        if (fiscal && rightColumns.equals(List.of("amount"))) rightColumns = List.of("total", "general-budget", "government-fund", "state-capital");
    }

    private void readLine(TableLine l) {
        int i = 0;
        String leftLabel = l.text(i++);
        if (lineNumbers && Labels.isSmallInteger(l.text(i))) i++;
        String leftAmount = null;
        int leftAmountAt = -1;
        if (!isLabel(l.text(i)) && !(lineNumbers && Labels.isSmallInteger(l.text(i)) && !l.text(i + 1).isEmpty() && Labels.isSmallInteger(l.text(i + 1)))) {
            leftAmount = l.text(i);
            leftAmountAt = i;
            i++;
        }
        String rightLabel = "";
        if (isLabel(l.text(i)) || (!Labels.isSmallInteger(l.text(i)) && l.text(i).isEmpty())) rightLabel = l.text(i++);
        if (lineNumbers && Labels.isSmallInteger(l.text(i))) i++;
        int rightStart = i;

        if (!leftLabel.isEmpty() || (leftAmount != null && !leftAmount.isEmpty())) {
            incomeRow(leftLabel, leftAmount == null ? "" : leftAmount, l, leftAmountAt);
        }
        boolean rightHasValue = false;
        for (int k = 0; k < rightColumns.size(); k++) rightHasValue |= !l.text(rightStart + k).isEmpty();
        if (!rightLabel.isEmpty() || rightHasValue) expenditureRow(rightLabel, leftLabel, l, rightStart);
    }

    /** Text with ideographs that is not an amount printed with its unit ({@code 1,406.53万元}). */
    private static boolean isLabel(String s) {
        return !s.isEmpty() && Labels.hasCjk(s) && !Labels.isAmount(s);
    }

    private void incomeRow(String label, String amount, TableLine l, int at) {
        String n = Labels.normalise(label);
        String key = incomeKey(n);
        if (key == null) {
            if (!amount.isEmpty() || !label.isEmpty()) sink.note(l.place(), ctx.label(), "收入项目“" + label + "”未能识别，未导入");
            return;
        }
        if (at >= 0 && l.isUnknown(at)) return;
        put(key, label, Map.of("amount", sink.figure(amount, at < 0 ? l.place() : l.placeOf(at), ctx.label())), l);
    }

    private String incomeKey(String n) {
        if (n.startsWith("年初") && n.contains("结转和结余")) {
            afterOpening = true;
            return "income.opening-balance";
        }
        String fund = fundOf(n);
        if (fund != null) return afterOpening ? "income.opening-balance." + fund : "income." + fund;
        return switch (n) {
            case "上级补助收入" -> "income.superior-subsidy";
            case "事业收入" -> "income.business";
            case "经营收入" -> "income.operating";
            case "附属单位上缴收入" -> "income.affiliated";
            case "其他收入" -> "income.other";
            case "本年收入合计", "收入合计" -> "income.total";
            case "使用非财政拨款结余", "用事业基金弥补收支差额", "使用非财政拨款结余(含专用结余)" -> "income.non-fiscal-balance-used";
            case "总计", "收入总计" -> "income.grand-total";
            default -> null;
        };
    }

    private static String fundOf(String n) {
        if (n.startsWith("一般公共预算财政拨款")) return "general-budget";
        if (n.startsWith("政府性基金预算财政拨款")) return "government-fund";
        if (n.startsWith("国有资本经营预算财政拨款")) return "state-capital";
        return null;
    }

    private void expenditureRow(String label, String leftLabel, TableLine l, int start) {
        String n = Labels.normalise(label);
        String key;
        if (n.startsWith("年末") && n.contains("结转和结余")) {
            afterClosing = true;
            key = "expenditure.closing-balance";
        } else if (afterClosing && (fundOf(n) != null || (n.isEmpty() && fundOf(Labels.normalise(leftLabel)) != null))) {
            key = "expenditure.closing-balance." + fundOf(n.isEmpty() ? Labels.normalise(leftLabel) : n);
        } else {
            key = switch (n) {
                case "本年支出合计", "支出合计" -> "expenditure.total";
                case "结余分配" -> "expenditure.balance-distribution";
                case "总计", "支出总计" -> "expenditure.grand-total";
                default -> FunctionClassNames.codeOf(n).orElse(null);
            };
        }
        if (key == null) {
            sink.note(l.place(), ctx.label(), "支出项目“" + label + "”未能识别，未导入");
            return;
        }
        Map<String, Figure> cells = new LinkedHashMap<>();
        for (int k = 0; k < rightColumns.size(); k++) {
            if (rightColumns.get(k) == null) continue;
            if (l.isUnknown(start + k)) continue;
            cells.put(rightColumns.get(k), sink.figure(l.text(start + k), l.placeOf(start + k), ctx.label()));
        }
        put(key, label.isEmpty() ? null : label, cells, l);
    }

    private void put(String key, String name, Map<String, Figure> cells, TableLine l) {
        if (rows.containsKey(key)) {
            sink.note(l.place(), ctx.label(), "项目“" + (name == null ? key : name) + "”重复出现，只保留第一次");
            return;
        }
        rows.put(key, new TableRow(key, name, cells, sink.at(l.place(), ctx.label())));
    }
}
