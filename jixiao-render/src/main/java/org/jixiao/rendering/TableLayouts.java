package org.jixiao.rendering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableKind;
import org.jixiao.report.domain.TableRow;
import org.jixiao.shared.Figure;

/**
 * The nine 决算 tables in their standard 2021 layout (DOMAIN-NOTES §3.2): header rows with 栏次, codes and
 * names, amounts {@code #,##0.00}, live totals. Rows are placed by key (code or meaning), never by 行次.
 */
final class TableLayouts {

    private static final Map<TableKind, String> TITLES = new LinkedHashMap<>();
    private static final Map<TableKind, String> EMPTY_SUBJECTS = Map.of(
            TableKind.GOVERNMENT_FUND, "政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出",
            TableKind.STATE_CAPITAL, "国有资本经营预算财政拨款支出");

    static {
        TITLES.put(TableKind.INCOME_EXPENDITURE_SUMMARY, "收入支出决算总表");
        TITLES.put(TableKind.INCOME, "收入决算表");
        TITLES.put(TableKind.EXPENDITURE, "支出决算表");
        TITLES.put(TableKind.FISCAL_SUMMARY, "财政拨款收入支出决算总表");
        TITLES.put(TableKind.GENERAL_BUDGET_EXPENDITURE, "一般公共预算财政拨款支出决算表");
        TITLES.put(TableKind.BASIC_EXPENDITURE_DETAIL, "一般公共预算财政拨款基本支出决算明细表");
        TITLES.put(TableKind.THREE_PUBLIC_COSTS, "一般公共预算财政拨款“三公”经费支出决算表");
        TITLES.put(TableKind.GOVERNMENT_FUND, "政府性基金预算财政拨款收入支出决算表");
        TITLES.put(TableKind.STATE_CAPITAL, "国有资本经营预算财政拨款支出决算表");
    }

    private static final String[][] INCOME_SIDE = {
            {"income.general-budget", "一、一般公共预算财政拨款收入"}, {"income.government-fund", "二、政府性基金预算财政拨款收入"},
            {"income.state-capital", "三、国有资本经营预算财政拨款收入"}, {"income.superior-subsidy", "四、上级补助收入"},
            {"income.business", "五、事业收入"}, {"income.operating", "六、经营收入"}, {"income.affiliated", "七、附属单位上缴收入"},
            {"income.other", "八、其他收入"}};
    private static final String[][] FISCAL_INCOME_SIDE = {
            {"income.general-budget", "一、一般公共预算财政拨款"}, {"income.government-fund", "二、政府性基金预算财政拨款"},
            {"income.state-capital", "三、国有资本经营预算财政拨款"}};
    private static final String[] FUNDS = {"general-budget", "government-fund", "state-capital"};
    private static final String[] FUND_NAMES = {"一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"};

    private TableLayouts() {}

    /** The standard title of a kind (2021). */
    static String standardTitle(TableKind kind) {
        return TITLES.get(kind);
    }

    /** The standard number of a kind in the 2021 order (公开01表 …). */
    static String standardNumber(TableKind kind) {
        return String.format("公开%02d表", kind.ordinal() + 1);
    }

    static Block.Table layout(StatementTable t, String unitName) {
        String number = t.number() != null ? t.number().replaceAll("\\s+", "") : standardNumber(t.kind());
        String title = t.title() != null ? t.title() : standardTitle(t.kind());
        String unit = "金额单位：" + (t.unitLabel() != null ? t.unitLabel() : "万元");
        String empty = t.emptyStatement();
        if (empty == null && isEmpty(t) && EMPTY_SUBJECTS.containsKey(t.kind())) {
            empty = unitName + "本年度无" + EMPTY_SUBJECTS.get(t.kind()) + "，故本表为空表。";
        }
        GridBuilder g = new GridBuilder();
        List<List<Cell>> header = new ArrayList<>();
        List<List<Cell>> body = new ArrayList<>();
        int columns = switch (t.kind()) {
            case INCOME_EXPENDITURE_SUMMARY -> summary(t, g, header, body, false);
            case FISCAL_SUMMARY -> summary(t, g, header, body, true);
            case BASIC_EXPENDITURE_DETAIL -> basicDetail(t, g, header, body);
            case THREE_PUBLIC_COSTS -> threePublic(t, g, header, body);
            default -> codeTable(t, g, header, body);
        };
        return new Block.Table(number, number, title, unit, header, body, t.notes(), empty, columns);
    }

    static boolean isEmpty(StatementTable t) {
        return t.rows().stream().allMatch(r -> r.cells().values().stream().allMatch(f -> f == null || f.isBlank()
                || Numbers.amountOf(f).map(v -> v.signum() == 0).orElse(false)));
    }

