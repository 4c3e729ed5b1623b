package org.jixiao.server.reportpage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.server.editing.RowLists;

/**
 * The report page's grids, built from the canonical report JSON (docs/report-format.md): the nine 公开 tables
 * with the columns of their kind, each 自评表 (header, funds, section weights, indicators, totals), the 基础数据表,
 * the unit profile and the disclosures as label/value grids, and the narrative paragraphs. Every cell carries
 * the JSON pointer the editor sends back as a {@code CellEdit}, its text and where it came from ({@code at}).
 *
 * <p>The grids of the editing package's row lists ({@link RowLists}: the code rows of a public table, a 自评表's
 * indicators, the 基础数据表's rows) say so ({@code rowList}, the array's pointer): their rows are numbered, a table's
 * code and name are cells of their own, each column names its field in the row (for the new rows the editor
 * makes), and each row says whether it may be removed and whether a row may be inserted below it.
 */
final class ReportGrids {

    /**
     * A column: its key in the JSON and its Chinese heading; in a row list also its field relative to the row
     * ({@code cells/total}, {@code level1}), whether it is numeric, and whether a new row copies it from the row above.
     */
    record Column(String key, String label, String field, boolean numeric, boolean copied) {
        Column(String key, String label) {
            this(key, label, key, false, false);
        }
    }

    /** One input: pointer, text as stated, source description (title), numeric or text; {@code locked}: never editable. */
    record Cell(String pointer, String value, String source, boolean numeric, boolean locked) {
        Cell(String pointer, String value, String source, boolean numeric) {
            this(pointer, value, source, numeric, false);
        }
    }

    /** A row: label (a row list's row number), pointer, cells; in a row list whether it may go and take a row below. */
    record Row(String label, String pointer, List<Cell> cells, boolean removable, boolean insertBelow) {
        Row(String label, String pointer, List<Cell> cells) {
            this(label, pointer, cells, false, false);
        }
    }

    /**
     * One grid: its id (HTML), title, columns and rows; {@code note} is e.g. the empty-table statement;
     * {@code rowList} the pointer of the row list it shows (null for fixed grids), {@code insertTop} whether a row
     * may be inserted before the first.
     */
    record Grid(String id, String title, String note, List<Column> columns, List<Row> rows, String rowList, boolean insertTop) {
        Grid(String id, String title, String note, List<Column> columns, List<Row> rows) {
            this(id, title, note, columns, rows, null, false);
        }
    }

    /** A group of grids under one heading (决算公开表, 绩效自评表, 基础数据, 其他数据). */
    record Section(String id, String title, List<Grid> grids) {}

    /**
     * A narrative section: its pointer ({@code /narrative/4}: the editor shows the sentences drafted for it beside it),
     * its title as printed (numbering + heading), the heading and the paragraphs as cells.
     */
    record Narrative(String pointer, String title, Cell heading, String part, List<Cell> paragraphs) {}

    private static final Map<String, List<Column>> TABLE_COLUMNS = Map.of(
            "INCOME_EXPENDITURE_SUMMARY", cols("amount", "决算数", "prior", "上年决算数", "initialBudget", "年初预算数"),
            "INCOME", cols("total", "本年收入合计", "fiscal", "财政拨款收入", "superior-subsidy", "上级补助收入", "business", "事业收入",
                    "operating", "经营收入", "affiliated", "附属单位上缴收入", "other", "其他收入"),
            "EXPENDITURE", cols("total", "本年支出合计", "basic", "基本支出", "project", "项目支出", "to-superior", "上缴上级支出",
                    "operating", "经营支出", "to-affiliated", "对附属单位补助支出"),
            "FISCAL_SUMMARY", cols("amount", "收入决算数", "total", "支出合计", "general-budget", "一般公共预算财政拨款", "government-fund",
                    "政府性基金预算财政拨款", "state-capital", "国有资本经营预算财政拨款"),
            "GENERAL_BUDGET_EXPENDITURE", cols("total", "小计", "basic", "基本支出", "project", "项目支出", "initialBudget", "年初预算数",
                    "prior", "上年决算数"),
            "BASIC_EXPENDITURE_DETAIL", cols("amount", "决算数"),
            "THREE_PUBLIC_COSTS", cols("budget", "预算数", "actual", "决算数", "prior", "上年决算数"),
            "GOVERNMENT_FUND", cols("opening-balance", "年初结转和结余", "income", "本年收入", "expenditure", "本年支出小计", "basic", "基本支出",
                    "project", "项目支出", "closing-balance", "年末结转和结余"),
            "STATE_CAPITAL", cols("total", "合计", "basic", "基本支出", "project", "项目支出"));

