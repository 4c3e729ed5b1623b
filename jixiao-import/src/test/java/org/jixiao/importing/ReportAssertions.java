package org.jixiao.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.SheetKind;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableKind;
import org.jixiao.shared.Figure;

/** Hand-checked values of seed 004, asserted the same way whatever format the document came in. */
final class ReportAssertions {

    private ReportAssertions() {}

    static StatementTable table(Report report, TableKind kind) {
        return report.finalAccounts().table(kind).orElseThrow(() -> new AssertionError("no table " + kind));
    }

    static Figure cell(Report report, TableKind kind, String row, String column) {
        return table(report, kind).row(row).orElseThrow(() -> new AssertionError(kind + " has no row " + row))
                .cell(column).orElseThrow(() -> new AssertionError(kind + " row " + row + " has no column " + column));
    }

    static String text(Report report, TableKind kind, String row, String column) {
        return cell(report, kind, row, column).text();
    }

    /** The values of seed 004's nine tables that every format must give back. */
    static void hasSeed004Tables(Report report) {
        assertThat(report.finalAccounts().tables()).extracting(StatementTable::kind).containsExactly(
                TableKind.INCOME_EXPENDITURE_SUMMARY, TableKind.INCOME, TableKind.EXPENDITURE, TableKind.FISCAL_SUMMARY,
                TableKind.GENERAL_BUDGET_EXPENDITURE, TableKind.BASIC_EXPENDITURE_DETAIL, TableKind.THREE_PUBLIC_COSTS,
                TableKind.GOVERNMENT_FUND, TableKind.STATE_CAPITAL);
        assertThat(text(report, TableKind.INCOME_EXPENDITURE_SUMMARY, "income.general-budget", "amount")).isEqualTo("1,406.53");
        assertThat(text(report, TableKind.INCOME_EXPENDITURE_SUMMARY, "income.other", "amount")).isEqualTo("67.54");
        assertThat(text(report, TableKind.INCOME_EXPENDITURE_SUMMARY, "210", "amount")).isEqualTo("100.00");
        assertThat(text(report, TableKind.INCOME_EXPENDITURE_SUMMARY, "229", "amount")).isEqualTo("67.54");
        assertThat(text(report, TableKind.INCOME_EXPENDITURE_SUMMARY, "income.grand-total", "amount")).isEqualTo("1,474.07");
        assertThat(text(report, TableKind.INCOME_EXPENDITURE_SUMMARY, "expenditure.grand-total", "amount")).isEqualTo("1,474.07");
        assertThat(text(report, TableKind.INCOME, "total", "fiscal")).isEqualTo("1,406.53");
        assertThat(text(report, TableKind.INCOME, "2299999", "other")).isEqualTo("67.54");
        assertThat(text(report, TableKind.EXPENDITURE, "total", "project")).isEqualTo("1,138.54");
        assertThat(text(report, TableKind.EXPENDITURE, "2010301", "basic")).isEqualTo("335.54");
        assertThat(text(report, TableKind.EXPENDITURE, "2010301", "project")).isEmpty();
        assertThat(text(report, TableKind.FISCAL_SUMMARY, "expenditure.total", "general-budget")).isEqualTo("1,406.53");
        assertThat(text(report, TableKind.FISCAL_SUMMARY, "212", "total")).isEqualTo("50.00");
        assertThat(table(report, TableKind.FISCAL_SUMMARY).row("229")).isPresent();
        assertThat(text(report, TableKind.GENERAL_BUDGET_EXPENDITURE, "total", "project")).isEqualTo("1,070.99");
        assertThat(text(report, TableKind.BASIC_EXPENDITURE_DETAIL, "30231", "amount")).isEqualTo("13.65");
        assertThat(text(report, TableKind.BASIC_EXPENDITURE_DETAIL, "personnel-total", "amount")).isEqualTo("278.84");
        assertThat(text(report, TableKind.BASIC_EXPENDITURE_DETAIL, "public-total", "amount")).isEqualTo("56.70");
        assertThat(text(report, TableKind.THREE_PUBLIC_COSTS, "vehicle-running", "budget")).isEqualTo("95.00");
        assertThat(text(report, TableKind.THREE_PUBLIC_COSTS, "vehicle-running", "actual")).isEqualTo("92.51");
        assertThat(text(report, TableKind.THREE_PUBLIC_COSTS, "total", "actual")).isEqualTo("92.51");
        assertThat(text(report, TableKind.THREE_PUBLIC_COSTS, "reception", "budget")).isEmpty();
        assertThat(table(report, TableKind.GOVERNMENT_FUND).emptyStatement()).contains("故本表无数据");
        assertThat(table(report, TableKind.STATE_CAPITAL).emptyStatement()).contains("故本表无数据");
    }

    static void hasSeed004Sheets(Report report) {
        List<PerformanceSheet> sheets = report.selfEvaluation().sheets();
        assertThat(sheets).extracting(PerformanceSheet::kind)
                .containsExactly(SheetKind.WHOLE, SheetKind.PROJECT, SheetKind.PROJECT, SheetKind.PROJECT, SheetKind.PROJECT);
        PerformanceSheet whole = sheets.get(0);
        assertThat(whole.totalScore().text()).isEqualTo("92");
        assertThat(whole.totalWeight().text()).isEqualTo("100");
        assertThat(whole.grade().text()).isEqualTo("优");
        // Lines 587–597 of the seed: 8 产出, 2 效益, 1 满意度.
        assertThat(whole.indicators()).hasSize(11);
        assertThat(whole.sectionWeights()).extracting(w -> w.level1() + "=" + w.weight().text())
                .containsExactly("产出指标=50", "效益指标=30", "满意度指标=10");
        assertThat(whole.funds().row("total").orElseThrow().fullYearBudget().text()).isEqualTo("1474.07");
        assertThat(whole.funds().executionRate().text()).isEqualTo("100%");
        var social = whole.indicators().get(8);
        assertThat(social.level1()).isEqualTo("效益指标");
        assertThat(social.level2()).isEqualTo("社会效益指标");
        assertThat(social.score().text()).isEqualTo("12");
        assertThat(social.deviationReason()).isEqualTo("有待提高");
        assertThat(whole.indicators().get(2).level2()).isEqualTo("数量指标");
        assertThat(whole.indicators().get(2).actual().text()).isEqualTo("1346 次");
        assertThat(sheets.subList(1, 5)).extracting(PerformanceSheet::projectName)
                .containsExactly("物业管理及水电气经费", "零星维修购置及各类合同经费", "公车平台经费", "工程改造项目及机关服务后勤保障工作经费等");
        assertThat(sheets.subList(1, 5)).extracting(s -> s.totalScore().text()).containsExactly("90", "93", "92", "90");
        assertThat(sheets.subList(1, 5)).allSatisfy(s -> assertThat(s.indicators()).hasSize(9));
        // Sheet 4 prints 成本指标 in the 一级 column without a weight: it stays a 二级 under 产出.
        assertThat(sheets.get(3).indicators().get(5).level1()).isEqualTo("产出指标");
        assertThat(sheets.get(3).indicators().get(5).level2()).isEqualTo("成本指标");
        // Sheet 5 prints 社会效益指标 one row above its merged 效益指标 cell.
        assertThat(sheets.get(4).indicators().get(6).level1()).isEqualTo("效益指标");
        assertThat(sheets.get(4).funds().row("other").orElseThrow().fullYearBudget().text()).isEqualTo("67.54");
    }
}
