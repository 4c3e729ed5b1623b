package org.jixiao.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.jixiao.codes.CodeEntry;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableKind;
import org.jixiao.report.domain.TableRow;
import org.jixiao.shared.Figure;

/** Writes the nine public tables (2021 layout, 公开01–09表) from a {@link Ledger}; every total is a sum of its rows. */
final class TableWriter {

    private final Ledger ledger;

    TableWriter(Ledger ledger) {
        this.ledger = ledger;
    }

    List<StatementTable> tables() {
        return List.of(summary(), income(), expenditure(), fiscalSummary(), generalBudget(), basicDetail(), threePublic(),
                empty(TableKind.GOVERNMENT_FUND, "公开08表", "政府性基金预算财政拨款收入支出决算表",
                        List.of("opening-balance", "income", "expenditure", "basic", "project", "closing-balance"),
                        ledger.unit.name() + "本年度没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。"),
                empty(TableKind.STATE_CAPITAL, "公开09表", "国有资本经营预算财政拨款支出决算表", List.of("total", "basic", "project"),
                        ledger.unit.name() + "本年度没有国有资本经营预算财政拨款支出，故本表无数据。"));
    }

    private StatementTable summary() {
        List<TableRow> rows = new ArrayList<>();
        rows.add(row("income.general-budget", "一、一般公共预算财政拨款收入", "amount", ledger.fiscalIncome()));
        rows.add(row("income.government-fund", "二、政府性基金预算财政拨款收入", "amount", 0));
        rows.add(row("income.state-capital", "三、国有资本经营预算财政拨款收入", "amount", 0));
        rows.add(row("income.superior-subsidy", "四、上级补助收入", "amount", 0));
        rows.add(row("income.business", "五、事业收入", "amount", ledger.nonFiscal(Ledger.Source.BUSINESS)));
        rows.add(row("income.operating", "六、经营收入", "amount", 0));
        rows.add(row("income.affiliated", "七、附属单位上缴收入", "amount", 0));
        rows.add(row("income.other", "八、其他收入", "amount", ledger.nonFiscal(Ledger.Source.OTHER)));
        for (CodeEntry category : categories()) {
            rows.add(row(category.code(), category.name(), "amount", sumUnder(category.code(), Ledger.Item::total)));
        }
        rows.add(row("income.total", "本年收入合计", "amount", ledger.income()));
        rows.add(row("expenditure.total", "本年支出合计", "amount", ledger.expenditure()));
        rows.add(row("income.non-fiscal-balance-used", "使用非财政拨款结余", "amount", 0));
        rows.add(row("expenditure.balance-distribution", "结余分配", "amount", 0));
        rows.add(row("income.opening-balance", "年初结转和结余", "amount", ledger.opening));
        rows.add(row("expenditure.closing-balance", "年末结转和结余", "amount", ledger.closing));
        rows.add(row("income.grand-total", "总计", "amount", ledger.grandTotal()));
        rows.add(row("expenditure.grand-total", "总计", "amount", ledger.grandTotal()));
        return table(TableKind.INCOME_EXPENDITURE_SUMMARY, "公开01表", "收入支出决算总表", rows);
    }

    private StatementTable income() {
        List<TableRow> rows = new ArrayList<>();
        rows.add(cells("total", "合计", incomeCells(i -> true)));
        for (String code : hierarchy(i -> true)) rows.add(cells(code, ledger.name(code), incomeCells(i -> i.code().startsWith(code))));
        return table(TableKind.INCOME, "公开02表", "收入决算表", rows);
    }

    private Map<String, Figure> incomeCells(java.util.function.Predicate<Ledger.Item> under) {
        Map<String, Figure> cells = new LinkedHashMap<>();
        cells.put("total", cell(sum(under, i -> i.nonFiscal() + incomeFiscal(i))));
        cells.put("fiscal", cell(sum(under, this::incomeFiscal)));
        cells.put("superior-subsidy", cell(0));
        cells.put("business", cell(sum(under.and(i -> i.source() == Ledger.Source.BUSINESS), Ledger.Item::nonFiscal)));
        cells.put("operating", cell(0));
        cells.put("affiliated", cell(0));
        cells.put("other", cell(sum(under.and(i -> i.source() == Ledger.Source.OTHER), Ledger.Item::nonFiscal)));
        return cells;
    }

