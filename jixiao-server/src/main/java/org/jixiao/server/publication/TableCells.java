package org.jixiao.server.publication;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Every cell of the nine tables of a report, read from its canonical JSON tree (docs/report-format.md): the
 * table's number and title, the row's key and name, the column's key and Chinese name, and the value exactly
 * as written, with its amount when it reads as one.
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
        return rows;
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
