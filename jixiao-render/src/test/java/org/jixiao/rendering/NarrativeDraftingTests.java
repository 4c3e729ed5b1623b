package org.jixiao.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.report.domain.FinalAccounts;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableKind;
import org.jixiao.report.domain.TableRow;
import org.jixiao.shared.Figure;
import org.junit.jupiter.api.Test;

/** 情况说明 sentences are drafted from the tables: computed shares, direction words, zero bases, no made-up numbers. */
class NarrativeDraftingTests {

    @Test
    void restatesIncomeAndExpenditureWithComputedShares() throws Exception {
        String text = narrative(Fixtures.load(Fixtures.SHIFENG));
        assertThat(text).contains("本年收入合计1474.07万元，其中：一般公共预算财政拨款收入1406.53万元，占95.42%；其他收入67.54万元，占4.58%。")
                .contains("基本支出335.54万元，占22.76%；项目支出1138.54万元，占77.24%")
                .contains("人员经费278.84万元，占基本支出的83.10%");
    }

    @Test
    void threePublicCompletionIsRecomputedWithTheRightDirectionWord() throws Exception {
        String text = narrative(Fixtures.load(Fixtures.SHIFENG));
        // The seed states 完成预算的124.13% for 92.51 ÷ 95.00; the drafted sentence says what the table says.
        assertThat(text).contains("预算为95.00万元，支出决算为92.51万元，完成预算的97.38%，决算数小于预算数。")
                .doesNotContain("124.13%")
                .contains("公务用车保有量35辆");
    }

    @Test
    void leavesOutSentencesWhoseValueTheModelLacks() throws Exception {
        String text = narrative(Fixtures.load(Fixtures.SHIFENG));
        // No 上年 column in seed 004: no 与上年相比 figure is drafted (the seed's 290.92 is not in the model).
        assertThat(text).doesNotContain("290.92").doesNotContain("{");
        // No 年初预算 column in 公开05表: no 完成年初预算的 figure.
        assertThat(text).doesNotContain("完成年初预算的");
    }

    @Test
    void zeroInitialBudgetSaysNotBudgetedNeverHundredPercent() throws Exception {
        Report r = withCells(Fixtures.load(Fixtures.SHIFENG), TableKind.GENERAL_BUDGET_EXPENDITURE,
                Map.of("2010301", "328.99", "2010302", "588.50", "2010399", "0"), "initialBudget");
        String text = narrative(r);
        assertThat(text).contains("年初预算为328.99万元，支出决算为335.54万元，完成年初预算的101.99%，决算数大于年初预算数。")
                .contains("年初预算为588.50万元，支出决算为634.31万元，完成年初预算的107.78%，决算数大于年初预算数。")
                .contains("年初未安排预算，支出决算为282.16万元。")
                .doesNotContain("完成年初预算的100%");
    }

    @Test
    void yearOnYearChangeUsesTheDirectionOfTheSign() throws Exception {
        Report r = withCells(Fixtures.load(Fixtures.SHIFENG), TableKind.INCOME_EXPENDITURE_SUMMARY,
                Map.of("income.grand-total", "1,764.99"), "prior");
        assertThat(narrative(r)).contains("2021年度收、支总计1474.07万元。与上年相比，减少290.92万元，下降16.48%。");
    }

    @Test
    void keepsTheAuthorsReasonsInTheirSections() throws Exception {
        String text = narrative(Fixtures.load(Fixtures.SHIFENG));
        assertThat(text).contains("主要原因是：基本支出人员经费年初预算不足").contains("主要是因为按区委区政府要求增收节支");
        // A comparison inside the author's reason is cut: figures are drafted from the tables only.
        assertThat(text).contains("主要原因是：公车平台预算不足，增加了公车平台人员工资及相关费用。").doesNotContain("40.23");
    }

    @Test
    void regionOverrideReplacesAYearTemplate() {
        SentenceTemplates base = SentenceTemplates.forReport(2021, null);
        SentenceTemplates later = SentenceTemplates.forReport(2030, "湖南省株洲市石峰区");
        assertThat(later.templateYear()).isEqualTo(2021);
        assertThat(base.fill("overall", Map.of("year", "2021"))).isEmpty();
        assertThat(base.fill("overall", Map.of("year", "2021", "grandTotal", "1.00"))).contains("2021年度收、支总计1.00万元。");
        SentenceTemplates region = SentenceTemplates.forReport(2021, "测试省某市某区");
        assertThat(region.fill("overall", Map.of("year", "2021", "grandTotal", "1.00"))).contains("2021年度（测试省）收支总计1.00万元。");
        assertThat(region.raw("income")).isEqualTo(base.raw("income"));
    }

    static String narrative(Report report) {
        StringBuilder b = new StringBuilder();
        boolean inside = false;
        for (Block block : DocumentLayout.of(report)) {
            if (block instanceof Block.Heading h && h.level() == 1) inside = h.text().contains("情况说明");
            if (inside && block instanceof Block.Text t) b.append(t.text()).append('\n');
        }
        return b.toString();
    }

    /** The report with one column set on some rows of a table. */
    static Report withCells(Report r, TableKind kind, Map<String, String> values, String column) {
        List<StatementTable> tables = new ArrayList<>();
        for (StatementTable t : r.finalAccounts().tables()) {
            if (t.kind() != kind) {
                tables.add(t);
                continue;
            }
            List<TableRow> rows = new ArrayList<>();
            for (TableRow row : t.rows()) {
                Map<String, Figure> cells = new LinkedHashMap<>(row.cells());
                if (values.containsKey(row.key())) cells.put(column, Figure.of(values.get(row.key())));
                rows.add(new TableRow(row.key(), row.name(), cells, row.at()));
            }
            tables.add(new StatementTable(t.kind(), t.number(), t.title(), t.unitLabel(), rows, t.notes(), t.emptyStatement(), t.at()));
        }
        return new Report(r.formatVersion(), r.header(), r.source(), r.unit(), new FinalAccounts(tables, r.finalAccounts().disclosures()),
                r.selfEvaluation(), r.narrative());
    }
}
