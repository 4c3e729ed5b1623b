package org.jixiao.server.editing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variable-length parts of the canonical report (docs/report-format.md) — the arrays of rows a unit may grow or
 * shrink in the editor — and the empty row each one takes:
 * <ul>
 * <li>{@link Kind#TABLE_ROWS} {@code /finalAccounts/tables/N/rows} of every public table whose rows are classification
 * codes (all kinds but {@code THREE_PUBLIC_COSTS}, whose six rows are fixed): a new row is a code row with
 * {@code key} and {@code name} blank and a blank {@code ""} cell (stated, reads 0.00) for each standard column of
 * the kind; only code rows (and rows whose code is still blank) may be removed, not 合计 and the other named rows;</li>
 * <li>{@link Kind#INDICATORS} {@code /selfEvaluation/sheets/N/indicators}, the 三级指标 rows of a 自评表: a new row
 * takes the 一级 and 二级指标 of the row above it (blank at the top), a blank name, and nothing else stated;
 * any row may be removed;</li>
 * <li>{@link Kind#PROJECT_ITEMS} {@code /selfEvaluation/baseData/rows}, of which only the 项目支出 items grow: a new row
 * goes directly below the {@code project} row or one of its {@code project.*} items, with key {@code project.}
 * (completed from its label when the edits are applied), a blank label and blank amounts; only {@code project.*}
 * rows may be removed.</li>
 * </ul>
 * Everything else (the tables and sheets themselves, 资金情况, 一级指标分值, the fixed rows) keeps its shape.
 */
public final class RowLists {

    /** A kind of row list. */
    public enum Kind { TABLE_ROWS, INDICATORS, PROJECT_ITEMS }

    /** A row list found in a report tree: its kind, pointer, the object that owns it and the array (null while absent). */
    record Found(Kind kind, String pointer, ObjectNode owner, String field, ArrayNode rows) {}

    static final String PROJECT = "project";
    static final String PROJECT_ITEM = "project.";

    private static final Pattern TABLE = Pattern.compile("/finalAccounts/tables/(0|[1-9][0-9]{0,5})/rows");
    private static final Pattern SHEET = Pattern.compile("/selfEvaluation/sheets/(0|[1-9][0-9]{0,5})/indicators");
    private static final String BASE = "/selfEvaluation/baseData/rows";

    /** The columns a new code row of each table kind states (blank), as docs/report-format.md lists them. */
    private static final Map<String, List<String>> COLUMNS = Map.of(
            "INCOME_EXPENDITURE_SUMMARY", List.of("amount"),
            "INCOME", List.of("total", "fiscal", "superior-subsidy", "business", "operating", "affiliated", "other"),
            "EXPENDITURE", List.of("total", "basic", "project", "to-superior", "operating", "to-affiliated"),
            "FISCAL_SUMMARY", List.of("total", "general-budget", "government-fund", "state-capital"),
            "GENERAL_BUDGET_EXPENDITURE", List.of("total", "basic", "project"),
            "BASIC_EXPENDITURE_DETAIL", List.of("amount"),
            "GOVERNMENT_FUND", List.of("opening-balance", "income", "expenditure", "basic", "project", "closing-balance"),
            "STATE_CAPITAL", List.of("total", "basic", "project"));

    private RowLists() {
    }

    /** The kind of row list at {@code pointer} in {@code report}, or null when that array is not a row list. */
    public static Kind kind(JsonNode report, String pointer) {
        Found found = find(report, pointer);
        return found == null ? null : found.kind();
    }

    /** Whether the row may be removed from a list of that kind (the fixed rows of the forms may not). */
    public static boolean removable(Kind kind, JsonNode row) {
        return switch (kind) {
            case TABLE_ROWS -> {
                String key = row.path("key").asText("");
                yield key.isBlank() || isCode(key);
            }
            case INDICATORS -> true;
            case PROJECT_ITEMS -> row.path("key").asText("").startsWith(PROJECT_ITEM);
        };
    }

    /** Whether a new row may go directly below this row of a list of that kind. */
    public static boolean insertableBelow(Kind kind, JsonNode row) {
        if (kind != Kind.PROJECT_ITEMS) return true;
        String key = row.path("key").asText("");
        return key.equals(PROJECT) || key.startsWith(PROJECT_ITEM);
    }

    /** Whether a new row may go first in a list of that kind. */
    public static boolean insertableAtTop(Kind kind) {
        return kind != Kind.PROJECT_ITEMS;
    }

    /** The list at {@code pointer} when it is a row list whose owner exists (the array itself may be absent: empty). */
    static Found find(JsonNode report, String pointer) {
        Kind kind;
        Matcher table = TABLE.matcher(pointer);
        if (table.matches()) {
            JsonNode owner = report.at(pointer.substring(0, pointer.length() - "/rows".length()));
            if (!owner.isObject() || !COLUMNS.containsKey(owner.path("kind").asText())) return null;
            kind = Kind.TABLE_ROWS;
        } else if (SHEET.matcher(pointer).matches()) {
            kind = Kind.INDICATORS;
        } else if (pointer.equals(BASE)) {
            kind = Kind.PROJECT_ITEMS;
        } else {
            return null;
        }
        int slash = pointer.lastIndexOf('/');
        JsonNode owner = report.at(pointer.substring(0, slash));
        if (!(owner instanceof ObjectNode object)) return null;
        String field = pointer.substring(slash + 1);
        JsonNode rows = object.get(field);
        if (rows != null && !rows.isNull() && !rows.isArray()) return null;
        return new Found(kind, pointer, object, field, rows instanceof ArrayNode array ? array : null);
    }

    /** The empty row to insert at {@code index} of the list (the rows before it as they are now). */
    static ObjectNode emptyRow(Found list, int index) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        switch (list.kind()) {
            case TABLE_ROWS -> {
                row.put("key", "");
                row.put("name", "");
                ObjectNode cells = row.putObject("cells");
                for (String column : COLUMNS.get(list.owner().path("kind").asText())) cells.put(column, "");
            }
            case INDICATORS -> {
                JsonNode above = index > 0 ? list.rows().get(index - 1) : null;
                row.put("level1", above == null ? "" : above.path("level1").asText(""));
                if (above != null && above.hasNonNull("level2")) row.put("level2", above.get("level2").asText());
                row.put("name", "");
            }
            case PROJECT_ITEMS -> {
                row.put("key", PROJECT_ITEM);
                row.put("label", "");
                row.put("priorActual", "");
                row.put("currentBudget", "");
                row.put("currentActual", "");
            }
        }
        return row;
    }

    /** The place of a row as the user sees it: 公开05表第4行, 整体支出绩效自评表 绩效指标第3行, 基础数据表第7行. */
    static String place(Found list, int index) {
        return switch (list.kind()) {
            case TABLE_ROWS -> tableLabel(list.owner()) + "第" + (index + 1) + "行";
            case INDICATORS -> sheetLabel(list.owner()) + " 绩效指标第" + (index + 1) + "行";
            case PROJECT_ITEMS -> "基础数据表第" + (index + 1) + "行";
        };
    }

    /** What a row is called, for messages: {@code 2010301 行政运行}, {@code 合计}, an indicator's name; "" for a blank row. */
    static String rowName(Kind kind, JsonNode row) {
        return switch (kind) {
            case TABLE_ROWS -> {
                String key = row.path("key").asText("").strip();
                String name = row.path("name").asText("").strip();
                yield isCode(key) ? (key + " " + name).strip() : name.isEmpty() ? key : name;
            }
            case INDICATORS -> row.path("name").asText("").strip();
            case PROJECT_ITEMS -> row.path("label").asText(row.path("key").asText("")).strip();
        };
    }

    static String tableLabel(JsonNode table) {
        if (table.hasNonNull("number") && !table.get("number").asText().isBlank()) return table.get("number").asText().strip();
        if (table.hasNonNull("title") && !table.get("title").asText().isBlank()) return table.get("title").asText().strip();
        return table.path("kind").asText("表");
    }

    private static String sheetLabel(JsonNode sheet) {
        return "WHOLE".equals(sheet.path("kind").asText()) ? "整体支出绩效自评表"
                : "项目支出绩效自评表（" + sheet.path("projectName").asText("") + "）";
    }

    /** A classification code: 类 3 digits, 款 5, 项 7. */
    static boolean isCode(String key) {
        if (key.length() != 3 && key.length() != 5 && key.length() != 7) return false;
        for (int i = 0; i < key.length(); i++) if (key.charAt(i) < '0' || key.charAt(i) > '9') return false;
        return true;
    }
}
