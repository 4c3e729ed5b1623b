package org.jixiao.server.checking;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.accounts.FigureRef;
import org.jixiao.rules.Finding;
import org.jixiao.rules.Location;

/**
 * Where a finding is in the report JSON: maps a core {@link Location} (part, table, row, column, or section for
 * named figures) to the JSON pointer of the cell the editor shows, e.g. {@code 公开03表 合计 项目支出} →
 * {@code /finalAccounts/tables/2/rows/0/cells/project}. The index is built from the report tree with the same
 * labels the rules print (table number, {@code code name} or name of a row, Chinese column label; a 自评表's
 * label, a fund row's label, an indicator's name), so a location maps back only when it names exactly one
 * place; otherwise the pointer is null and the page shows the location as text. A location naming a whole row,
 * table or sheet maps to that row, table or sheet (the editor highlights every cell under it). The index is of the
 * tree as given, so after the editor inserts or removes rows it names the rows where they are now; a row without a
 * code or name yet (just inserted) names nothing.
 */
public final class FindingPointers {

    private static final Map<String, String> INDICATOR_COLUMNS = Map.of("一级指标", "level1", "二级指标", "level2", "三级指标", "name",
            "年度指标值", "target", "实际完成值", "actual", "分值", "weight", "得分", "score", "偏差原因分析及改进措施", "deviationReason");
    private static final Map<String, String> FUND_COLUMNS = Map.of("年初预算数", "initialBudget", "全年预算数", "fullYearBudget",
            "全年执行数", "executed");
    private static final Map<String, String> UNIT = Map.of("实有人数", "staffTotal", "在职人员", "staffActive", "离休人员", "staffRetiredCadres",
            "退休人员", "staffRetired", "编制数", "establishment", "内设科室数", "internalOfficeCount");
    private static final Map<String, String> PROCUREMENT = Map.of("政府采购支出总额", "total", "货物支出", "goods", "工程支出", "works",
            "服务支出", "services", "授予中小企业合同金额", "smeAmount", "中小企业占比", "smeShare", "授予小微企业合同金额", "smallMicroAmount",
            "小微企业占比", "smallMicroShare");
    private static final Map<String, String> ACTIVITY = Map.of("出国团组", "abroadGroups", "出国人次", "abroadPersons", "接待团组",
            "receptionGroups", "接待人次", "receptionPersons", "更新公务用车", "vehiclesPurchased", "公务用车保有量", "vehiclesHeld");
    private static final Map<String, String> BASE = Map.of("编制数", "establishment", "实际在职人数", "activeStaff", "控制率", "controlRate");

    /** "table|row|column" (row or column may be empty) → pointer; ambiguous keys map to null. */
    private final Map<String, String> places = new HashMap<>();
    private final JsonNode report;
    /** When not null, the pointers of some locations only (see {@link #only}); the index above is then empty. */
    private final Map<Location, String> resolved;
    /**
     * When not null, the index holds only the places under these table, sheet or {@code @part} labels, and under
     * a table only the rows in {@link #rowsWanted} ({@code key(table, row, "")}): every place a label names is
     * still indexed, so a label naming two places is still ambiguous.
     */
    private final Set<String> labelsWanted;
    private final Set<String> rowsWanted;

    private FindingPointers(JsonNode report, Map<Location, String> resolved, Set<String> labelsWanted, Set<String> rowsWanted) {
        this.report = report;
        this.resolved = resolved;
        this.labelsWanted = labelsWanted;
        this.rowsWanted = rowsWanted;
    }

    /** The index of one report tree (the canonical JSON of docs/report-format.md). */
    public static FindingPointers of(JsonNode report) {
        return indexed(new FindingPointers(report, null, null, null));
    }

    /**
     * The pointers of these findings' places in the report tree: {@code of(report).only(findings)}, but indexing only
     * the tables, rows and sheets the findings name (a check has a few findings; a report has thousands of cells).
     */
    public static FindingPointers of(JsonNode report, List<Finding> findings) {
        Set<String> labels = new HashSet<>();
        Set<String> rows = new HashSet<>();
        for (Finding f : findings) {
            Location l = f.location();
            if (l == null) continue;
            if (l.table() != null) {
                labels.add(l.table());
                rows.add(key(l.table(), l.row() == null ? "" : l.row(), ""));
            } else if (l.part() != null) {
                labels.add("@" + l.part());
            }
        }
        return indexed(new FindingPointers(report, null, labels, rows)).only(findings);
    }

    private static FindingPointers indexed(FindingPointers p) {
        p.indexTables();
        p.indexSheets();
        p.indexNamed();
        return p;
    }

