package org.jixiao.server.publication;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The data of the public report page's charts (drawn by static/js/public-report.js with Apache ECharts):
 * income and expenditure structure of the published version, 三公经费 over the years of the unit's published
 * reports, and the self-evaluation scores. Amounts are decimals (万元), never floating point on the server.
 */
@Service
public class Charts {

    /** A slice or bar: its name and value. */
    public record Slice(String name, BigDecimal value) {}

    /** One line of the 三公经费 chart: the item and its 决算数 per year (null where not published). */
    public record Series(String name, List<BigDecimal> data) {}

    /** 三公经费 over the years. */
    public record OverYears(List<Integer> years, List<Series> series) {}

    /** A self-evaluation sheet's score against its full marks. */
    public record Score(String name, BigDecimal score, BigDecimal weight) {}

    /** Everything the page draws. */
    public record ChartData(String unitName, int fiscalYear, List<Slice> income, List<Slice> expenditure, List<Slice> expenditureByFunction,
            OverYears threePublicCosts, List<Score> scores) {}

    private static final Map<String, String> INCOME_COLUMNS = linked(
            "fiscal", "财政拨款收入", "superior-subsidy", "上级补助收入", "business", "事业收入", "operating", "经营收入",
            "affiliated", "附属单位上缴收入", "other", "其他收入");
    private static final Map<String, String> SUMMARY_INCOME_ROWS = linked(
            "income.general-budget", "一般公共预算财政拨款收入", "income.government-fund", "政府性基金预算财政拨款收入",
            "income.state-capital", "国有资本经营预算财政拨款收入", "income.superior-subsidy", "上级补助收入", "income.business", "事业收入",
            "income.operating", "经营收入", "income.affiliated", "附属单位上缴收入", "income.other", "其他收入");
    private static final Map<String, String> EXPENDITURE_COLUMNS = linked(
            "basic", "基本支出", "project", "项目支出", "to-superior", "上缴上级支出", "operating", "经营支出", "to-affiliated", "对附属单位补助支出");
    private static final Map<String, String> THREE_PUBLIC_ROWS = linked(
            "abroad", "因公出国（境）费", "vehicle-purchase", "公务用车购置费", "vehicle-running", "公务用车运行费", "reception", "公务接待费",
            "total", "合计");

    private final PublishedReports published;

    Charts(PublishedReports published) {
        this.published = published;
    }

    public ChartData of(long id) {
        PublishedDocument doc = published.open(id);
        JsonNode tree = doc.tree();
        return new ChartData(doc.entry().unitName(), doc.entry().fiscalYear(), income(tree), expenditure(tree), byFunction(tree),
                threePublicCosts(published.sameUnit(doc.entry())), scores(tree));
    }

    static List<Slice> income(JsonNode tree) {
        JsonNode total = row(table(tree, "INCOME"), "total");
        List<Slice> slices = new ArrayList<>();
        if (!total.isMissingNode()) {
            INCOME_COLUMNS.forEach((key, name) -> add(slices, name, total.path("cells").path(key)));
        } else {
            JsonNode summary = table(tree, "INCOME_EXPENDITURE_SUMMARY");
            SUMMARY_INCOME_ROWS.forEach((key, name) -> add(slices, name, row(summary, key).path("cells").path("amount")));
        }
        return slices;
    }

    static List<Slice> expenditure(JsonNode tree) {
        JsonNode total = row(table(tree, "EXPENDITURE"), "total");
        List<Slice> slices = new ArrayList<>();
        EXPENDITURE_COLUMNS.forEach((key, name) -> add(slices, name, total.path("cells").path(key)));
        return slices;
    }

    /** 支出功能分类 at the level of 类 (three-digit codes) from 支出决算表. */
    static List<Slice> byFunction(JsonNode tree) {
        List<Slice> slices = new ArrayList<>();
        for (JsonNode row : table(tree, "EXPENDITURE").path("rows")) {
            String key = row.path("key").asText("");
            if (key.matches("\\d{3}")) add(slices, key + " " + TableCells.text(row.path("name")), row.path("cells").path("total"));
        }
        return slices;
    }

    static OverYears threePublicCosts(List<PublishedDocument> years) {
        List<Integer> axis = new ArrayList<>();
        Map<String, List<BigDecimal>> data = new LinkedHashMap<>();
        THREE_PUBLIC_ROWS.values().forEach(name -> data.put(name, new ArrayList<>()));
        for (PublishedDocument doc : years) {
            JsonNode table = table(doc.tree(), "THREE_PUBLIC_COSTS");
            if (table.isMissingNode()) continue;
            axis.add(doc.entry().fiscalYear());
            THREE_PUBLIC_ROWS.forEach((key, name) -> {
                JsonNode cell = row(table, key).path("cells").path("actual");
                data.get(name).add(cell.isMissingNode() ? null : TableCells.amount(TableCells.text(cell)));
            });
        }
        List<Series> series = new ArrayList<>();
        data.forEach((name, values) -> {
            if (values.stream().anyMatch(v -> v != null)) series.add(new Series(name, values));
        });
        return new OverYears(axis, series);
    }

    static List<Score> scores(JsonNode tree) {
        List<Score> scores = new ArrayList<>();
        for (JsonNode sheet : tree.path("selfEvaluation").path("sheets")) {
            BigDecimal score = number(TableCells.text(sheet.path("totalScore")));
            if (score == null) continue;
            String name = "WHOLE".equals(sheet.path("kind").asText()) ? "整体支出"
                    : TableCells.text(sheet.path("projectName")).isBlank() ? TableCells.text(sheet.path("title")) : TableCells.text(sheet.path("projectName"));
            BigDecimal weight = number(TableCells.text(sheet.path("totalWeight")));
            scores.add(new Score(name, score, weight == null ? new BigDecimal("100") : weight));
        }
        return scores;
    }

    private static JsonNode table(JsonNode tree, String kind) {
        for (JsonNode t : tree.path("finalAccounts").path("tables")) {
            if (kind.equals(t.path("kind").asText())) return t;
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static JsonNode row(JsonNode table, String key) {
        for (JsonNode r : table.path("rows")) {
            if (key.equals(r.path("key").asText())) return r;
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static void add(List<Slice> slices, String name, JsonNode cell) {
        if (cell.isMissingNode()) return;
        BigDecimal v = TableCells.amount(TableCells.text(cell));
        if (v != null && v.signum() > 0) slices.add(new Slice(name, v));
    }

    private static BigDecimal number(String text) {
        String t = text == null ? "" : text.strip().replaceAll("分$", "").strip();
        return t.matches("\\d+(\\.\\d+)?") ? new BigDecimal(t) : null;
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return m;
    }
}