    // ---- 02, 03, 05, 08, 09: 科目编码 | 科目名称 | amounts ----

    private static int codeTable(StatementTable t, GridBuilder g, List<List<Cell>> header, List<List<Cell>> body) {
        List<String[]> cols = switch (t.kind()) {
            case INCOME -> List.of(new String[] {"total", "本年收入合计"}, new String[] {"fiscal", "财政拨款收入"},
                    new String[] {"superior-subsidy", "上级补助收入"}, new String[] {"business", "事业收入"},
                    new String[] {"operating", "经营收入"}, new String[] {"affiliated", "附属单位上缴收入"}, new String[] {"other", "其他收入"});
            case EXPENDITURE -> List.of(new String[] {"total", "本年支出合计"}, new String[] {"basic", "基本支出"},
                    new String[] {"project", "项目支出"}, new String[] {"to-superior", "上缴上级支出"},
                    new String[] {"operating", "经营支出"}, new String[] {"to-affiliated", "对附属单位补助支出"});
            case GENERAL_BUDGET_EXPENDITURE -> withOptional(t, List.of(new String[] {"total", "小计"}, new String[] {"basic", "基本支出"},
                    new String[] {"project", "项目支出"}));
            case GOVERNMENT_FUND -> List.of(new String[] {"opening-balance", "年初结转和结余"}, new String[] {"income", "本年收入"},
                    new String[] {"expenditure", "小计"}, new String[] {"basic", "基本支出"}, new String[] {"project", "项目支出"},
                    new String[] {"closing-balance", "年末结转和结余"});
            default -> List.of(new String[] {"total", "合计"}, new String[] {"basic", "基本支出"}, new String[] {"project", "项目支出"});
        };
        // Header: 项目 over 科目编码/科目名称; grouped columns (本年支出) over their parts.
        List<Cell> top = new ArrayList<>();
        List<Cell> second = new ArrayList<>();
        top.add(Cell.header("项目").span(2));
        second.add(Cell.header("科目编码"));
        second.add(Cell.header("科目名称"));
        int groupStart = -1;
        int groupEnd = -1;
        String group = null;
        if (t.kind() == TableKind.GENERAL_BUDGET_EXPENDITURE || t.kind() == TableKind.STATE_CAPITAL) {
            group = "本年支出";
            groupStart = 0;
            groupEnd = 2;
        } else if (t.kind() == TableKind.GOVERNMENT_FUND) {
            group = "本年支出";
            groupStart = 2;
            groupEnd = 4;
        }
        for (int c = 0; c < cols.size(); c++) {
            if (c == groupStart) top.add(Cell.header(group).span(groupEnd - groupStart + 1));
            if (c >= groupStart && c <= groupEnd && group != null) second.add(Cell.header(cols.get(c)[1]));
            else top.add(Cell.header(cols.get(c)[1]).rows(2));
        }
        header.add(top);
        header.add(second);
        header.add(columnNumbers("栏次", 2, cols.size()));

        List<String> keys = t.rows().stream().map(TableRow::key).toList();
        for (TableRow row : t.rows()) {
            List<Cell> cells = new ArrayList<>();
            boolean total = !row.isCode();
            if (total) cells.add(Cell.label(row.name() != null ? row.name() : "合计").span(2));
            else {
                cells.add(Cell.code(row.key()));
                cells.add(Cell.label(row.name()));
            }
            List<String> children = total ? keys.stream().filter(k -> k.length() == 3 && k.chars().allMatch(Character::isDigit)).toList()
                    : keys.stream().filter(k -> k.length() == row.key().length() + 2 && k.startsWith(row.key())).toList();
            for (String[] col : cols) {
                Cell cell = g.amount(row.key() + "|" + col[0], row.cells().get(col[0]));
                if (!children.isEmpty()) cell = g.sum(cell, GridBuilder.ids(children, col[0]));
                cells.add(cell);
            }
            // A leaf row's own total is the sum of its columns (本年收入合计 = Σ 来源; 本年支出合计 = Σ 性质).
            if (children.isEmpty()) horizontal(t.kind(), row.key(), cells, cols, g);
            body.add(cells);
        }
        if (t.rows().isEmpty()) {
            // A table published without rows still shows its blank 合计 line under the header.
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.label("合计").span(2));
            for (int i = 0; i < cols.size(); i++) cells.add(Cell.empty());
            body.add(cells);
        }
        return 2 + cols.size();
    }

    private static List<String[]> withOptional(StatementTable t, List<String[]> base) {
        List<String[]> out = new ArrayList<>(base);
        if (t.rows().stream().anyMatch(r -> r.cells().containsKey("initialBudget"))) out.add(new String[] {"initialBudget", "年初预算数"});
        if (t.rows().stream().anyMatch(r -> r.cells().containsKey("prior"))) out.add(new String[] {"prior", "上年决算数"});
        return out;
    }

    private static void horizontal(TableKind kind, String key, List<Cell> cells, List<String[]> cols, GridBuilder g) {
        String target = kind == TableKind.GOVERNMENT_FUND ? "expenditure" : "total";
        List<String> parts = new ArrayList<>();
        int at = -1;
        for (int c = 0; c < cols.size(); c++) {
            String k = cols.get(c)[0];
            if (k.equals(target)) at = c;
            else if (!k.equals("initialBudget") && !k.equals("prior") && !k.equals("opening-balance") && !k.equals("income")
                    && !k.equals("closing-balance")) parts.add(key + "|" + k);
        }
        if (at < 0) return;
        int index = cells.size() - cols.size() + at;
        cells.set(index, g.sum(cells.get(index), parts));
    }

    private static List<Cell> columnNumbers(String label, int labelSpan, int count) {
        List<Cell> row = new ArrayList<>();
        row.add(Cell.header(label).span(labelSpan));
        for (int i = 1; i <= count; i++) row.add(Cell.header(String.valueOf(i)));
        return row;
    }

    // ---- 01 and 04: income left, expenditure right ----

    private static int summary(StatementTable t, GridBuilder g, List<List<Cell>> header, List<List<Cell>> body, boolean fiscal) {
        List<String[]> right = fiscal
                ? List.of(new String[] {"total", "合计"}, new String[] {"general-budget", FUND_NAMES[0]},
                        new String[] {"government-fund", FUND_NAMES[1]}, new String[] {"state-capital", FUND_NAMES[2]})
                : List.<String[]>of(new String[] {"amount", "决算数"});
        int columns = 3 + 3 + right.size() - 1;
        header.add(List.of(Cell.header("收入").span(3), Cell.header("支出").span(2 + right.size())));
        List<Cell> names = new ArrayList<>(List.of(Cell.header("项目"), Cell.header("行次"), Cell.header("决算数"),
                Cell.header("项目"), Cell.header("行次")));
        for (String[] r : right) names.add(Cell.header(r[1]));
        header.add(names);
        List<Cell> numbers = new ArrayList<>(List.of(Cell.header("栏次"), Cell.header(""), Cell.header("1"), Cell.header("栏次"), Cell.header("")));
        for (int i = 0; i < right.size(); i++) numbers.add(Cell.header(String.valueOf(i + 2)));
        header.add(numbers);

        String[][] incomeSide = fiscal ? FISCAL_INCOME_SIDE : INCOME_SIDE;
        List<String[]> left = new ArrayList<>();
        for (String[] s : incomeSide) if (t.row(s[0]).isPresent() || !fiscal) left.add(s);
        List<TableRow> classes = t.rows().stream().filter(TableRow::isCode).toList();
        List<String> classKeys = classes.stream().map(TableRow::key).toList();
        List<String> incomeKeys = new ArrayList<>();
        for (String[] s : left) incomeKeys.add(s[0]);

        List<String[]> leftTail = new ArrayList<>();
        List<String[]> rightTail = new ArrayList<>();
        leftTail.add(new String[] {"income.total", "本年收入合计"});
        rightTail.add(new String[] {"expenditure.total", "本年支出合计"});
        if (!fiscal) {
            leftTail.add(new String[] {"income.non-fiscal-balance-used", "使用非财政拨款结余"});
            rightTail.add(new String[] {"expenditure.balance-distribution", "结余分配"});
            leftTail.add(new String[] {"income.opening-balance", "年初结转和结余"});
            rightTail.add(new String[] {"expenditure.closing-balance", "年末结转和结余"});
        } else {
            leftTail.add(new String[] {"income.opening-balance", "年初财政拨款结转和结余"});
            rightTail.add(new String[] {"expenditure.closing-balance", "年末财政拨款结转和结余"});
            for (int f = 0; f < FUNDS.length; f++) {
                String in = "income.opening-balance." + FUNDS[f];
                String out = "expenditure.closing-balance." + FUNDS[f];
                if (t.row(in).isPresent() || t.row(out).isPresent()) {
                    leftTail.add(t.row(in).isPresent() ? new String[] {in, FUND_NAMES[f]} : null);
                    rightTail.add(t.row(out).isPresent() ? new String[] {out, FUND_NAMES[f]} : null);
                }
            }
        }
        leftTail.add(new String[] {"income.grand-total", "总计"});
        rightTail.add(new String[] {"expenditure.grand-total", "总计"});

        int height = Math.max(left.size(), classes.size());
        int leftNo = 1;
        int rightNo = height + leftTail.size() + 1;
        for (int i = 0; i < height; i++) {
            List<Cell> cells = new ArrayList<>();
            if (i < left.size()) {
                addLeft(cells, t, g, left.get(i), leftNo++, null);
            } else {
                // Every line carries its 行次 on both sides, as the standard template prints them.
                cells.add(Cell.empty());
                cells.add(Cell.header(String.valueOf(leftNo++)));
                cells.add(Cell.empty());
            }
            if (i < classes.size()) {
                TableRow r = classes.get(i);
                addRight(cells, t, g, new String[] {r.key(), r.name() != null ? r.name() : r.key()}, rightNo++, right, null);
            } else {
                cells.add(Cell.empty());
                cells.add(Cell.header(String.valueOf(rightNo++)));
                for (int k = 0; k < right.size(); k++) cells.add(Cell.empty());
            }
            body.add(cells);
        }
        for (int i = 0; i < leftTail.size(); i++) {
            List<Cell> cells = new ArrayList<>();
            String[] l = leftTail.get(i);
            String[] r = rightTail.get(i);
            List<String> leftParts = switch (l == null ? "" : l[0]) {
                case "income.total" -> incomeKeys;
                case "income.grand-total" -> List.of("income.total", "income.non-fiscal-balance-used", "income.opening-balance");
                default -> List.of();
            };
            if (l == null) {
                cells.add(Cell.empty());
                cells.add(Cell.header(String.valueOf(leftNo++)));
                cells.add(Cell.empty());
            } else addLeft(cells, t, g, l, leftNo++, leftParts);
            List<String> rightParts = switch (r == null ? "" : r[0]) {
                case "expenditure.total" -> classKeys;
                case "expenditure.grand-total" -> List.of("expenditure.total", "expenditure.balance-distribution", "expenditure.closing-balance");
                default -> List.of();
            };
            if (r == null) {
                cells.add(Cell.empty());
                cells.add(Cell.header(String.valueOf(rightNo++)));
                for (int k = 0; k < right.size(); k++) cells.add(Cell.empty());
            } else addRight(cells, t, g, r, rightNo++, right, rightParts);
            body.add(cells);
        }
        return columns;
    }

    private static void addLeft(List<Cell> cells, StatementTable t, GridBuilder g, String[] spec, int no, List<String> parts) {
        cells.add(Cell.label(spec[1]));
        cells.add(Cell.header(String.valueOf(no)));
        Figure f = t.row(spec[0]).map(r -> r.cells().get("amount")).orElse(null);
        Cell c = g.amount(spec[0] + "|amount", f);
        if (parts != null && !parts.isEmpty()) c = g.sum(c, GridBuilder.ids(existing(t, parts), "amount"));
        cells.add(c);
    }

    private static void addRight(List<Cell> cells, StatementTable t, GridBuilder g, String[] spec, int no, List<String[]> right, List<String> parts) {
        cells.add(Cell.label(spec[1]));
        cells.add(Cell.header(String.valueOf(no)));
        List<String> rowParts = new ArrayList<>();
        for (String[] col : right) if (!col[0].equals("total")) rowParts.add(spec[0] + "|" + col[0]);
        for (String[] col : right) {
            Figure f = t.row(spec[0]).map(r -> r.cells().get(col[0])).orElse(null);
            Cell c = g.amount(spec[0] + "|" + col[0], f);
            if (parts != null && !parts.isEmpty()) c = g.sum(c, GridBuilder.ids(existing(t, parts), col[0]));
            else if (col[0].equals("total") && right.size() > 1) c = g.sum(c, rowParts);
            cells.add(c);
        }
    }

    private static List<String> existing(StatementTable t, List<String> keys) {
        return keys.stream().filter(k -> t.row(k).isPresent()).toList();
    }

    // ---- 06: 人员经费 | 公用经费 (two blocks) of 科目编码, 科目名称, 决算数 ----

    private static int basicDetail(StatementTable t, GridBuilder g, List<List<Cell>> header, List<List<Cell>> body) {
        List<TableRow> personnel = new ArrayList<>();
        List<TableRow> publicRows = new ArrayList<>();
        for (TableRow r : t.rows()) {
            if (!r.isCode()) continue;
            if (r.key().startsWith("301") || r.key().startsWith("303")) personnel.add(r);
            else publicRows.add(r);
        }
        int half = (publicRows.size() + 1) / 2;
        List<List<TableRow>> blocks = List.of(personnel, publicRows.subList(0, half), publicRows.subList(half, publicRows.size()));
        header.add(List.of(Cell.header("人员经费").span(3), Cell.header("公用经费").span(6)));
        List<Cell> names = new ArrayList<>();
        for (int b = 0; b < 3; b++) {
            names.add(Cell.header("科目编码"));
            names.add(Cell.header("科目名称"));
            names.add(Cell.header("决算数"));
        }
        header.add(names);
        List<String> keys = t.rows().stream().map(TableRow::key).toList();
        int height = blocks.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < height; i++) {
            List<Cell> cells = new ArrayList<>();
            for (List<TableRow> block : blocks) {
                if (i >= block.size()) {
                    cells.add(Cell.empty());
                    cells.add(Cell.empty());
                    cells.add(Cell.empty());
                    continue;
                }
                TableRow r = block.get(i);
                cells.add(Cell.code(r.key()));
                cells.add(Cell.label(r.name()));
                Cell c = g.amount(r.key() + "|amount", r.cells().get("amount"));
                if (r.key().length() == 3) {
                    c = g.sum(c, GridBuilder.ids(keys.stream().filter(k -> k.length() == 5 && k.startsWith(r.key())).toList(), "amount"));
                }
                cells.add(c);
            }
            body.add(cells);
        }
        var personnelTotal = t.row("personnel-total");
        var publicTotal = t.row("public-total");
        if (personnelTotal.isPresent() || publicTotal.isPresent()) {
            List<Cell> cells = new ArrayList<>();
            List<String> personnelClasses = personnel.stream().map(TableRow::key).filter(k -> k.length() == 3).toList();
            List<String> publicClasses = publicRows.stream().map(TableRow::key).filter(k -> k.length() == 3).toList();
            cells.add(Cell.label("人员经费合计").span(2));
            cells.add(g.sum(g.amount("personnel-total|amount", personnelTotal.map(r -> r.cells().get("amount")).orElse(null)),
                    GridBuilder.ids(personnelClasses, "amount")));
            cells.add(Cell.empty().span(3));
            cells.add(Cell.label("公用经费合计").span(2));
            cells.add(g.sum(g.amount("public-total|amount", publicTotal.map(r -> r.cells().get("amount")).orElse(null)),
                    GridBuilder.ids(publicClasses, "amount")));
            body.add(cells);
        }
        return 9;
    }

    // ---- 07: 三公, the items across, a budget block and an actual block ----

    private static int threePublic(StatementTable t, GridBuilder g, List<List<Cell>> header, List<List<Cell>> body) {
        List<String[]> blocks = new ArrayList<>();
        blocks.add(new String[] {"budget", "预算数"});
        blocks.add(new String[] {"actual", "决算数"});
        if (t.rows().stream().anyMatch(r -> r.cells().containsKey("prior"))) blocks.add(new String[] {"prior", "上年决算数"});
        List<Cell> top = new ArrayList<>();
        List<Cell> middle = new ArrayList<>();
        List<Cell> bottom = new ArrayList<>();
        for (String[] b : blocks) {
            top.add(Cell.header(b[1]).span(6));
            middle.add(Cell.header("合计").rows(2));
            middle.add(Cell.header("因公出国（境）费").rows(2));
            middle.add(Cell.header("公务用车购置及运行费").span(3));
            middle.add(Cell.header("公务接待费").rows(2));
            bottom.add(Cell.header("小计"));
            bottom.add(Cell.header("公务用车购置费"));
            bottom.add(Cell.header("公务用车运行费"));
        }
        header.add(top);
        header.add(middle);
        header.add(bottom);
        List<Cell> numbers = new ArrayList<>();
        for (int i = 1; i <= 6 * blocks.size(); i++) numbers.add(Cell.header(String.valueOf(i)));
        header.add(numbers);
        String[] items = {"total", "abroad", "vehicles", "vehicle-purchase", "vehicle-running", "reception"};
        List<Cell> values = new ArrayList<>();
        for (String[] b : blocks) {
            List<Cell> block = new ArrayList<>();
            for (String item : items) block.add(g.amount(item + "|" + b[0], t.row(item).map(r -> r.cells().get(b[0])).orElse(null)));
            block.set(2, g.sum(block.get(2), List.of("vehicle-purchase|" + b[0], "vehicle-running|" + b[0])));
            block.set(0, g.sum(block.get(0), List.of("abroad|" + b[0], "vehicles|" + b[0], "reception|" + b[0])));
            values.addAll(block);
        }
        if (!t.rows().isEmpty()) body.add(values);
        return 6 * blocks.size();
    }
}
