package org.jixiao.server.carryover;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.shared.Amount;
import org.jixiao.shared.Figure;

/**
 * Which field of this year's report holds which figure of last year's (上年数), on the canonical JSON of both reports
 * (docs/report-format.md):
 *
 * <table>
 * <tr><th>this year</th><th>last year</th></tr>
 * <tr><td>公开01表 收入支出决算总表, each row: {@code prior} 上年决算数</td><td>the same row (by key): {@code amount} 决算数</td></tr>
 * <tr><td>公开05表 一般公共预算财政拨款支出决算表, each row: {@code prior}</td><td>the same row: {@code total} 小计</td></tr>
 * <tr><td>公开07表 “三公”经费支出决算表, each row: {@code prior}</td><td>the same row: {@code actual} 决算数</td></tr>
 * <tr><td>机关运行经费 {@code priorYear}</td><td>机关运行经费 {@code amount}</td></tr>
 * <tr><td>基础数据表, each row: {@code priorActual} 上年决算</td><td>the same row: {@code currentActual} 本年决算</td></tr>
 * </table>
 *
 * <p>These are the prior-year figures the drafted 情况说明 compares with (与上年相比 of 公开01表 总计 and 公开05表 合计, 比上年 of
 * 机关运行经费) and the other 上年 columns the format has. 公开04表 has no 上年 column in the format, so 财政拨款收支总计's
 * change cannot be carried. Rows are matched by key (classification code or semantic key), tables by kind. A value
 * left blank last year is not carried (a blank reads as 0.00, which an empty field this year says too). A field
 * counts as empty when it is absent or blank, as the editor shows both; a field with a value is never changed.
 */
final class PriorYearFields {

    /** A table kind whose {@code prior} column holds what last year's {@code column} held. */
    private record TableRule(String kind, String column, String columnLabel, String defaultTitle) {}

    static final List<TableRule> TABLES = List.of(
            new TableRule("INCOME_EXPENDITURE_SUMMARY", "amount", "决算数", "公开01表 收入支出决算总表"),
            new TableRule("GENERAL_BUDGET_EXPENDITURE", "total", "小计", "公开05表 一般公共预算财政拨款支出决算表"),
            new TableRule("THREE_PUBLIC_COSTS", "actual", "决算数", "公开07表 “三公”经费支出决算表"));
    static final String PRIOR = "prior";
    static final String OPERATING = "/finalAccounts/disclosures/operatingFunds";
    static final String BASE = "/selfEvaluation/baseData";

    private PriorYearFields() {
    }

    /** Every prior-year field last year's report has a value for, with what carrying it over into {@code current} does. */
    static List<PriorYearField> between(JsonNode last, JsonNode current, int lastYear) {
        List<PriorYearField> out = new ArrayList<>();
        String year = lastYear + "年度 ";
        for (TableRule rule : TABLES) {
            JsonNode lastTable = table(last, rule.kind()).map(last.at("/finalAccounts/tables")::get).orElse(null);
            if (lastTable == null) continue;
            Optional<Integer> t = table(current, rule.kind());
            JsonNode thisTable = t.map(current.at("/finalAccounts/tables")::get).orElse(null);
            String tableLabel = tableLabel(thisTable != null ? thisTable : lastTable, rule);
            JsonNode lastRows = lastTable.path("rows");
            for (JsonNode row : lastRows) {
                String value = text(row.path("cells").get(rule.column()));
                if (value == null || value.isBlank()) continue;
                String key = row.path("key").asText();
                String rowLabel = rowLabel(lastRows, row);
                String label = tableLabel + " · " + rowLabel + " · 上年决算数";
                String from = year + tableLabel(lastTable, rule) + " · " + rowLabel + " · " + rule.columnLabel();
                int r = thisTable == null ? -1 : index(thisTable.path("rows"), key);
                if (r < 0 || !thisTable.path("rows").get(r).path("cells").isObject()) {
                    out.add(PriorYearField.of(null, label, from, value, null, PriorYearField.Status.NO_PLACE));
                    continue;
                }
                String pointer = "/finalAccounts/tables/" + t.get() + "/rows/" + r + "/cells/" + PRIOR;
                out.add(field(pointer, label, from, value, text(current.at(pointer))));
            }
        }

        String operating = text(last.at(OPERATING + "/amount"));
        if (operating != null && !operating.isBlank()) {
            String label = "机关运行经费 · 上年（万元）";
            String from = year + "机关运行经费 · 机关运行经费（万元）";
            if (current.at(OPERATING).isObject()) {
                out.add(field(OPERATING + "/priorYear", label, from, operating, text(current.at(OPERATING + "/priorYear"))));
            } else {
                out.add(PriorYearField.of(null, label, from, operating, null, PriorYearField.Status.NO_PLACE));
            }
        }

        JsonNode thisBase = current.at(BASE + "/rows");
        for (JsonNode row : last.at(BASE + "/rows")) {
            String value = text(row.get("currentActual"));
            if (value == null || value.isBlank()) continue;
            String name = row.path("label").asText(row.path("key").asText());
            String label = "基础数据表 · " + name + " · 上年决算";
            String from = year + "基础数据表 · " + name + " · 本年决算";
            int r = index(thisBase, row.path("key").asText());
            if (r < 0) {
                out.add(PriorYearField.of(null, label, from, value, null, PriorYearField.Status.NO_PLACE));
                continue;
            }
            String pointer = BASE + "/rows/" + r + "/priorActual";
            out.add(field(pointer, label, from, value, text(current.at(pointer))));
        }
        return out;
    }

