package org.jixiao.server.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces of the public site that need no server: CSV writing, file names, table cells, chart data. */
class PublicationTests {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void csvCellsThatASpreadsheetWouldRunAreDefusedAndQuotedCellsAreQuoted() {
        String csv = new String(new Csv().text(List.of("a", "b")).line(List.of("=1+2", "+1", "-2", "@SUM(A1)", "\tx", "a,b", "say \"hi\"",
                new BigDecimal("-5.00"), "line\nbreak")).bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFa,b\r\n'=1+2,'+1,'-2,'@SUM(A1),'\tx,\"a,b\",\"say \"\"hi\"\"\",-5.00,\"line\nbreak\"\r\n");
    }

    @Test
    void aChineseFileNameIsPercentEncodedAsUtf8WithAnAsciiFallback() {
        assertThat(Downloads.rfc5987("2021-演示 单位.pdf")).isEqualTo("2021-%E6%BC%94%E7%A4%BA%20%E5%8D%95%E4%BD%8D.pdf");
        assertThat(Downloads.contentDisposition("attachment", "报告.pdf", "report\"1;.pdf"))
                .isEqualTo("attachment; filename=\"report_1_.pdf\"; filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf");
    }

    @Test
    void tableCellsKeepTheTextAsWrittenAndReadAmounts() throws Exception {
        JsonNode tree = JSON.readTree("""
                {"finalAccounts":{"tables":[{"kind":"INCOME","number":"公开02表","title":"收入决算表","rows":[
                  {"key":"total","name":"合计","cells":{"total":"1,474.07","fiscal":{"text":"1,000.00万元"},"other":"","business":"约5"}}]}]}}
                """);
        var cells = TableCells.of(tree);
        assertThat(cells).extracting(TableCells.CellRow::columnName).containsExactly("本年收入合计", "财政拨款收入", "其他收入", "事业收入");
        assertThat(cells).extracting(TableCells.CellRow::value).containsExactly("1,474.07", "1,000.00万元", "", "约5");
        assertThat(cells).extracting(TableCells.CellRow::amount)
                .containsExactly(new BigDecimal("1474.07"), new BigDecimal("1000.00"), new BigDecimal("0.00"), null);
        assertThat(cells.get(0).unit()).isEqualTo("万元");
    }

    @Test
    void selfEvaluationSheetsBecomeRowsOfTheSameShape() throws Exception {
        JsonNode tree = JSON.readTree("""
                {"selfEvaluation":{"sheets":[{"kind":"PROJECT","projectName":"道路养护",
                  "funds":{"rows":[{"key":"total","label":"年度资金总额","initialBudget":"10.00","executed":"9.50"}],"weight":"10","score":"9.5"},
                  "indicators":[{"level1":"产出指标","level2":"数量指标","name":"养护里程","target":"≥50公里","actual":"52公里","weight":"20","score":"20"}],
                  "totalWeight":"100","totalScore":"95","grade":"优"}]}}
                """);
        var rows = TableCells.of(tree);
        assertThat(rows).extracting(r -> r.tableNumber() + "|" + r.rowKey() + "|" + r.rowName() + "|" + r.columnName() + "|" + r.value() + "|"
                + r.amount() + "|" + r.unit()).containsExactly(
                "绩效自评表1|funds.total|年度资金总额|年初预算数|10.00|10.00|万元",
                "绩效自评表1|funds.total|年度资金总额|全年执行数|9.50|9.50|万元",
                "绩效自评表1|funds|资金执行|分值|10|null|",
                "绩效自评表1|funds|资金执行|得分|9.5|null|",
                "绩效自评表1|indicator.1|产出指标 / 数量指标 / 养护里程|年度指标值|≥50公里|null|",
                "绩效自评表1|indicator.1|产出指标 / 数量指标 / 养护里程|实际完成值|52公里|null|",
                "绩效自评表1|indicator.1|产出指标 / 数量指标 / 养护里程|分值|20|null|",
                "绩效自评表1|indicator.1|产出指标 / 数量指标 / 养护里程|得分|20|null|",
                "绩效自评表1|total|总分|分值|100|null|",
                "绩效自评表1|total|总分|得分|95|null|",
                "绩效自评表1|total|总分|等级|优|null|");
        assertThat(rows.get(0).tableTitle()).isEqualTo("项目支出绩效自评表 道路养护");
    }

    @Test
    void threePublicCostsAreSeriesOverTheYearsOfTheUnitsPublishedReports() throws Exception {
        var y2021 = doc(2021, """
                {"finalAccounts":{"tables":[{"kind":"THREE_PUBLIC_COSTS","rows":[
                  {"key":"total","name":"合计","cells":{"budget":"10.00","actual":"8.00"}},
                  {"key":"reception","name":"公务接待费","cells":{"actual":"3.00"}},
                  {"key":"vehicle-running","name":"公务用车运行费","cells":{"actual":"5.00"}}]}]}}
                """);
        var y2022 = doc(2022, """
                {"finalAccounts":{"tables":[{"kind":"THREE_PUBLIC_COSTS","rows":[
                  {"key":"total","name":"合计","cells":{"actual":"6.50"}},
                  {"key":"reception","name":"公务接待费","cells":{"actual":"6.50"}}]}]}}
                """);
        var noTable = doc(2023, "{}");
        Charts.OverYears chart = Charts.threePublicCosts(List.of(y2021, y2022, noTable));
        assertThat(chart.years()).containsExactly(2021, 2022);
        assertThat(chart.series()).extracting(Charts.Series::name).containsExactly("公务用车运行费", "公务接待费", "合计");
        assertThat(chart.series().get(0).data()).containsExactly(new BigDecimal("5.00"), null);
        assertThat(chart.series().get(1).data()).containsExactly(new BigDecimal("3.00"), new BigDecimal("6.50"));
    }

    @Test
    void scoresAndStructureComeFromTheSheetsAndTheTotalRows() throws Exception {
        JsonNode tree = JSON.readTree("""
                {"finalAccounts":{"tables":[{"kind":"EXPENDITURE","rows":[
                  {"key":"total","name":"合计","cells":{"total":"100.00","basic":"60.00","project":"40.00","operating":""}},
                  {"key":"201","name":"一般公共服务支出","cells":{"total":"70.00"}},
                  {"key":"20101","name":"人大事务","cells":{"total":"70.00"}}]}]},
                 "selfEvaluation":{"sheets":[{"kind":"WHOLE","totalScore":"95.5","totalWeight":"100"},
                   {"kind":"PROJECT","projectName":"项目甲","totalScore":"88分"},{"kind":"PROJECT","projectName":"无分"}]}}
                """);
        assertThat(Charts.expenditure(tree)).containsExactly(new Charts.Slice("基本支出", new BigDecimal("60.00")),
                new Charts.Slice("项目支出", new BigDecimal("40.00")));
        assertThat(Charts.byFunction(tree)).containsExactly(new Charts.Slice("201 一般公共服务支出", new BigDecimal("70.00")));
        assertThat(Charts.income(tree)).isEmpty();
        assertThat(Charts.scores(tree)).containsExactly(new Charts.Score("整体支出", new BigDecimal("95.5"), new BigDecimal("100")),
                new Charts.Score("项目甲", new BigDecimal("88"), new BigDecimal("100")));
    }

    static PublishedDocument doc(int year, String json) throws Exception {
        return new PublishedDocument(new PublishedEntry(year, "u", "单位", "d", "区", year, 1), 1, null, JSON.readTree(json));
    }
}