    /**
     * Fiscal income of a 项: its fiscal spending, plus on the unit's main 项 (the first basic one) the change of the
     * fiscal balance (年末 − 年初), so that 02表 adds up to 01表's income while 03表 shows spending.
     */
    private long incomeFiscal(Ledger.Item item) {
        return item.fiscal() + (item == ledger.items.get(0) ? ledger.closing - ledger.opening : 0);
    }

    private StatementTable expenditure() {
        List<TableRow> rows = new ArrayList<>();
        rows.add(cells("total", "合计", expenditureCells(i -> true)));
        for (String code : hierarchy(i -> true)) rows.add(cells(code, ledger.name(code), expenditureCells(i -> i.code().startsWith(code))));
        return table(TableKind.EXPENDITURE, "公开03表", "支出决算表", rows);
    }

    private Map<String, Figure> expenditureCells(java.util.function.Predicate<Ledger.Item> under) {
        Map<String, Figure> cells = new LinkedHashMap<>();
        cells.put("total", cell(sum(under, Ledger.Item::total)));
        cells.put("basic", cell(sum(under.and(Ledger.Item::basic), Ledger.Item::total)));
        cells.put("project", cell(sum(under.and(i -> !i.basic()), Ledger.Item::total)));
        cells.put("to-superior", cell(0));
        cells.put("operating", cell(0));
        cells.put("to-affiliated", cell(0));
        return cells;
    }

    private StatementTable fiscalSummary() {
        List<TableRow> rows = new ArrayList<>();
        rows.add(row("income.general-budget", "一、一般公共预算财政拨款", "amount", ledger.fiscalIncome()));
        rows.add(row("income.government-fund", "二、政府性基金预算财政拨款", "amount", 0));
        rows.add(row("income.state-capital", "三、国有资本经营预算财政拨款", "amount", 0));
        rows.add(row("income.total", "本年收入合计", "amount", ledger.fiscalIncome()));
        rows.add(row("income.opening-balance", "年初财政拨款结转和结余", "amount", ledger.opening));
        rows.add(row("income.opening-balance.general-budget", "一般公共预算财政拨款", "amount", ledger.opening));
        rows.add(row("income.opening-balance.government-fund", "政府性基金预算财政拨款", "amount", 0));
        rows.add(row("income.opening-balance.state-capital", "国有资本经营预算财政拨款", "amount", 0));
        rows.add(row("income.grand-total", "总计", "amount", ledger.fiscalGrandTotal()));
        for (CodeEntry category : categories()) rows.add(cells(category.code(), category.name(), fundCells(sumUnder(category.code(), Ledger.Item::fiscal))));
        rows.add(cells("expenditure.total", "本年支出合计", fundCells(ledger.fiscal())));
        rows.add(cells("expenditure.closing-balance", "年末财政拨款结转和结余", fundCells(ledger.closing)));
        rows.add(cells("expenditure.grand-total", "总计", fundCells(ledger.fiscal() + ledger.closing)));
        return table(TableKind.FISCAL_SUMMARY, "公开04表", "财政拨款收入支出决算总表", rows);
    }

    private static Map<String, Figure> fundCells(long generalBudget) {
        Map<String, Figure> cells = new LinkedHashMap<>();
        cells.put("total", cell(generalBudget));
        cells.put("general-budget", cell(generalBudget));
        cells.put("government-fund", cell(0));
        cells.put("state-capital", cell(0));
        return cells;
    }

    private StatementTable generalBudget() {
        List<TableRow> rows = new ArrayList<>();
        rows.add(cells("total", "合计", generalCells(i -> true)));
        for (String code : hierarchy(i -> i.fiscal() > 0)) rows.add(cells(code, ledger.name(code), generalCells(i -> i.code().startsWith(code))));
        return table(TableKind.GENERAL_BUDGET_EXPENDITURE, "公开05表", "一般公共预算财政拨款支出决算表", rows);
    }

    private Map<String, Figure> generalCells(java.util.function.Predicate<Ledger.Item> under) {
        Map<String, Figure> cells = new LinkedHashMap<>();
        cells.put("total", cell(sum(under, Ledger.Item::fiscal)));
        cells.put("basic", cell(sum(under.and(Ledger.Item::basic), Ledger.Item::fiscal)));
        cells.put("project", cell(sum(under.and(i -> !i.basic()), Ledger.Item::fiscal)));
        return cells;
    }

