package org.jixiao.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.server.reports.ReportSummary;
import org.jixiao.server.reports.Reports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The 情况说明 in the editor (issue #6, point 2): the sentences generated from the tables stand read-only beside the
 * paragraph the unit writes, and follow every cell edit; 从上年报告带入上年数 fills the empty 上年数 from the unit's 2020
 * report (the demo's 005-shifeng-2020.json, 已审核) and never a value the unit typed. Works on the demo's 石峰区 2021
 * report as its 填报人 shangnian, and saves: its own application context, closed after the class.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NarrativeEditorBrowserTests extends BrowserTest {

    /** 公开01表 总计（收入） of seed 004: 决算数 and 上年决算数. */
    static final String GRAND = "input[data-pointer='/finalAccounts/tables/0/rows/40/cells/amount']";
    static final String GRAND_PRIOR = "input[data-pointer='/finalAccounts/tables/0/rows/40/cells/prior']";
    /** 公开05表 合计 上年决算数. */
    static final String GENERAL_PRIOR = "input[data-pointer='/finalAccounts/tables/4/rows/0/cells/prior']";
    /** 一、收入支出决算总体情况说明 (narrative section 4 of seed 004): the generated sentences beside it, its paragraph. */
    static final String OVERALL = "details[data-section-pointer='/narrative/4']";
    static final String OVERALL_DRAFTED = OVERALL + " .drafted-beside";

    @Autowired Reports reports;

    @Test
    void theGeneratedSentencesStandBesideTheWrittenParagraphAndFollowTheFigures() {
        long id = reports.list().stream().filter(r -> r.unitName().contains("石峰") && r.fiscalYear() == 2021).findFirst()
                .map(ReportSummary::id).orElseThrow();
        Browser unit = as("shangnian");
        unit.open("/reports/" + id);

        // Beside the paragraph the unit writes (editable), the sentence drafted from the tables (read-only, no input);
        // without 上年数 there is no 与上年相比 sentence yet. The reason the unit wrote is shown as taken.
        unit.waitForText(OVERALL_DRAFTED, "2021年度收、支总计1474.07万元。");
        assertThat(unit.text(OVERALL_DRAFTED)).contains("自动生成", "人工撰写", "主要是因为按区委区政府要求增收节支").doesNotContain("与上年相比");
        assertThat(unit.all(OVERALL_DRAFTED + " input, " + OVERALL_DRAFTED + " textarea")).isEmpty();
        assertThat(unit.find(OVERALL + " textarea.para").getAttribute("readonly")).isNull();
        assertThat(unit.find(OVERALL + " textarea.para").getAttribute("value")).contains("与上年相比，减少290.92万元");

        // Last year's report is found and named; the unit types its own 公开05表 上年数 first.
        unit.waitForText("#prior-year-message", "上年报告：2020年度报告第1版（已审核）");
        unit.type(GENERAL_PRIOR, "1,500.00");
        String generalRow = "#prior-year-fields tr[data-field='/finalAccounts/tables/4/rows/0/cells/prior']";
        unit.waitUntil(d -> "DIFFERENT".equals(unit.find(generalRow).getAttribute("data-status")));
        unit.click("#carry-over");
        unit.waitForText("#status", "已带入");
        assertThat(unit.text("#status")).contains("1 处与上年报告不同，保留了本报告的数");
        // 7 fields: 公开01表 总计 ×2, 公开05表 合计 (typed) and 201, 公开07表 合计 and 公务用车, 机关运行经费.
        assertThat(unit.text("#prior-year-message")).contains("可带入 0 处，已带入（未保存）6 处，与本报告相同 0 处，不同 1 处");
        assertThat(unit.text(generalRow)).contains("1,528.44", "1,500.00", "与上年报告不同，保留本报告的数"); // the table is open now
        unit.script("document.getElementById('prior-year').scrollIntoView()");
        unit.screenshot("web-editor-prior-year");
        assertThat(unit.find(GRAND_PRIOR).getAttribute("value")).isEqualTo("1,764.99");
        assertThat(unit.find(GRAND_PRIOR).getAttribute("class")).contains("dirty", "carried");
        assertThat(unit.find(GENERAL_PRIOR).getAttribute("value")).isEqualTo("1,500.00");
        assertThat(unit.find("input[data-pointer='/finalAccounts/disclosures/operatingFunds/priorYear']").getAttribute("value")).isEqualTo("91.13");

        // The live preview redrafts: 1474.07 − 1764.99 = −290.92, 290.92 ÷ 1764.99 = 16.48%.
        unit.waitForText(OVERALL_DRAFTED, "与上年相比，减少290.92万元，下降16.48%。");
        unit.script("document.querySelector(arguments[0]).scrollIntoView()", OVERALL);
        unit.assertNoScriptErrors().screenshot("web-editor-narrative");

        // A cell edit: 总计 1,500.00 → 1500.00 − 1764.99 = −264.99, 264.99 ÷ 1764.99 = 15.01%.
        unit.type(GRAND, "1,500.00");
        unit.waitForText(OVERALL_DRAFTED, "2021年度收、支总计1500.00万元。与上年相比，减少264.99万元，下降15.01%。");

        // Saved like typed edits; after a reload the figures are there and nothing is left to fill.
        unit.type("#save-note", "从上年报告带入上年数");
        unit.click("#save");
        unit.waitForText("#report-version", "第2版");
        unit.open("/reports/" + id);
        unit.waitForText(OVERALL_DRAFTED, "与上年相比，减少264.99万元，下降15.01%。");
        assertThat(unit.find(GRAND_PRIOR).getAttribute("value")).isEqualTo("1,764.99");
        unit.waitForText("#prior-year-message", "可带入 0 处，与本报告相同 6 处，不同 1 处");
        assertThat(unit.find("#carry-over").getAttribute("disabled")).isNotNull();
        unit.assertNoScriptErrors();
    }
}
