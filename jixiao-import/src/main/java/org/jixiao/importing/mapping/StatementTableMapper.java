package org.jixiao.importing.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jixiao.importing.document.TableBlock;
import org.jixiao.importing.document.TableLine;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableKind;
import org.jixiao.report.domain.TableRow;
import org.jixiao.shared.Figure;

/**
 * Maps one recognised 决算 table onto {@link StatementTable}: columns by header text, rows by code or meaning.
 * Three layouts beside the plain code table: the two-sided 总表 (01/04: income left, expenditure right, with
 * 行次), the three-block 基本支出明细表 (06) and the one-row 三公 table (07: budget block then actual block).
 */
final class StatementTableMapper {

    private final Sink sink;

    StatementTableMapper(Sink sink) {
        this.sink = sink;
    }

    StatementTable map(TableContext ctx) {
        List<TableRow> rows = ctx.block == null ? List.of() : switch (ctx.kind) {
            case INCOME_EXPENDITURE_SUMMARY, FISCAL_SUMMARY -> new SummaryLayout(sink, ctx).rows();
            case BASIC_EXPENDITURE_DETAIL -> basicDetail(ctx);
            case THREE_PUBLIC_COSTS -> threePublic(ctx);
            default -> codeTable(ctx);
        };
        return new StatementTable(ctx.kind, ctx.number, ctx.title, ctx.unitLabel, rows, ctx.notes, ctx.emptyStatement,
                sink.at(ctx.place, ctx.label()));
    }

    // ---- code tables: 02, 03, 05, 政府性基金, 国有资本经营 ----

    private List<TableRow> codeTable(TableContext ctx) {
        List<TableLine> lines = ctx.block.rows();
        int first = firstDataRow(lines);
        List<String> keys = new ArrayList<>();
        for (Map.Entry<Integer, String> e : headerLeaves(lines, first).entrySet()) {
            String header = e.getValue();
            // The first two positions are the code and name columns, whatever their header says.
            if (e.getKey() < 2 || TableCatalogue.isStructural(header)) continue;
            Optional<String> key = TableCatalogue.column(ctx.kind, header);
            if (key.isEmpty()) sink.note(lines.get(0).place(), ctx.label(), "列标题“" + header + "”未能识别，该列未导入");
            keys.add(key.orElse(null));
        }
        if (keys.stream().allMatch(k -> k == null)) {
            sink.note(ctx.block.place(), ctx.label(), "未找到可识别的列标题，表格数据未导入");
            return List.of();
        }
        List<TableRow> rows = new ArrayList<>();
        for (int r = Math.max(first, 0); r < lines.size() && first >= 0; r++) {
            TableLine line = lines.get(r);
            String c0 = line.text(0);
            String c1 = line.text(1);
            int start = 2;
            String key;
            String name = c1;
            if (Labels.isCode(c0)) {
                key = c0;
            } else if (c0.matches("\\d{3,7}\\s+\\S.*") && Labels.isCode(c0.split("\\s+", 2)[0])) {
                key = c0.split("\\s+", 2)[0];
                name = c0.split("\\s+", 2)[1];
                start = 1;
            } else if (Labels.isTotal(c0) || (c0.isEmpty() && Labels.isTotal(c1))) {
                key = "total";
                name = Labels.isTotal(c0) ? c0 : c1;
            } else if (isHeaderLike(line)) {
                continue;
            } else if (blank(line)) {
                continue;
            } else {
                String why = Labels.isCodeLike(c0) ? "科目编码“" + c0 + "”位数不对（应为3、5或7位）" : "行“" + c0 + " " + c1 + "”未能识别";
                sink.note(line.place(), ctx.label(), why + "，该行未导入");
                continue;
            }
            Map<String, Figure> cells = new LinkedHashMap<>();
            for (int k = 0; k < keys.size(); k++) {
                if (keys.get(k) == null) continue;
                int i = start + k;
                if (line.isUnknown(i)) continue; // the reader could not place it: not stated, so not checked
                cells.put(keys.get(k), sink.figure(line.text(i), line.placeOf(i), ctx.label()));
            }
            for (int i = start + keys.size(); i < line.size(); i++) {
                if (!line.text(i).isEmpty()) sink.note(line.placeOf(i), ctx.label(), "第" + (i + 1) + "格“" + line.text(i) + "”超出表头的列数，未导入");
            }
            rows.add(new TableRow(key, name.isEmpty() ? null : name, cells, sink.at(line.place(), ctx.label())));
        }
        return rows;
    }