    private boolean wants(String label) {
        return labelsWanted == null || labelsWanted.contains(label);
    }

    private boolean wantsRow(String table, String row) {
        return rowsWanted == null || rowsWanted.contains(key(table, row, ""));
    }

    /**
     * The pointers of these findings' places only, without the index or the tree: what is kept with a remembered
     * check (the index of every cell of a report is large, and a server keeps hundreds of checks).
     */
    public FindingPointers only(List<Finding> findings) {
        Map<Location, String> pointers = new HashMap<>();
        for (Finding f : findings) pointers.put(f.location(), pointer(f.location()));
        return new FindingPointers(null, pointers, null, null);
    }

    /** The pointer of the place a location names, or null when it names no single cell, row, table or sheet. */
    public String pointer(Location location) {
        if (resolved != null) return resolved.get(location);
        if (location == null) return null;
        if (location.table() != null) {
            String row = location.row() == null ? "" : location.row();
            String column = location.column() == null ? "" : location.column();
            return places.get(key(location.table(), row, column));
        }
        if (location.sentence() != null) return narrative(location.section(), location.sentence());
        if (location.part() != null && location.section() != null) return places.get(key("@" + location.part(), location.section(), ""));
        return null;
    }

    private void indexTables() {
        JsonNode tables = report.at("/finalAccounts/tables");
        for (int t = 0; t < tables.size(); t++) {
            JsonNode table = tables.get(t);
            String tablePointer = "/finalAccounts/tables/" + t;
            String label = tableLabel(table);
            if (!wants(label)) continue;
            put(key(label, "", ""), tablePointer);
            JsonNode rows = table.path("rows");
            for (int r = 0; r < rows.size(); r++) {
                JsonNode row = rows.get(r);
                String rowPointer = tablePointer + "/rows/" + r;
                String rowLabel = rowLabel(row);
                if (rowLabel.isBlank()) continue; // a row just inserted in the editor: no rule names it, and "" is the table's own key
                if (!wantsRow(label, rowLabel)) continue;
                put(key(label, rowLabel, ""), rowPointer);
                for (Iterator<String> it = row.path("cells").fieldNames(); it.hasNext(); ) {
                    String column = it.next();
                    put(key(label, rowLabel, FigureRef.columnLabel(column)), rowPointer + "/cells/" + escape(column));
                }
            }
        }
    }

    private void indexSheets() {
        JsonNode sheets = report.at("/selfEvaluation/sheets");
        for (int s = 0; s < sheets.size(); s++) {
            JsonNode sheet = sheets.get(s);
            String sp = "/selfEvaluation/sheets/" + s;
            String label = "WHOLE".equals(sheet.path("kind").asText()) ? "整体支出绩效自评表"
                    : "项目支出绩效自评表（" + (sheet.hasNonNull("projectName") ? sheet.get("projectName").asText() : "null") + "）";
            if (!wants(label) && !wants("@" + label) && !wants("@整体支出绩效自评表")) continue;
            put(key(label, "", ""), sp);
            put(key(label, "资金情况", ""), sp + "/funds");
            put(key(label, "资金情况", "分值"), sp + "/funds/weight");
            put(key(label, "资金情况", "执行率"), sp + "/funds/executionRate");
            put(key(label, "资金情况", "得分"), sp + "/funds/score");
            put(key(label, "总分", "分值"), sp + "/totalWeight");
            put(key(label, "总分", "得分"), sp + "/totalScore");
            put(key(label, "总分", "等级"), sp + "/grade");
            put(key(label, "绩效指标", ""), sp + "/indicators");
            JsonNode funds = sheet.path("funds").path("rows");
            for (int f = 0; f < funds.size(); f++) {
                JsonNode row = funds.get(f);
                String rowLabel = row.hasNonNull("label") ? row.get("label").asText() : row.path("key").asText();
                String fp = sp + "/funds/rows/" + f;
                put(key(label, rowLabel, ""), fp);
                FUND_COLUMNS.forEach((text, field) -> put(key(label, rowLabel, text), fp + "/" + field));
                String fundKey = row.path("key").asText();
                for (String field : FUND_COLUMNS.values()) {
                    if (s == firstWhole(sheets)) put(key("@整体支出绩效自评表", "资金情况 " + fundKey + " " + field, ""), fp + "/" + field);
                }
                if ("total".equals(fundKey)) put(key("@" + label, "全年执行数", ""), fp + "/executed");
            }
            JsonNode sections = sheet.path("sectionWeights");
            for (int w = 0; w < sections.size(); w++) {
                put(key(label, sections.get(w).path("level1").asText(), "分值"), sp + "/sectionWeights/" + w + "/weight");
            }
            JsonNode indicators = sheet.path("indicators");
            for (int i = 0; i < indicators.size(); i++) {
                String name = indicators.get(i).path("name").asText();
                if (name.isBlank()) continue; // a new indicator not yet named: "" would be the sheet's own key
                String ip = sp + "/indicators/" + i;
                put(key(label, name, ""), ip);
                INDICATOR_COLUMNS.forEach((text, field) -> put(key(label, name, text), ip + "/" + field));
            }
        }
    }

