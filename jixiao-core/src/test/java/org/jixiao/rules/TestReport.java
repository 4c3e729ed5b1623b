package org.jixiao.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.report.domain.Assets;
import org.jixiao.report.domain.BaseDataRow;
import org.jixiao.report.domain.BaseDataSheet;
import org.jixiao.report.domain.Disclosures;
import org.jixiao.report.domain.DocumentKind;
import org.jixiao.report.domain.FinalAccounts;
import org.jixiao.report.domain.FundBlock;
import org.jixiao.report.domain.FundRow;
import org.jixiao.report.domain.Indicator;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.report.domain.Procurement;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.ReportHeader;
import org.jixiao.report.domain.SectionWeight;
import org.jixiao.report.domain.SelfEvaluation;
import org.jixiao.report.domain.SheetKind;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableKind;
import org.jixiao.report.domain.TableRow;
import org.jixiao.report.domain.ThreePublicActivity;
import org.jixiao.report.domain.UnitProfile;
import org.jixiao.shared.Figure;

/**
 * A test-data builder: {@link #clean()} is a small 2021 report that every rule accepts (amounts in 万元,
 * checked by hand below); a test changes one value and expects one rule to object.
 */
final class TestReport {

    static final TableKind SUMMARY = TableKind.INCOME_EXPENDITURE_SUMMARY;
    static final TableKind INCOME = TableKind.INCOME;
    static final TableKind EXPENDITURE = TableKind.EXPENDITURE;
    static final TableKind FISCAL = TableKind.FISCAL_SUMMARY;
    static final TableKind GENERAL = TableKind.GENERAL_BUDGET_EXPENDITURE;
    static final TableKind DETAIL = TableKind.BASIC_EXPENDITURE_DETAIL;
    static final TableKind THREE = TableKind.THREE_PUBLIC_COSTS;
    static final TableKind FUND = TableKind.GOVERNMENT_FUND;
    static final TableKind CAPITAL = TableKind.STATE_CAPITAL;

    private final Map<TableKind, Map<String, Row>> tables = new EnumMap<>(TableKind.class);
    private final Map<TableKind, String> emptyStatements = new EnumMap<>(TableKind.class);
    private final Map<TableKind, String> unitLabels = new EnumMap<>(TableKind.class);
    final Map<String, String> named = new LinkedHashMap<>();
    final List<String> offices = new ArrayList<>(List.of("办公室", "财务股"));
    final Map<String, String> vehiclesByUse = new LinkedHashMap<>(Map.of("leaders", "1", "emergency", "2"));
    final Map<String, String[]> baseRows = new LinkedHashMap<>();
    final List<Sheet> sheets = new ArrayList<>();

    private static final class Row {
        final String name;
        final Map<String, String> cells = new LinkedHashMap<>();

        Row(String name) {
            this.name = name;
        }
    }

    /** One 自评表 being built; fields are public to the tests for mutation. */
    static final class Sheet {
        final SheetKind kind;
        final String project;
        final Map<String, String[]> funds = new LinkedHashMap<>();
        String weight = "10";
        String rate = "100%";
        String score = "10";
        final Map<String, String> sections = new LinkedHashMap<>();
        final List<String[]> indicators = new ArrayList<>();
        String totalWeight = "100";
        String totalScore;
        String grade = "优";

        Sheet(SheetKind kind, String project) {
            this.kind = kind;
            this.project = project;
        }

        /** Adds an indicator: 一级, 二级, 三级, target, actual, weight, score, reason. */
        Sheet indicator(String... fields) {
            indicators.add(fields.length == 8 ? fields : java.util.Arrays.copyOf(fields, 8));
            return this;
        }

        /** The indicator at {@code index} with field {@code field} (0 一级 … 7 reason) set. */
        Sheet set(int index, int field, String value) {
            indicators.get(index)[field] = value;
            return this;
        }

        PerformanceSheet build() {
            List<FundRow> rows = new ArrayList<>();
            funds.forEach((k, v) -> rows.add(new FundRow(k, k, fig(v[0]), fig(v[1]), fig(v[2]), null)));
            List<Indicator> list = indicators.stream().map(i -> new Indicator(i[0], i[1], i[2], fig(i[3]), fig(i[4]), fig(i[5]), fig(i[6]), i[7], null)).toList();
            List<SectionWeight> weights = new ArrayList<>();
            sections.forEach((k, v) -> weights.add(new SectionWeight(k, fig(v))));
            return new PerformanceSheet(kind, null, "测试单位", project, null, null, null,
                    new FundBlock(rows, fig(weight), fig(rate), fig(score)), null, null, weights, list, fig(totalWeight), fig(totalScore), fig(grade), null);
        }
    }