    static int firstDataRow(List<TableLine> lines) {
        for (int r = 0; r < lines.size(); r++) {
            TableLine l = lines.get(r);
            String c0 = l.text(0);
            if (Labels.isCode(c0) || Labels.isTotal(c0) || (c0.isEmpty() && Labels.isTotal(l.text(1)))) return r;
            if (c0.matches("\\d{3,7}\\s+\\S.*")) return r;
            for (int i = 0; i < l.size(); i++) if (Labels.isPrintedAmount(l.text(i))) return r;
        }
        return -1;
    }

    /** The deepest header text at each column position (a lower header row refines a merged one above it). */
    static TreeMap<Integer, String> headerLeaves(List<TableLine> lines, int firstData) {
        TreeMap<Integer, String> leaves = new TreeMap<>();
        int end = firstData < 0 ? lines.size() : firstData;
        for (int r = 0; r < end; r++) {
            TableLine l = lines.get(r);
            if (isColumnNumberRow(l)) continue;
            for (int i = 0; i < l.size(); i++) if (!l.text(i).isEmpty()) leaves.put(i, l.text(i));
        }
        return leaves;
    }

    static boolean isColumnNumberRow(TableLine l) {
        boolean any = false;
        for (int i = 0; i < l.size(); i++) {
            String t = Labels.normalise(l.text(i));
            if (t.isEmpty() || t.equals("栏次") || t.equals("行次")) continue;
            if (!Labels.isSmallInteger(t)) return false;
            any = true;
        }
        return any;
    }

    private static boolean isHeaderLike(TableLine l) {
        for (int i = 0; i < l.size(); i++) {
            String t = Labels.normalise(l.text(i));
            if (t.contains("科目编码") || t.contains("科目名称") || t.equals("栏次")) return true;
        }
        return false;
    }

    static boolean blank(TableLine l) {
        for (int i = 0; i < l.size(); i++) if (!l.text(i).isEmpty()) return false;
        return true;
    }

    // ---- 06: three blocks of (科目编码, 科目名称, 决算数) ----

    private List<TableRow> basicDetail(TableContext ctx) {
        List<TableLine> lines = ctx.block.rows();
        List<Integer> starts = new ArrayList<>();
        int headerRow = -1;
        for (int r = 0; r < lines.size() && headerRow < 0; r++) {
            TableLine l = lines.get(r);
            for (int i = 0; i < l.size(); i++) if (Labels.normalise(l.text(i)).equals("科目编码")) starts.add(i);
            if (!starts.isEmpty()) headerRow = r;
        }
        if (starts.isEmpty()) starts = List.of(0, 3, 6);
        List<TableRow> rows = new ArrayList<>();
        List<String[]> pendingTotals = new ArrayList<>();
        List<TableLine> pendingLines = new ArrayList<>();
        for (int r = headerRow + 1; r < lines.size(); r++) {
            TableLine l = lines.get(r);
            for (int s : starts) {
                String code = l.text(s);
                String name = l.text(s + 1);
                String amount = l.text(s + 2);
                String totalKey = totalKey(code).or(() -> totalKey(name)).orElse(null);
                if (Labels.isCode(code)) {
                    rows.add(new TableRow(code, name, Map.of("amount", sink.figure(amount, l.placeOf(s + 2), ctx.label())), sink.at(l.place(), ctx.label())));
                } else if (totalKey != null) {
                    if (amount.isEmpty()) {
                        pendingTotals.add(new String[] {totalKey, Labels.isTotal(code) ? code : (code.isEmpty() ? name : code)});
                        pendingLines.add(l);
                    }
                    else rows.add(totalRow(totalKey, code.isEmpty() ? name : code, amount, l, s + 2, ctx));
                } else if (!code.isEmpty() || !name.isEmpty()) {
                    sink.note(l.place(), ctx.label(), "行“" + code + " " + name + "”未能识别，未导入");
                }
            }
            // Totals printed on the line after their labels (人员经费合计 … / … 278.84 … 56.70).
            if (!pendingTotals.isEmpty() && isOnlyAmounts(l)) {
                List<Integer> amounts = new ArrayList<>();
                for (int i = 0; i < l.size(); i++) if (Labels.isAmount(l.text(i))) amounts.add(i);
                for (int k = 0; k < amounts.size() && !pendingTotals.isEmpty(); k++) {
                    String[] t = pendingTotals.remove(0);
                    TableLine labelLine = pendingLines.remove(0);
                    // The row is where its label is printed; the amount keeps the line it is printed on.
                    rows.add(new TableRow(t[0], t[1], Map.of("amount", sink.figure(l.text(amounts.get(k)), l.placeOf(amounts.get(k)), ctx.label())),
                            sink.at(labelLine.place(), ctx.label())));
                }
            }
        }
        for (String[] t : pendingTotals) sink.note(ctx.block.place(), ctx.label(), "“" + t[1] + "”没有找到金额");
        return rows;
    }