    /** Columns shown only when some row states them; 上年决算数 also whenever the report can be edited (to carry it over or type it). */
    private static final List<String> OPTIONAL = List.of("prior", "initialBudget");

    private static final List<Column> FUND_COLUMNS = cols("initialBudget", "年初预算数", "fullYearBudget", "全年预算数", "executed", "全年执行数");
    private static final List<Column> INDICATOR_COLUMNS = List.of(new Column("level1", "一级指标", "level1", false, true),
            new Column("level2", "二级指标", "level2", false, true), new Column("name", "三级指标"), new Column("target", "年度指标值"),
            new Column("actual", "实际完成值"), new Column("weight", "分值", "weight", true, false), new Column("score", "得分", "score", true, false),
            new Column("deviationReason", "偏差原因分析及改进措施"));
    private static final List<Column> BASE_COLUMNS = List.of(new Column("label", "项目"), new Column("priorActual", "上年决算", "priorActual", true, false),
            new Column("currentBudget", "本年预算", "currentBudget", true, false), new Column("currentActual", "本年决算", "currentActual", true, false));
    private static final List<Column> VALUE = cols("value", "填报值");

    private ReportGrids() {
    }

    static List<Section> sections(JsonNode report) {
        return sections(report, false);
    }

    /** The grids; {@code editable} also shows the 上年决算数 column of the tables that have one while no row states it. */
    static List<Section> sections(JsonNode report, boolean editable) {
        List<Section> out = new ArrayList<>();
        List<Grid> tables = tables(report, editable);
        if (!tables.isEmpty()) out.add(new Section("tables", "部门决算公开表", tables));
        List<Grid> sheets = sheets(report);
        if (!sheets.isEmpty()) out.add(new Section("sheets", "绩效自评表", sheets));
        if (report.at("/selfEvaluation/baseData").isObject()) out.add(new Section("base", "基础数据表", baseData(report)));
        out.add(new Section("other", "单位概况与其他公开数据", other(report)));
        return out;
    }

    static List<Grid> tables(JsonNode report) {
        return tables(report, false);
    }