    private static int firstWhole(JsonNode sheets) {
        for (int s = 0; s < sheets.size(); s++) if ("WHOLE".equals(sheets.get(s).path("kind").asText())) return s;
        return -1;
    }

    private void indexNamed() {
        if (labelsWanted != null && labelsWanted.stream().noneMatch(l -> l.startsWith("@"))) return;
        UNIT.forEach((label, field) -> put(key("@单位概况", label, ""), "/unit/" + field));
        PROCUREMENT.forEach((label, field) -> put(key("@政府采购", label, ""), "/finalAccounts/disclosures/procurement/" + field));
        ACTIVITY.forEach((label, field) -> put(key("@三公经费说明", label, ""), "/finalAccounts/disclosures/threePublicActivity/" + field));
        put(key("@国有资产占用", "车辆总数", ""), "/finalAccounts/disclosures/assets/vehiclesTotal");
        for (Iterator<String> it = report.at("/finalAccounts/disclosures/assets/vehiclesByUse").fieldNames(); it.hasNext(); ) {
            String use = it.next();
            put(key("@国有资产占用", "车辆（" + use + "）", ""), "/finalAccounts/disclosures/assets/vehiclesByUse/" + escape(use));
        }
        BASE.forEach((label, field) -> put(key("@基础数据表", label, ""), "/selfEvaluation/baseData/" + field));
        JsonNode rows = report.at("/selfEvaluation/baseData/rows");
        for (int r = 0; r < rows.size(); r++) {
            JsonNode row = rows.get(r);
            String label = row.hasNonNull("label") ? row.get("label").asText() : row.path("key").asText();
            for (String column : new String[] {"priorActual", "currentBudget", "currentActual"}) {
                put(key("@基础数据表", label + " " + column, ""), "/selfEvaluation/baseData/rows/" + r + "/" + column);
            }
        }
    }

    /** The paragraph (or heading) that contains the sentence, in the section with that heading if one is named. */
    private String narrative(String section, String sentence) {
        JsonNode sections = report.path("narrative");
        String needle = sentence.endsWith("…") ? sentence.substring(0, sentence.length() - 1) : sentence;
        for (int s = 0; s < sections.size(); s++) {
            JsonNode sec = sections.get(s);
            if (section != null && !section.equals(sec.path("heading").asText(null))) continue;
            if (sec.path("heading").asText().contains(needle)) return "/narrative/" + s + "/heading";
            JsonNode paragraphs = sec.path("paragraphs");
            for (int p = 0; p < paragraphs.size(); p++) {
                if (paragraphs.get(p).path("text").asText().contains(needle)) return "/narrative/" + s + "/paragraphs/" + p + "/text";
            }
        }
        return null;
    }

    /**
     * Indexes a place whose parent exists (a blank indicator field is still a cell of the grid); a label used for
     * two places maps to null (ambiguous: the page shows the location as text).
     */
    private void put(String key, String pointer) {
        JsonPointer path = JsonPointer.compile(pointer);
        if (report.at(path.head()).isMissingNode()) return;
        if (places.containsKey(key) && !pointer.equals(places.get(key))) places.put(key, null);
        else places.put(key, pointer);
    }

    private static String key(String table, String row, String column) {
        return table + "\u0001" + row + "\u0001" + column;
    }

    static String tableLabel(JsonNode table) {
        if (table.hasNonNull("number")) return table.get("number").asText();
        if (table.hasNonNull("title")) return table.get("title").asText();
        return table.path("kind").asText();
    }

    static String rowLabel(JsonNode row) {
        String key = row.path("key").asText();
        String name = row.hasNonNull("name") && !row.get("name").asText().isBlank() ? row.get("name").asText() : key;
        return isCode(key) ? key + " " + name : name;
    }

    private static boolean isCode(String key) {
        if (key.length() != 3 && key.length() != 5 && key.length() != 7) return false;
        for (int i = 0; i < key.length(); i++) if (key.charAt(i) < '0' || key.charAt(i) > '9') return false;
        return true;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