    /**
     * Gives a report that has no 部门决算 tables or 基础数据表 yet (a new, empty report) the places last year's figures
     * go: last year's 公开01/05/07表 with their rows (key and name, 上年决算数 blank), the 机关运行经费 part and the
     * 基础数据表 rows. Parts the report already has are left as they are.
     */
    static void addPlaces(ObjectNode current, JsonNode last) {
        for (TableRule rule : TABLES) {
            Optional<Integer> lastTable = table(last, rule.kind());
            if (lastTable.isEmpty() || table(current, rule.kind()).isPresent()) continue;
            JsonNode source = last.at("/finalAccounts/tables").get(lastTable.get());
            ObjectNode table = tables(current).addObject();
            table.put("kind", rule.kind());
            copyText(source, table, "title");
            copyText(source, table, "unitLabel");
            ArrayNode rows = table.putArray("rows");
            for (JsonNode row : source.path("rows")) {
                ObjectNode copy = rows.addObject();
                copy.put("key", row.path("key").asText());
                copyText(row, copy, "name");
                copy.putObject("cells").put(PRIOR, "");
            }
        }
        String operating = text(last.at(OPERATING + "/amount"));
        if (operating != null && !operating.isBlank() && !current.at(OPERATING).isObject()) {
            ObjectNode finalAccounts = object(current, "finalAccounts");
            object(finalAccounts, "disclosures").putObject("operatingFunds");
        }
        JsonNode lastBase = last.at(BASE + "/rows");
        if (lastBase.size() > 0 && !current.at(BASE).isObject()) {
            ArrayNode rows = object(object(current, "selfEvaluation"), "baseData").putArray("rows");
            for (JsonNode row : lastBase) {
                ObjectNode copy = rows.addObject();
                copy.put("key", row.path("key").asText());
                copyText(row, copy, "label");
            }
        }
    }

    /** Writes last year's value into every field that is to be filled; the number written. */
    static int fill(ObjectNode current, List<PriorYearField> fields) {
        int n = 0;
        for (PriorYearField f : fields) {
            if (f.status() != PriorYearField.Status.FILL) continue;
            JsonPointer pointer = JsonPointer.compile(f.pointer());
            if (!(current.at(pointer.head()) instanceof ObjectNode parent)) continue;
            parent.set(pointer.last().getMatchingProperty(), TextNode.valueOf(f.value()));
            n++;
        }
        return n;
    }

    private static PriorYearField field(String pointer, String label, String from, String value, String current) {
        PriorYearField.Status status = current == null || current.isBlank() ? PriorYearField.Status.FILL
                : same(value, current) ? PriorYearField.Status.SAME : PriorYearField.Status.DIFFERENT;
        return PriorYearField.of(pointer, label, from, value, current == null || current.isBlank() ? null : current, status);
    }

    /** The same amount (1,474.07 = 1474.070), or for a text that is not an amount the same text. */
    static boolean same(String a, String b) {
        Optional<Amount> x = Figure.of(a).amount();
        Optional<Amount> y = Figure.of(b).amount();
        if (x.isPresent() && y.isPresent()) return x.get().compareTo(y.get()) == 0;
        return a.strip().equals(b.strip());
    }

    /** A figure's text: a string, or the {@code text} of a {@code {text, at}} object; null when absent. */
    static String text(JsonNode figure) {
        if (figure == null || figure.isMissingNode() || figure.isNull()) return null;
        if (figure.isObject()) return figure.has("text") ? figure.get("text").asText() : null;
        return figure.isValueNode() ? figure.asText() : null;
    }

    private static Optional<Integer> table(JsonNode report, String kind) {
        JsonNode tables = report.at("/finalAccounts/tables");
        for (int i = 0; i < tables.size(); i++) if (kind.equals(tables.get(i).path("kind").asText())) return Optional.of(i);
        return Optional.empty();
    }

    private static int index(JsonNode rows, String key) {
        for (int i = 0; i < rows.size(); i++) if (key.equals(rows.get(i).path("key").asText())) return i;
        return -1;
    }

    private static String tableLabel(JsonNode table, TableRule rule) {
        String label = (table.path("number").asText("") + " " + table.path("title").asText("")).strip();
        return label.isEmpty() ? rule.defaultTitle() : label;
    }

    /** {@code 201 一般公共服务支出}, a row's name, and for a name printed twice in the table (总计) its side too. */
    private static String rowLabel(JsonNode rows, JsonNode row) {
        String key = row.path("key").asText();
        String name = row.path("name").asText("");
        if (key.matches("\\d{3}|\\d{5}|\\d{7}")) return (key + " " + name).strip();
        if (name.isEmpty()) return key;
        Map<String, Integer> count = new HashMap<>();
        for (JsonNode r : rows) count.merge(r.path("name").asText(""), 1, Integer::sum);
        if (count.getOrDefault(name, 0) > 1) {
            if (key.startsWith("income.")) return name + "（收入）";
            if (key.startsWith("expenditure.")) return name + "（支出）";
        }
        return name;
    }

    private static ArrayNode tables(ObjectNode report) {
        ObjectNode finalAccounts = object(report, "finalAccounts");
        return finalAccounts.get("tables") instanceof ArrayNode a ? a : finalAccounts.putArray("tables");
    }

    private static ObjectNode object(ObjectNode parent, String field) {
        return parent.get(field) instanceof ObjectNode o ? o : parent.putObject(field);
    }

    private static void copyText(JsonNode from, ObjectNode to, String field) {
        String text = text(from.get(field));
        if (text != null) to.put(field, text);
    }
}