    static List<Grid> tables(JsonNode report, boolean editable) {
        List<Grid> grids = new ArrayList<>();
        JsonNode tables = report.at("/finalAccounts/tables");
        for (int t = 0; t < tables.size(); t++) {
            JsonNode table = tables.get(t);
            String tp = "/finalAccounts/tables/" + t;
            JsonNode rows = table.path("rows");
            List<Column> columns = new ArrayList<>();
            for (Column c : TABLE_COLUMNS.getOrDefault(table.path("kind").asText(), List.of())) {
                if (!OPTIONAL.contains(c.key()) || anyRowHas(rows, c.key()) || (editable && c.key().equals("prior") && rows.size() > 0)) columns.add(c);
            }
            for (int r = 0; r < rows.size(); r++) {
                for (Iterator<String> it = rows.get(r).path("cells").fieldNames(); it.hasNext(); ) {
                    String key = it.next();
                    if (columns.stream().noneMatch(c -> c.key().equals(key))) columns.add(new Column(key, key));
                }
            }
            String listPointer = tp + "/rows";
            RowLists.Kind list = RowLists.kind(report, listPointer);
            List<Row> out = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                JsonNode row = rows.get(r);
                String rp = tp + "/rows/" + r;
                List<Cell> cells = new ArrayList<>();
                String key = row.path("key").asText();
                String name = row.path("name").asText("");
                if (list != null) {
                    // The code and name of a code row are cells (a new row is filled in there); a named row's code is not shown.
                    cells.add(isCode(key) || key.isBlank() ? new Cell(rp + "/key", key, source(row.path("at")), false) : null);
                    cells.add(new Cell(rp + "/name", name, source(row.path("at")), false));
                }
                for (Column c : columns) {
                    cells.add(row.path("cells").isObject() ? cell(row.path("cells").get(c.key()), rp + "/cells/" + escape(c.key()), row.path("at"), true) : null);
                }
                out.add(list == null ? new Row(isCode(key) ? key + " " + name : name.isEmpty() ? key : name, rp, cells)
                        : new Row(String.valueOf(r + 1), rp, cells, RowLists.removable(list, row), RowLists.insertableBelow(list, row)));
            }
            String title = (table.path("number").asText("") + " " + table.path("title").asText("")).strip();
            title = title.isEmpty() ? table.path("kind").asText() : title;
            String note = table.path("emptyStatement").asText(null);
            if (list == null) {
                grids.add(new Grid("table-" + t, title, note, columns, out));
            } else {
                List<Column> all = new ArrayList<>(List.of(new Column("key", "科目编码", "key", false, false),
                        new Column("name", "科目名称", "name", false, false)));
                for (Column c : columns) all.add(new Column(c.key(), c.label(), "cells/" + escape(c.key()), true, false));
                grids.add(new Grid("table-" + t, title, note, all, out, listPointer, RowLists.insertableAtTop(list)));
            }
        }
        return grids;
    }

    static List<Grid> sheets(JsonNode report) {
        List<Grid> grids = new ArrayList<>();
        JsonNode sheets = report.at("/selfEvaluation/sheets");
        for (int s = 0; s < sheets.size(); s++) {
            JsonNode sheet = sheets.get(s);
            String sp = "/selfEvaluation/sheets/" + s;
            boolean whole = "WHOLE".equals(sheet.path("kind").asText());
            String label = whole ? "整体支出绩效自评表" : "项目支出绩效自评表（" + sheet.path("projectName").asText("") + "）";
            List<Row> head = new ArrayList<>();
            field(head, "表名", sheet, "title", sp, false);
            if (!whole) {
                field(head, "项目名称", sheet, "projectName", sp, false);
                field(head, "子项目", sheet, "subProject", sp, false);
            }
            field(head, "项目总投资", sheet, "totalInvestment", sp, true);
            field(head, "财政投入", sheet, "fiscalInvestment", sp, true);
            field(head, "年度目标（预期）", sheet, "goalExpected", sp, false);
            field(head, "年度目标（实际完成）", sheet, "goalAchieved", sp, false);
            grids.add(new Grid("sheet-" + s + "-head", label, null, VALUE, head));

            JsonNode funds = sheet.path("funds");
            if (funds.isObject()) {
                List<Column> columns = new ArrayList<>(FUND_COLUMNS);
                List<Row> rows = new ArrayList<>();
                JsonNode fr = funds.path("rows");
                for (int f = 0; f < fr.size(); f++) {
                    JsonNode row = fr.get(f);
                    String rp = sp + "/funds/rows/" + f;
                    List<Cell> cells = new ArrayList<>();
                    for (Column c : columns) cells.add(cell(row.get(c.key()), rp + "/" + c.key(), row.path("at"), true));
                    rows.add(new Row(row.path("label").asText(row.path("key").asText()), rp, cells));
                }
                List<Row> summary = new ArrayList<>();
                field(summary, "分值", funds, "weight", sp + "/funds", true);
                field(summary, "执行率", funds, "executionRate", sp + "/funds", true);
                field(summary, "得分", funds, "score", sp + "/funds", true);
                grids.add(new Grid("sheet-" + s + "-funds", label + " · 资金情况（万元）", null, columns, rows));
                grids.add(new Grid("sheet-" + s + "-funds-score", label + " · 预算执行", null, VALUE, summary));
            }
            JsonNode weights = sheet.path("sectionWeights");
            if (weights.size() > 0) {
                List<Row> rows = new ArrayList<>();
                for (int w = 0; w < weights.size(); w++) {
                    JsonNode sw = weights.get(w);
                    rows.add(new Row(sw.path("level1").asText(), sp + "/sectionWeights/" + w,
                            List.of(cell(sw.get("weight"), sp + "/sectionWeights/" + w + "/weight", sheet.path("at"), true))));
                }
                grids.add(new Grid("sheet-" + s + "-weights", label + " · 一级指标分值", null, cols("weight", "分值"), rows));
            }
            JsonNode indicators = sheet.path("indicators");
            String listPointer = sp + "/indicators";
            RowLists.Kind list = RowLists.kind(report, listPointer);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < indicators.size(); i++) {
                JsonNode ind = indicators.get(i);
                String ip = sp + "/indicators/" + i;
                List<Cell> cells = new ArrayList<>();
                for (Column c : INDICATOR_COLUMNS) cells.add(cell(ind.get(c.key()), ip + "/" + c.key(), ind.path("at"), c.numeric()));
                rows.add(list == null ? new Row(String.valueOf(i + 1), ip, cells)
                        : new Row(String.valueOf(i + 1), ip, cells, RowLists.removable(list, ind), RowLists.insertableBelow(list, ind)));
            }
            grids.add(list == null ? new Grid("sheet-" + s + "-indicators", label + " · 绩效指标", null, INDICATOR_COLUMNS, rows)
                    : new Grid("sheet-" + s + "-indicators", label + " · 绩效指标", null, INDICATOR_COLUMNS, rows, listPointer,
                            RowLists.insertableAtTop(list)));
            List<Row> totals = new ArrayList<>();
            field(totals, "总分值", sheet, "totalWeight", sp, true);
            field(totals, "总得分", sheet, "totalScore", sp, true);
            field(totals, "评价等级", sheet, "grade", sp, false);
            grids.add(new Grid("sheet-" + s + "-totals", label + " · 总分", null, VALUE, totals));
        }
        return grids;
    }

    /**
     * The 基础数据表 as two grids: its 经费控制 rows (a row list: the label of a 项目支出 item is a cell, the other
     * labels are shown locked) and its single figures (人员, 楼堂馆所, 厉行节约).
     */
    static List<Grid> baseData(JsonNode report) {
        JsonNode base = report.at("/selfEvaluation/baseData");
        String bp = "/selfEvaluation/baseData";
        List<Grid> grids = new ArrayList<>();
        JsonNode br = base.path("rows");
        RowLists.Kind list = RowLists.kind(report, bp + "/rows");
        if (br.size() > 0 && list != null) {
            List<Row> items = new ArrayList<>();
            for (int r = 0; r < br.size(); r++) {
                JsonNode row = br.get(r);
                String rp = bp + "/rows/" + r;
                List<Cell> cells = new ArrayList<>();
                String label = row.path("label").asText(row.path("key").asText());
                boolean item = RowLists.removable(list, row);
                cells.add(new Cell(rp + "/label", label, source(row.path("at")), false, !item));
                for (Column c : BASE_COLUMNS.subList(1, BASE_COLUMNS.size())) {
                    cells.add(cell(row.get(c.key()), rp + "/" + c.key(), row.path("at"), true));
                }
                items.add(new Row(String.valueOf(r + 1), rp, cells, item, RowLists.insertableBelow(list, row)));
            }
            grids.add(new Grid("base-data", "基础数据表 · 经费控制（万元）", null, BASE_COLUMNS, items, bp + "/rows", RowLists.insertableAtTop(list)));
        }
        List<Row> rows = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("establishment", "编制数");
        fields.put("activeStaff", "实际在职人数");
        fields.put("controlRate", "控制率");
        fields.put("buildingApprovedScale", "楼堂馆所批复规模");
        fields.put("buildingActualScale", "楼堂馆所实际规模");
        fields.put("buildingScaleControlRate", "规模控制率");
        fields.put("buildingBudgetInvestment", "预算投资");
        fields.put("buildingActualInvestment", "实际投资");
        fields.put("buildingInvestmentControlRate", "投资控制率");
        fields.put("savingMeasures", "厉行节约保障措施");
        fields.forEach((field, label) -> field(rows, label, base, field, bp, !field.equals("savingMeasures")));
        grids.add(new Grid("base-data-fields", "基础数据表 · 人员、楼堂馆所与厉行节约", null, VALUE, rows));
        return grids;
    }

    static List<Grid> other(JsonNode report) {
        List<Grid> grids = new ArrayList<>();
        JsonNode unit = report.path("unit");
        List<Row> profile = new ArrayList<>();
        Map<String, String> unitFields = new LinkedHashMap<>();
        unitFields.put("nature", "单位性质");
        unitFields.put("internalOfficeCount", "内设科室数");
        unitFields.put("establishment", "编制数");
        unitFields.put("staffTotal", "实有人数");
        unitFields.put("staffActive", "在职人员");
        unitFields.put("staffRetiredCadres", "离休人员");
        unitFields.put("staffRetired", "退休人员");
        if (unit.isObject()) {
            unitFields.forEach((f, label) -> field(profile, label, unit, f, "/unit", !f.equals("nature")));
            grids.add(new Grid("unit", "单位概况", null, VALUE, profile));
        }
        String dp = "/finalAccounts/disclosures";
        JsonNode d = report.at(dp);
        if (d.isObject()) {
            grids.add(named(d, dp, "threePublicActivity", "“三公”经费活动情况", "abroadGroups", "因公出国（境）团组数", "abroadPersons", "因公出国（境）人次",
                    "receptionGroups", "公务接待批次", "receptionPersons", "公务接待人次", "vehiclesPurchased", "购置公务用车（辆）",
                    "vehiclesHeld", "公务用车保有量（辆）"));
            grids.add(named(d, dp, "operatingFunds", "机关运行经费", "amount", "机关运行经费（万元）", "priorYear", "上年（万元）", "change", "增减（万元）",
                    "changePercent", "增减比例"));
            grids.add(named(d, dp, "generalExpenses", "会议费与培训费", "meetings", "会议费（万元）", "meetingCount", "会议次数", "training", "培训费（万元）",
                    "trainingCount", "培训次数"));
            grids.add(named(d, dp, "procurement", "政府采购", "total", "政府采购支出总额", "goods", "货物", "works", "工程", "services", "服务",
                    "smeAmount", "授予中小企业合同金额", "smeShare", "中小企业占比", "smallMicroAmount", "授予小微企业合同金额", "smallMicroShare", "小微企业占比"));
            Grid assets = named(d, dp, "assets", "国有资产占用", "vehiclesTotal", "车辆总数", "generalEquipmentOver50", "单价50万元以上通用设备",
                    "specialEquipmentOver100", "单价100万元以上专用设备");
            List<Row> rows = new ArrayList<>(assets.rows());
            Map<String, String> uses = Map.of("leaders", "领导干部用车", "confidential", "机要通信用车", "emergency", "应急保障用车",
                    "law-enforcement", "执法执勤用车", "special", "特种专业技术用车", "other", "其他用车");
            if (d.path("assets").isObject()) {
                for (String use : List.of("leaders", "confidential", "emergency", "law-enforcement", "special", "other")) {
                    JsonNode byUse = d.path("assets").path("vehiclesByUse");
                    if (byUse.isObject()) rows.add(new Row(uses.get(use), null,
                            List.of(cell(byUse.get(use), dp + "/assets/vehiclesByUse/" + use, null, true))));
                }
            }
            grids.add(new Grid(assets.id(), assets.title(), null, VALUE, rows));
        }
        grids.removeIf(g -> g.rows().isEmpty());
        return grids;
    }

    static List<Narrative> narrative(JsonNode report) {
        List<Narrative> out = new ArrayList<>();
        JsonNode sections = report.path("narrative");
        for (int s = 0; s < sections.size(); s++) {
            JsonNode sec = sections.get(s);
            String np = "/narrative/" + s;
            List<Cell> paragraphs = new ArrayList<>();
            JsonNode ps = sec.path("paragraphs");
            for (int p = 0; p < ps.size(); p++) {
                paragraphs.add(new Cell(np + "/paragraphs/" + p + "/text", ps.get(p).path("text").asText(), source(ps.get(p).path("at")), false));
            }
            String title = (sec.path("numbering").asText("") + sec.path("heading").asText("")).strip();
            Cell heading = sec.has("heading") ? new Cell(np + "/heading", sec.get("heading").asText(), source(sec.path("at")), false) : null;
            out.add(new Narrative(np, title.isEmpty() ? "（无标题）" : title, heading, sec.path("part").asText(), paragraphs));
        }
        return out;
    }

    /** A label/value grid of the object {@code parent/part}; a grid without rows when it is absent. */
    private static Grid named(JsonNode parent, String pp, String part, String title, String... keysAndLabels) {
        List<Row> rows = new ArrayList<>();
        JsonNode object = parent.path(part);
        if (object.isObject()) {
            for (int i = 0; i < keysAndLabels.length; i += 2) field(rows, keysAndLabels[i + 1], object, keysAndLabels[i], pp + "/" + part, true);
        }
        return new Grid("disclosure-" + part, title, null, VALUE, rows);
    }

    private static void field(List<Row> rows, String label, JsonNode parent, String field, String parentPointer, boolean numeric) {
        rows.add(new Row(label, parentPointer + "/" + field, List.of(cell(parent.get(field), parentPointer + "/" + field, null, numeric))));
    }

    /** A cell from a figure (string or {text, at}); absent figures give an empty cell at the same pointer. */
    private static Cell cell(JsonNode figure, String pointer, JsonNode rowAt, boolean numeric) {
        String value = figure == null || figure.isNull() ? "" : figure.isObject() ? figure.path("text").asText() : figure.asText();
        JsonNode at = figure != null && figure.isObject() && figure.has("at") ? figure.get("at") : rowAt;
        return new Cell(pointer, value, source(at), numeric);
    }

    /** "来源：第12行" etc. from an {@code at} object, or null. */
    static String source(JsonNode at) {
        if (at == null || !at.isObject() || at.isEmpty()) return null;
        List<String> parts = new ArrayList<>();
        if (at.has("file")) parts.add(at.get("file").asText());
        if (at.has("page")) parts.add("第" + at.get("page").asText() + "页");
        if (at.has("paragraph")) parts.add("第" + at.get("paragraph").asText() + "段");
        if (at.has("line")) parts.add("第" + at.get("line").asText() + "行");
        if (at.has("table")) parts.add("表" + at.get("table").asText());
        if (at.has("cell")) parts.add("单元格 " + at.get("cell").asText());
        return parts.isEmpty() ? null : "来源：" + String.join("，", parts);
    }

    private static boolean anyRowHas(JsonNode rows, String column) {
        for (JsonNode row : rows) if (row.path("cells").has(column)) return true;
        return false;
    }

    private static boolean isCode(String key) {
        if (key.length() != 3 && key.length() != 5 && key.length() != 7) return false;
        for (int i = 0; i < key.length(); i++) if (key.charAt(i) < '0' || key.charAt(i) > '9') return false;
        return true;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static List<Column> cols(String... keysAndLabels) {
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < keysAndLabels.length; i += 2) out.add(new Column(keysAndLabels[i], keysAndLabels[i + 1]));
        return List.copyOf(out);
    }
}