    static TestReport clean() {
        TestReport r = new TestReport();
        // 01: income 100.00 + 20.00 = 120.00; expenditure 90.00 + 30.00 = 120.00
        r.cell(SUMMARY, "income.general-budget", "amount", "100.00").cell(SUMMARY, "income.government-fund", "amount", "")
                .cell(SUMMARY, "income.state-capital", "amount", "").cell(SUMMARY, "income.superior-subsidy", "amount", "")
                .cell(SUMMARY, "income.business", "amount", "").cell(SUMMARY, "income.operating", "amount", "")
                .cell(SUMMARY, "income.affiliated", "amount", "").cell(SUMMARY, "income.other", "amount", "20.00")
                .cell(SUMMARY, "201", "一、一般公共服务支出", "amount", "90.00").cell(SUMMARY, "210", "九、卫生健康支出", "amount", "30.00")
                .cell(SUMMARY, "income.total", "amount", "120.00").cell(SUMMARY, "expenditure.total", "amount", "120.00")
                .cell(SUMMARY, "income.non-fiscal-balance-used", "amount", "").cell(SUMMARY, "expenditure.balance-distribution", "amount", "")
                .cell(SUMMARY, "income.opening-balance", "amount", "").cell(SUMMARY, "expenditure.closing-balance", "amount", "")
                .cell(SUMMARY, "income.grand-total", "amount", "120.00").cell(SUMMARY, "expenditure.grand-total", "amount", "120.00");
        // 02: fiscal 100.00 (201: 90.00, 210: 10.00) + other 20.00 (210)
        r.row(INCOME, "total", "合计", "total", "120.00", "fiscal", "100.00", "other", "20.00");
        r.row(INCOME, "201", "一般公共服务支出", "total", "90.00", "fiscal", "90.00");
        r.row(INCOME, "20103", "政府办公厅（室）及相关机构事务", "total", "90.00", "fiscal", "90.00");
        r.row(INCOME, "2010301", "行政运行", "total", "50.00", "fiscal", "50.00");
        r.row(INCOME, "2010302", "一般行政管理事务", "total", "40.00", "fiscal", "40.00");
        r.row(INCOME, "210", "卫生健康支出", "total", "30.00", "fiscal", "10.00", "other", "20.00");
        r.row(INCOME, "21004", "公共卫生", "total", "30.00", "fiscal", "10.00", "other", "20.00");
        r.row(INCOME, "2100410", "突发公共卫生事件应急处理", "total", "30.00", "fiscal", "10.00", "other", "20.00");
        // 03: basic 50.00 + project 70.00 = 120.00
        r.row(EXPENDITURE, "total", "合计", "total", "120.00", "basic", "50.00", "project", "70.00");
        r.row(EXPENDITURE, "201", "一般公共服务支出", "total", "90.00", "basic", "50.00", "project", "40.00");
        r.row(EXPENDITURE, "20103", "政府办公厅（室）及相关机构事务", "total", "90.00", "basic", "50.00", "project", "40.00");
        r.row(EXPENDITURE, "2010301", "行政运行", "total", "50.00", "basic", "50.00", "project", "");
        r.row(EXPENDITURE, "2010302", "一般行政管理事务", "total", "40.00", "basic", "", "project", "40.00");
        r.row(EXPENDITURE, "210", "卫生健康支出", "total", "30.00", "basic", "", "project", "30.00");
        r.row(EXPENDITURE, "21004", "公共卫生", "total", "30.00", "basic", "", "project", "30.00");
        r.row(EXPENDITURE, "2100410", "突发公共卫生事件应急处理", "total", "30.00", "basic", "", "project", "30.00");
        // 04: fiscal 100.00 = 201 90.00 + 210 10.00
        r.cell(FISCAL, "income.general-budget", "amount", "100.00").cell(FISCAL, "income.government-fund", "amount", "")
                .cell(FISCAL, "income.state-capital", "amount", "").cell(FISCAL, "income.total", "amount", "100.00")
                .cell(FISCAL, "income.opening-balance", "amount", "").cell(FISCAL, "income.grand-total", "amount", "100.00");
        r.row(FISCAL, "201", "一、一般公共服务支出", "total", "90.00", "general-budget", "90.00", "government-fund", "", "state-capital", "");
        r.row(FISCAL, "210", "九、卫生健康支出", "total", "10.00", "general-budget", "10.00", "government-fund", "", "state-capital", "");
        r.row(FISCAL, "expenditure.total", "本年支出合计", "total", "100.00", "general-budget", "100.00");
        r.row(FISCAL, "expenditure.closing-balance", "年末财政拨款结转和结余", "total", "");
        r.row(FISCAL, "expenditure.grand-total", "总计", "total", "100.00", "general-budget", "100.00");
        // 05: basic 50.00 + project 50.00 = 100.00
        r.row(GENERAL, "total", "合计", "total", "100.00", "basic", "50.00", "project", "50.00");
        r.row(GENERAL, "201", "一般公共服务支出", "total", "90.00", "basic", "50.00", "project", "40.00");
        r.row(GENERAL, "20103", "政府办公厅（室）及相关机构事务", "total", "90.00", "basic", "50.00", "project", "40.00");
        r.row(GENERAL, "2010301", "行政运行", "total", "50.00", "basic", "50.00", "project", "");
        r.row(GENERAL, "2010302", "一般行政管理事务", "total", "40.00", "basic", "", "project", "40.00");
        r.row(GENERAL, "210", "卫生健康支出", "total", "10.00", "basic", "", "project", "10.00");
        r.row(GENERAL, "21004", "公共卫生", "total", "10.00", "basic", "", "project", "10.00");
        r.row(GENERAL, "2100410", "突发公共卫生事件应急处理", "total", "10.00", "basic", "", "project", "10.00");
        // 06: 人员 301 30.00 + 303 5.00 = 35.00; 公用 302 15.00; 35.00 + 15.00 = 50.00 = 05 basic
        r.detail("301", "工资福利支出", "30.00").detail("30101", "基本工资", "20.00").detail("30102", "津贴补贴", "10.00")
                .detail("302", "商品和服务支出", "15.00").detail("30201", "办公费", "5.00").detail("30212", "因公出国（境）费用", "2.00")
                .detail("30217", "公务接待费", "2.00").detail("30231", "公务用车运行维护费", "6.00")
                .detail("303", "对个人和家庭的补助", "5.00").detail("30305", "生活补助", "5.00")
                .detail("307", "债务利息及费用支出", "").detail("30701", "国内债务付息", "").detail("310", "资本性支出", "")
                .detail("31002", "办公设备购置", "").detail("399", "其他支出", "").detail("39999", "其他支出", "")
                .detail("personnel-total", "人员经费合计", "35.00").detail("public-total", "公用经费合计", "15.00");
        // 07: budget 2.00 + 8.00 + 2.00 = 12.00; actual 2.00 + 6.00 + 2.00 = 10.00
        r.row(THREE, "total", "合计", "budget", "12.00", "actual", "10.00");
        r.row(THREE, "abroad", "因公出国（境）费", "budget", "2.00", "actual", "2.00");
        r.row(THREE, "vehicles", "公务用车购置及运行费", "budget", "8.00", "actual", "6.00");
        r.row(THREE, "vehicle-purchase", "公务用车购置费", "budget", "", "actual", "");
        r.row(THREE, "vehicle-running", "公务用车运行费", "budget", "8.00", "actual", "6.00");
        r.row(THREE, "reception", "公务接待费", "budget", "2.00", "actual", "2.00");
        // 08, 09: empty, with their sentences
        r.row(FUND, "total", "合计", "opening-balance", "", "income", "", "expenditure", "", "basic", "", "project", "", "closing-balance", "");
        r.emptyStatements.put(FUND, "本单位无政府性基金收支，故本表无数据。");
        r.row(CAPITAL, "total", "合计", "total", "", "basic", "", "project", "");
        r.emptyStatements.put(CAPITAL, "本单位无国有资本经营预算财政拨款支出，故本表无数据。");
        for (TableKind k : r.tables.keySet()) r.unitLabels.put(k, "万元");
        // 单位概况: 9 在职 + 0 离休 + 3 退休 = 12; 编制 10; 2 offices
        r.set("unit.establishment", "10").set("unit.staffTotal", "12").set("unit.staffActive", "9").set("unit.staffRetiredCadres", "0")
                .set("unit.staffRetired", "3").set("unit.internalOfficeCount", "2");
        // 三公 counts, procurement 20.00 + 5.00 + 5.00 = 30.00 (SME 24.00 = 80.00%, small 12.00 = 40.00%), 3 vehicles
        r.set("activity.abroadGroups", "1").set("activity.abroadPersons", "3").set("activity.receptionGroups", "4")
                .set("activity.receptionPersons", "20").set("activity.vehiclesPurchased", "0").set("activity.vehiclesHeld", "3");
        r.set("procurement.total", "30.00").set("procurement.goods", "20.00").set("procurement.works", "5.00").set("procurement.services", "5.00")
                .set("procurement.smeAmount", "24.00").set("procurement.smeShare", "80.00%").set("procurement.smallMicroAmount", "12.00")
                .set("procurement.smallMicroShare", "40.00%");
        r.set("assets.vehiclesTotal", "3");
        // 基础数据表: 9 ÷ 10 = 90.00%; 三公 2.00 + 6.00 + 2.00 = 10.00; 公用经费 15.00 = 06 302
        r.set("baseData.establishment", "10").set("baseData.activeStaff", "9").set("baseData.controlRate", "90.00%");
        r.baseRows.put("three-public", new String[] {"三公经费", "10.00"});
        r.baseRows.put("vehicle-purchase", new String[] {"公车购置", ""});
        r.baseRows.put("vehicle-running", new String[] {"公车运行维护", "6.00"});
        r.baseRows.put("abroad", new String[] {"出国经费", "2.00"});
        r.baseRows.put("reception", new String[] {"公务接待", "2.00"});
        r.baseRows.put("public", new String[] {"公用经费", "15.00"});
        // 整体: 10 + 20 + 10 + 10 + 10 + 28 + 10 = 98 of 100 (优)
        Sheet whole = new Sheet(SheetKind.WHOLE, null);
        whole.funds.put("total", new String[] {"100.00", "120.00", "120.00"});
        whole.funds.put("current-fiscal", new String[] {"100.00", "100.00", ""});
        whole.funds.put("other", new String[] {"", "20.00", ""});
        whole.funds.put("basic", new String[] {"", "50.00", ""});
        whole.funds.put("project", new String[] {"", "70.00", ""});
        whole.sections.put("产出指标", "50");
        whole.sections.put("效益指标", "30");
        whole.sections.put("满意度指标", "10");
        whole.indicator("产出指标", "数量指标", "维修次数", "≥50次", "55次", "20", "20")
                .indicator("产出指标", "质量指标", "验收合格率", "=100%", "100%", "10", "10")
                .indicator("产出指标", "时效指标", "完成时限", "2021年12月", "2021年12月", "10", "10")
                .indicator("产出指标", "成本指标", "项目成本", "≤130万元", "120万元", "10", "10")
                .indicator("效益指标", "社会效益指标", "办公环境", "舒适整洁", "舒适整洁", "30", "28", "个别楼层维修滞后，下一步加强巡查")
                .indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "95%", "10", "10");
        whole.totalScore = "98";
        r.sheets.add(whole);
        // 项目 物业管理: 10 + 30 + 20 + 27 + 10 = 97 (优); executed 70.00 = 03 项目支出
        Sheet project = new Sheet(SheetKind.PROJECT, "物业管理");
        project.funds.put("total", new String[] {"50.00", "70.00", "70.00"});
        project.funds.put("current-fiscal", new String[] {"50.00", "70.00", ""});
        project.sections.put("产出指标", "50");
        project.sections.put("效益指标", "30");
        project.sections.put("满意度指标", "10");
        project.indicator("产出指标", "数量指标", "会议场次", "≥100场次", "110场次", "30", "30")
                .indicator("产出指标", "成本指标", "物业经费", "≤80万元", "70万元", "20", "20")
                .indicator("效益指标", "社会效益指标", "安全保障", "达成年度指标", "达成", "30", "27", "个别设备老化，已列入更新计划")
                .indicator("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "92%", "10", "10");
        project.totalScore = "97";
        r.sheets.add(project);
        return r;
    }

