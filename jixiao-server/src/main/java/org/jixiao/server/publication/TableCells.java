package org.jixiao.server.publication;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Every cell of the nine tables and of the 自评表s of a report, read from its canonical JSON tree
 * (docs/report-format.md): the table's number and title, the row's key and name, the column's key and Chinese
 * name, and the value exactly as written, with its amount when it reads as one (万元 cells only).
 */
final class TableCells {

    /** One cell. {@code amount} is null when the text is not a plain amount. */
    record CellRow(String tableKind, String tableNumber, String tableTitle, String rowKey, String rowName, String columnKey,
            String columnName, String value, BigDecimal amount, String unit) {}

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("amount", "决算数"), Map.entry("prior", "上年决算数"), Map.entry("initialBudget", "年初预算数"),
            Map.entry("total", "合计"), Map.entry("fiscal", "财政拨款收入"), Map.entry("superior-subsidy", "上级补助收入"),
            Map.entry("business", "事业收入"), Map.entry("affiliated", "附属单位上缴收入"), Map.entry("other", "其他收入"),
            Map.entry("basic", "基本支出"), Map.entry("project", "项目支出"), Map.entry("to-superior", "上缴上级支出"),
            Map.entry("to-affiliated", "对附属单位补助支出"), Map.entry("general-budget", "一般公共预算财政拨款"),
            Map.entry("government-fund", "政府性基金预算财政拨款"), Map.entry("state-capital", "国有资本经营预算财政拨款"),
            Map.entry("budget", "预算数"), Map.entry("actual", "决算数"), Map.entry("opening-balance", "年初结转和结余"),
            Map.entry("income", "本年收入"), Map.entry("expenditure", "本年支出小计"), Map.entry("closing-balance", "年末结转和结余"));

    private TableCells() {
    }

    static List<CellRow> of(JsonNode report) {
        List<CellRow> rows = new ArrayList<>();
        for (JsonNode table : report.path("finalAccounts").path("tables")) {
            String kind = table.path("kind").asText("");
            String unit = table.path("unitLabel").asText("万元");
            if (unit.isBlank()) unit = "万元";
            for (JsonNode row : table.path("rows")) {
                Iterator<Map.Entry<String, JsonNode>> cells = row.path("cells").fields();
                while (cells.hasNext()) {
                    var cell = cells.next();
                    String value = text(cell.getValue());
                    rows.add(new CellRow(kind, text(table.path("number")), text(table.path("title")), row.path("key").asText(""),
                            text(row.path("name")), cell.getKey(), columnName(kind, cell.getKey()), value, amount(value), unit));
                }
            }
        }
        selfEvaluation(report, rows);
        return rows;
    }

    private static final Map<String, String> FUND_COLUMNS = linked("initialBudget", "年初预算数", "fullYearBudget", "全年预算数", "executed", "全年执行数");
    private static final Map<String, String> FUND_SCORE_COLUMNS = linked("weight", "分值", "executionRate", "执行率", "score", "得分");
    private static final Map<String, String> INDICATOR_COLUMNS = linked("target", "年度指标值", "actual", "实际完成值", "weight", "分值",
            "score", "得分", "deviationReason", "偏差原因分析及改进措施");
    private static final Map<String, String> TOTAL_COLUMNS = linked("totalWeight", "分值", "totalScore", "得分", "grade", "等级");

    /**
     * The 自评表s as rows of the same shape: each sheet is a "table" 绩效自评表N; its fund rows (万元), the
     * fund-execution score, each indicator ({@code indicator.N}, named 一级 / 二级 / 三级指标) and the total.
     */
    private static void selfEvaluation(JsonNode report, List<CellRow> rows) {
        int n = 0;
        for (JsonNode sheet : report.path("selfEvaluation").path("sheets")) {
            n++;
            String kind = "SELF_EVALUATION_" + sheet.path("kind").asText("");
            String number = "绩效自评表" + n;
            String title = text(sheet.path("title"));
            if (title.isBlank()) {
                title = "WHOLE".equals(sheet.path("kind").asText()) ? "部门整体支出绩效自评表" : "项目支出绩效自评表 " + text(sheet.path("projectName"));
            }
            for (JsonNode fund : sheet.path("funds").path("rows")) {
                add(rows, kind, number, title, "funds." + fund.path("key").asText(""), text(fund.path("label")), fund, FUND_COLUMNS, "万元");
            }
            add(rows, kind, number, title, "funds", "资金执行", sheet.path("funds"), FUND_SCORE_COLUMNS, "");
            int i = 0;
            for (JsonNode indicator : sheet.path("indicators")) {
                i++;
                String name = String.join(" / ", List.of(text(indicator.path("level1")), text(indicator.path("level2")), text(indicator.path("name")))
                        .stream().filter(x -> !x.isBlank()).toList());
                add(rows, kind, number, title, "indicator." + i, name, indicator, INDICATOR_COLUMNS, "");
            }
            add(rows, kind, number, title, "total", "总分", sheet, TOTAL_COLUMNS, "");
        }
    }

    private static void add(List<CellRow> rows, String kind, String number, String title, String key, String name, JsonNode source,
            Map<String, String> columns, String unit) {
        columns.forEach((column, label) -> {
            JsonNode cell = source.path(column);
            if (cell.isMissingNode() || cell.isNull()) return;
            String value = text(cell);
            rows.add(new CellRow(kind, number, title, key, name, column, label, value, unit.equals("万元") ? amount(value) : null, unit));
        });
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return m;
    }

    static String columnName(String kind, String key) {
        if (key.equals("operating")) return kind.equals("INCOME") ? "经营收入" : "经营支出";
        if (key.equals("total") && kind.equals("GENERAL_BUDGET_EXPENDITURE")) return "小计";
        if (key.equals("total") && kind.equals("INCOME")) return "本年收入合计";
        if (key.equals("total") && kind.equals("EXPENDITURE")) return "本年支出合计";
        return COLUMNS.getOrDefault(key, key);
    }

    /** A figure's text: a JSON string, or the {@code text} of a figure object. */
    static String text(JsonNode figure) {
        if (figure == null || figure.isMissingNode() || figure.isNull()) return "";
        if (figure.isObject()) return figure.path("text").asText("");
        return figure.asText("");
    }

    /** The amount a cell states (thousands separators and a trailing 万元 allowed); null when it is not one. */
    static BigDecimal amount(String text) {
        if (text == null) return null;
        String t = text.strip();
        if (t.isEmpty()) return BigDecimal.ZERO.setScale(2);
        if (t.endsWith("万元")) t = t.substring(0, t.length() - 2).strip();
        if (!t.matches("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?")) return null;
        return new BigDecimal(t.replace(",", ""));
    }
}