    private StatementTable basicDetail() {
        List<TableRow> rows = new ArrayList<>();
        for (String category : List.of("301", "303", "302", "310")) {
            long amount = ledger.economic(category);
            if (amount == 0) continue;
            rows.add(row(category, ledger.codes.economic().nameOf(category).orElseThrow(), "amount", amount));
            ledger.economic.forEach((code, value) -> {
                if (code.startsWith(category)) rows.add(row(code, ledger.codes.economic().nameOf(code).orElseThrow(), "amount", value));
            });
        }
        rows.add(row("personnel-total", "人员经费合计", "amount", ledger.personnel()));
        rows.add(row("public-total", "公用经费合计", "amount", ledger.publicFunds()));
        return table(TableKind.BASIC_EXPENDITURE_DETAIL, "公开06表", "一般公共预算财政拨款基本支出决算明细表", rows);
    }

    private StatementTable threePublic() {
        List<TableRow> rows = new ArrayList<>();
        rows.add(budgetActual("total", "合计", ledger.threePublicBudget(), ledger.threePublic()));
        rows.add(budgetActual("abroad", "因公出国（境）费", ledger.abroadBudget, ledger.abroad));
        rows.add(budgetActual("vehicles", "公务用车购置及运行费", ledger.purchaseBudget + ledger.runningBudget, ledger.purchase + ledger.running));
        rows.add(budgetActual("vehicle-purchase", "公务用车购置费", ledger.purchaseBudget, ledger.purchase));
        rows.add(budgetActual("vehicle-running", "公务用车运行费", ledger.runningBudget, ledger.running));
        rows.add(budgetActual("reception", "公务接待费", ledger.receptionBudget, ledger.reception));
        return table(TableKind.THREE_PUBLIC_COSTS, "公开07表", "一般公共预算财政拨款“三公”经费支出决算表", rows);
    }

    private static TableRow budgetActual(String key, String name, long budget, long actual) {
        Map<String, Figure> cells = new LinkedHashMap<>();
        cells.put("budget", cell(budget));
        cells.put("actual", cell(actual));
        return cells(key, name, cells);
    }

    private StatementTable empty(TableKind kind, String number, String title, List<String> columns, String statement) {
        Map<String, Figure> cells = new LinkedHashMap<>();
        columns.forEach(c -> cells.put(c, cell(0)));
        return new StatementTable(kind, number, title, "万元", List.of(cells("total", "合计", cells)), List.of(), statement, null);
    }

    /** The 类, 款 and 项 codes of the items matching {@code filter}, in code order (each 类 followed by its 款 and 项). */
    private List<String> hierarchy(java.util.function.Predicate<Ledger.Item> filter) {
        TreeMap<String, Boolean> codes = new TreeMap<>();
        for (Ledger.Item i : ledger.items) {
            if (!filter.test(i)) continue;
            codes.put(i.code().substring(0, 3), true);
            codes.put(i.code().substring(0, 5), true);
            codes.put(i.code(), true);
        }
        return new ArrayList<>(codes.keySet());
    }

    private List<CodeEntry> categories() {
        return ledger.codes.functional().entries().stream().filter(e -> e.level() == 1).toList();
    }

    private long sumUnder(String prefix, ToLongFunction<Ledger.Item> value) {
        return sum(i -> i.code().startsWith(prefix), value);
    }

    private long sum(java.util.function.Predicate<Ledger.Item> filter, ToLongFunction<Ledger.Item> value) {
        return ledger.items.stream().filter(filter).mapToLong(value).sum();
    }

    private static StatementTable table(TableKind kind, String number, String title, List<TableRow> rows) {
        return new StatementTable(kind, number, title, "万元", rows, List.of(), null, null);
    }

    private static TableRow row(String key, String name, String column, long cents) {
        return cells(key, name, Map.of(column, cell(cents)));
    }

    private static TableRow cells(String key, String name, Map<String, Figure> cells) {
        return new TableRow(key, name, cells, null);
    }

    static Figure cell(long cents) {
        return Figure.of(Money.cell(cents));
    }
}