    Sheet whole() {
        return sheets.get(0);
    }

    Sheet project() {
        return sheets.get(1);
    }

    TestReport cell(TableKind kind, String row, String column, String text) {
        return cell(kind, row, null, column, text);
    }

    TestReport cell(TableKind kind, String row, String name, String column, String text) {
        tables.computeIfAbsent(kind, k -> new LinkedHashMap<>()).computeIfAbsent(row, k -> new Row(name)).cells.put(column, text);
        return this;
    }

    TestReport row(TableKind kind, String key, String name, String... columnsAndValues) {
        Row row = tables.computeIfAbsent(kind, k -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new Row(name));
        for (int i = 0; i < columnsAndValues.length; i += 2) row.cells.put(columnsAndValues[i], columnsAndValues[i + 1]);
        return this;
    }

    /** Renames a row, keeping its cells and position. */
    TestReport rename(TableKind kind, String key, String name) {
        Map<String, Row> rows = tables.get(kind);
        Map<String, Row> copy = new LinkedHashMap<>();
        rows.forEach((k, row) -> {
            Row r = k.equals(key) ? new Row(name) : row;
            r.cells.putAll(row.cells);
            copy.put(k, r);
        });
        tables.put(kind, copy);
        return this;
    }

    TestReport removeRow(TableKind kind, String key) {
        tables.get(kind).remove(key);
        return this;
    }