    private TableRow totalRow(String key, String name, String amount, TableLine l, int i, TableContext ctx) {
        return new TableRow(key, name, Map.of("amount", sink.figure(amount, l.placeOf(i), ctx.label())), sink.at(l.placeOf(i), ctx.label()));
    }

    private static Optional<String> totalKey(String label) {
        String n = Labels.normalise(label);
        if (n.equals("人员经费合计") || n.equals("人员经费")) return Optional.of("personnel-total");
        if (n.equals("公用经费合计") || n.equals("公用经费")) return Optional.of("public-total");
        return Optional.empty();
    }

    private static boolean isOnlyAmounts(TableLine l) {
        boolean any = false;
        for (int i = 0; i < l.size(); i++) {
            String t = l.text(i);
            if (t.isEmpty()) continue;
            if (!Labels.isAmount(t)) return false;
            any = true;
        }
        return any;
    }

    // ---- 07: 三公, items across, a budget block then an actual block ----

    private List<TableRow> threePublic(TableContext ctx) {
        List<TableLine> lines = ctx.block.rows();
        int valuesRow = -1;
        for (int r = 0; r < lines.size() && valuesRow < 0; r++) {
            TableLine l = lines.get(r);
            if (isColumnNumberRow(l)) continue;
            for (int i = 0; i < l.size(); i++) if (Labels.isPrintedAmount(l.text(i))) valuesRow = r;
        }
        if (valuesRow < 0) {
            sink.note(ctx.block.place(), ctx.label(), "“三公”经费表中没有找到金额行，未导入");
            return List.of();
        }
        List<String> blockKeys = new ArrayList<>();
        TreeMap<Integer, String> leaves = new TreeMap<>();
        Map<Integer, String> upperNames = new java.util.HashMap<>();
        for (int r = 0; r < valuesRow; r++) {
            TableLine l = lines.get(r);
            if (isColumnNumberRow(l)) continue;
            for (int i = 0; i < l.size(); i++) {
                String n = Labels.normalise(l.text(i));
                if (n.isEmpty()) continue;
                if (n.contains("预算")) blockKeys.add("budget");
                else if (n.contains("上年")) blockKeys.add("prior");
                else if (n.contains("决算")) blockKeys.add("actual");
                else {
                    String previous = leaves.get(i);
                    leaves.put(i, l.text(i));
                    if (previous != null && n.equals("小计")) upperNames.put(i, previous);
                }
            }
        }
        if (blockKeys.isEmpty()) blockKeys = List.of("budget", "actual");
        Map<String, Map<String, Figure>> byItem = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        int block = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        TableLine values = lines.get(valuesRow);
        for (Map.Entry<Integer, String> e : leaves.entrySet()) {
            Optional<String> item = TableCatalogue.column(TableKind.THREE_PUBLIC_COSTS, e.getValue());
            if (item.isEmpty()) {
                sink.note(lines.get(0).place(), ctx.label(), "列标题“" + e.getValue() + "”未能识别，该列未导入");
                continue;
            }
            if (!seen.add(item.get())) {
                block++;
                seen.clear();
                seen.add(item.get());
            }
            if (block >= blockKeys.size()) {
                sink.note(values.placeOf(e.getKey()), ctx.label(), "多出的一组“三公”列，未导入");
                continue;
            }
            names.putIfAbsent(item.get(), upperNames.getOrDefault(e.getKey(), e.getValue()));
            byItem.computeIfAbsent(item.get(), k -> new LinkedHashMap<>())
                    .put(blockKeys.get(block), sink.figure(values.text(e.getKey()), values.placeOf(e.getKey()), ctx.label()));
        }
        List<TableRow> rows = new ArrayList<>();
        byItem.forEach((key, cells) -> rows.add(new TableRow(key, names.get(key), cells, sink.at(values.place(), ctx.label()))));
        return rows;
    }
}