    TestReport removeTable(TableKind kind) {
        tables.remove(kind);
        return this;
    }

    TestReport emptyStatement(TableKind kind, String text) {
        emptyStatements.put(kind, text);
        return this;
    }

    TestReport unitLabel(TableKind kind, String label) {
        unitLabels.put(kind, label);
        return this;
    }

    private TestReport detail(String key, String name, String amount) {
        return cell(DETAIL, key, name, "amount", amount);
    }

    /** Sets a named figure: unit.*, activity.*, procurement.*, assets.vehiclesTotal, baseData.* (as in FigureRef). */
    TestReport set(String path, String value) {
        named.put(path, value);
        return this;
    }

    TestReport baseRow(String key, String currentActual) {
        baseRows.get(key)[1] = currentActual;
        return this;
    }

    Report build() {
        List<StatementTable> built = new ArrayList<>();
        tables.forEach((kind, rows) -> {
            List<TableRow> list = new ArrayList<>();
            rows.forEach((key, row) -> {
                Map<String, Figure> cells = new LinkedHashMap<>();
                row.cells.forEach((c, v) -> cells.put(c, Figure.of(v)));
                list.add(new TableRow(key, row.name, cells, null));
            });
            built.add(new StatementTable(kind, number(kind), null, unitLabels.get(kind), list, List.of(), emptyStatements.get(kind), null));
        });
        Map<String, Figure> byUse = new LinkedHashMap<>();
        vehiclesByUse.forEach((k, v) -> byUse.put(k, Figure.of(v)));
        Disclosures disclosures = new Disclosures(
                new ThreePublicActivity(f("activity.abroadGroups"), f("activity.abroadPersons"), f("activity.receptionGroups"),
                        f("activity.receptionPersons"), f("activity.vehiclesPurchased"), f("activity.vehiclesHeld")),
                null, null,
                new Procurement(f("procurement.total"), f("procurement.goods"), f("procurement.works"), f("procurement.services"),
                        f("procurement.smeAmount"), f("procurement.smeShare"), f("procurement.smallMicroAmount"), f("procurement.smallMicroShare")),
                new Assets(f("assets.vehiclesTotal"), byUse, null, null));
        UnitProfile unit = new UnitProfile("测试单位", null, List.of(), offices, f("unit.internalOfficeCount"), List.of(), f("unit.establishment"),
                f("unit.staffTotal"), f("unit.staffActive"), f("unit.staffRetiredCadres"), f("unit.staffRetired"));
        List<BaseDataRow> rows = new ArrayList<>();
        baseRows.forEach((k, v) -> rows.add(new BaseDataRow(k, v[0], null, null, fig(v[1]), null)));
        BaseDataSheet base = new BaseDataSheet(f("baseData.establishment"), f("baseData.activeStaff"), f("baseData.controlRate"), rows,
                null, null, null, null, null, null, null);
        return new Report(Report.FORMAT_VERSION,
                new ReportHeader("测试单位", null, 2021, "测试区", List.of(DocumentKind.FINAL_ACCOUNTS, DocumentKind.SELF_EVALUATION)), null, unit,
                new FinalAccounts(built, disclosures), new SelfEvaluation(sheets.stream().map(Sheet::build).toList(), base), List.of());
    }

    private Figure f(String path) {
        return fig(named.get(path));
    }

    static Figure fig(String text) {
        return text == null ? null : Figure.of(text);
    }

    private static String number(TableKind kind) {
        return "公开0" + (kind.ordinal() + 1) + "表";
    }
}
