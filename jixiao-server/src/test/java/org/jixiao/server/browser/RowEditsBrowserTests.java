package org.jixiao.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * 插入行 and 删除行 in real Chromium (issue 6 §2): tianbao inserts a row into his 公开05表 with the button, fills in a
 * code and an amount and sees the findings panel report the broken 款 total at its cell; inserts and removes a row
 * with the keyboard above it and sees the finding stay at the same cell under its new pointer; removes the new row
 * and the ERROR goes; cannot remove 合计; saves a new row and finds it after reloading. qita inserts an indicator
 * (it takes the levels of the row above), pastes a block taller than the indicators left (rows are added), and adds
 * a 项目支出 item to the 基础数据表 (refused below 公用经费).
 *
 * <p>Starts from {@code demo-rows/100-zengshan-2021.json} (clean 公开05表: 合计 = 201 = 20103 = 2010301 60.00 +
 * 2010302 40.00). It saves, so it has its own application context, closed after the class.
 */
@TestPropertySource(properties = "jixiao.demo.location=classpath*:demo-rows/*.json")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RowEditsBrowserTests extends BrowserTest {

    static final String ROWS = "/finalAccounts/tables/0/rows";

    static String cell(int row, String field) {
        return "[data-pointer='" + ROWS + "/" + row + "/" + field + "']";
    }

    static String row(int row) {
        return "#table-0 tr[data-row-pointer='" + ROWS + "/" + row + "']";
    }

    @Test
    void theUnitInsertsAndRemovesRowsAndSeesTheFindingsFollow() {
        Browser unit = as("tianbao");
        unit.click("#my-reports a[href^='/reports/']");
        checked(unit);
        errors(unit, "0");
        assertThat(unit.all("#table-0 tbody tr")).hasSize(5);
        assertThat(unit.find(cell(4, "key")).getAttribute("value")).isEqualTo("2010302");

        // 1. With the button, below 2010302: a blank numbered row; nothing to find yet.
        unit.click(cell(4, "cells/total"));
        unit.click(".row-actions[data-grid='table-0'] .insert-row");
        unit.waitUntil(d -> unit.has(row(5) + "[data-new]"));
        assertThat(unit.text(row(5) + " th")).isEqualTo("6");
        assertThat(unit.find(cell(5, "key")).getAttribute("value")).isEmpty();
        assertThat(unit.driver().switchTo().activeElement().getAttribute("data-pointer")).isEqualTo(ROWS + "/5/key");
        unit.waitForText("#dirty-count", "1 处未保存的修改");
        checked(unit);
        errors(unit, "0");

        // 2. A 项 row 2010399 with 5.00 of 项目支出: 20103 (100.00) is no longer the sum of its 项 rows.
        unit.type(cell(5, "key"), "2010399");
        unit.type(cell(5, "name"), "其他政府办公厅（室）及相关机构事务支出");
        unit.type(cell(5, "cells/total"), "5.00");
        unit.type(cell(5, "cells/project"), "5.00");
        checked(unit);
        assertThat(unit.text("#finding-count-error")).isNotEqualTo("0");
        unit.waitForText("#finding-list li[data-severity='ERROR']", "105.00");
        WebElement categoryTotal = unit.find(cell(2, "cells/total"));
        unit.waitUntil(d -> categoryTotal.getAttribute("class").contains("finding-ERROR"));
        assertThat(unit.text("#dirty-count")).contains("5 处未保存的修改");
        unit.assertNoScriptErrors().screenshot("web-editor-rows");

        // 3. Ctrl+Enter in the 201 row inserts a row below it: 20103 moves down to row 4 (index 3), its finding with it.
        unit.find(cell(1, "cells/total")).click();
        new Actions(unit.driver()).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        unit.waitUntil(d -> unit.has(row(2) + "[data-new]"));
        assertThat(categoryTotal.getAttribute("data-pointer")).isEqualTo(ROWS + "/3/cells/total");
        assertThat(unit.find(cell(6, "key")).getAttribute("value")).isEqualTo("2010399");
        checked(unit);
        assertThat(categoryTotal.getAttribute("class")).contains("finding-ERROR");
        assertThat(unit.find(cell(2, "cells/total")).getAttribute("class")).doesNotContain("finding-ERROR");
        assertThat(unit.text("#dirty-count")).contains("6 处未保存的修改");
        // Clicking the finding goes to the moved cell.
        unit.all("#finding-list li.locatable[data-severity='ERROR']").stream().filter(li -> li.getText().contains("105.00")).findFirst()
                .orElseThrow().click();
        unit.waitUntil(d -> (ROWS + "/3/cells/total").equals(d.switchTo().activeElement().getAttribute("data-pointer")));

        // 4. Ctrl+Delete removes the blank row again; the pointers go back.
        unit.find(cell(2, "name")).click();
        new Actions(unit.driver()).keyDown(Keys.CONTROL).sendKeys(Keys.DELETE).keyUp(Keys.CONTROL).perform();
        unit.waitUntil(d -> unit.all("#table-0 tbody tr").size() == 6);
        assertThat(categoryTotal.getAttribute("data-pointer")).isEqualTo(ROWS + "/2/cells/total");
        unit.waitForText("#dirty-count", "5 处未保存的修改");
        checked(unit);
        assertThat(categoryTotal.getAttribute("class")).contains("finding-ERROR");

        // 5. 合计 stays.
        unit.click(cell(0, "name"));
        unit.click(".row-actions[data-grid='table-0'] .remove-row");
        unit.waitForText("#status", "固定行");
        assertThat(unit.all("#table-0 tbody tr")).hasSize(6);

        // 6. Removing the new row takes the ERROR with it.
        unit.click(cell(5, "name"));
        unit.click(".row-actions[data-grid='table-0'] .remove-row");
        unit.waitUntil(d -> unit.all("#table-0 tbody tr").size() == 5);
        checked(unit);
        errors(unit, "0");
        assertThat(unit.all("#finding-list li[data-severity='ERROR']")).isEmpty();
        assertThat(categoryTotal.getAttribute("class")).doesNotContain("finding-ERROR");
        assertThat(unit.text("#dirty-count")).isEmpty();
        unit.assertNoScriptErrors();

        // 7. A row inserted at the end and saved is there after reloading (with its parents' totals put right).
        unit.click(cell(4, "key"));
        unit.click(".row-actions[data-grid='table-0'] .insert-row");
        unit.waitUntil(d -> unit.has(row(5) + "[data-new]"));
        unit.type(cell(5, "key"), "2010399");
        unit.type(cell(5, "name"), "其他政府办公厅（室）及相关机构事务支出");
        unit.type(cell(5, "cells/total"), "5.00");
        unit.type(cell(5, "cells/project"), "5.00");
        for (int parent = 0; parent <= 2; parent++) {
            unit.type(cell(parent, "cells/total"), "105.00");
            unit.type(cell(parent, "cells/project"), "45.00");
        }
        checked(unit);
        errors(unit, "0");
        unit.click("#save");
        unit.waitForText("#status", "已保存为第2版");
        assertThat(unit.has(row(5) + "[data-new]")).isFalse();
        assertThat(unit.text("#dirty-count")).isEmpty();

        unit.open(unit.path());
        checked(unit);
        errors(unit, "0");
        assertThat(unit.all("#table-0 tbody tr")).hasSize(6);
        assertThat(unit.find(cell(5, "key")).getAttribute("value")).isEqualTo("2010399");
        assertThat(unit.find(cell(5, "cells/project")).getAttribute("value")).isEqualTo("5.00");
        assertThat(unit.text("#versions")).contains("第2版");
        unit.assertNoScriptErrors();
    }

    @Test
    void aNewIndicatorTakesItsLevelsAPasteAddsRowsAndTheBaseDataGrowsOnlyUnderProjectSpending() {
        String indicators = "/selfEvaluation/sheets/0/indicators";
        String items = "/selfEvaluation/baseData/rows";
        Browser unit = as("qita");
        unit.click("#my-reports a[href^='/reports/']");
        checked(unit);

        // Ctrl+Enter in 办文差错率 (产出指标 · 质量指标): the new row below takes both levels and waits for its name.
        unit.find("[data-pointer='" + indicators + "/1/name']").click();
        new Actions(unit.driver()).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        unit.waitUntil(d -> unit.has("#sheet-0-indicators tr[data-new][data-row-pointer='" + indicators + "/2']"));
        assertThat(unit.find("[data-pointer='" + indicators + "/2/level1']").getAttribute("value")).isEqualTo("产出指标");
        assertThat(unit.find("[data-pointer='" + indicators + "/2/level2']").getAttribute("value")).isEqualTo("质量指标");
        assertThat(unit.find("[data-pointer='" + indicators + "/2/name']").getAttribute("value")).isEmpty();
        assertThat(unit.text("#sheet-0-indicators tr[data-row-pointer='" + indicators + "/3'] th")).isEqualTo("4");
        checked(unit);
        assertThat(unit.text("#status")).doesNotContain("检查未完成");

        // Three lines pasted into the last indicator's name: one row is there, two are added.
        WebElement last = unit.find("[data-pointer='" + indicators + "/4/name']");
        unit.script("const dt = new DataTransfer(); dt.setData('text/plain', arguments[1]); arguments[0].focus();"
                + "arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));",
                last, "干部职工满意度\t≥90%\n来访群众满意度\t≥85%\n服务对象投诉率\t≤1%\n");
        unit.waitForText("#status", "新增 2 行");
        assertThat(unit.all("#sheet-0-indicators tbody tr")).hasSize(7);
        assertThat(unit.find("[data-pointer='" + indicators + "/6/name']").getAttribute("value")).isEqualTo("服务对象投诉率");
        assertThat(unit.find("[data-pointer='" + indicators + "/6/target']").getAttribute("value")).isEqualTo("≤1%");
        assertThat(unit.find("[data-pointer='" + indicators + "/6/level1']").getAttribute("value")).isEqualTo("满意度指标");
        checked(unit);
        assertThat(unit.text("#status")).doesNotContain("检查未完成");

        // The 基础数据表: not below 公用经费; below 业务工作经费 a 项目支出 item whose name is a cell.
        unit.click("[data-pointer='" + items + "/2/currentActual']");
        unit.click(".row-actions[data-grid='base-data'] .insert-row");
        unit.waitForText("#status", "只有“项目支出”下可以增加明细行");
        assertThat(unit.all("#base-data tbody tr")).hasSize(3);
        unit.click("[data-pointer='" + items + "/1/currentActual']");
        unit.click(".row-actions[data-grid='base-data'] .insert-row");
        unit.waitUntil(d -> unit.has("#base-data tr[data-new][data-row-pointer='" + items + "/2']"));
        unit.type("[data-pointer='" + items + "/2/label']", "培训经费");
        unit.type("[data-pointer='" + items + "/2/currentActual']", "2.00");
        assertThat(unit.find("[data-pointer='" + items + "/0/label']").getAttribute("readonly")).isNotNull(); // 项目支出 itself
        checked(unit);
        assertThat(unit.text("#status")).doesNotContain("检查未完成");
        unit.assertNoScriptErrors();
    }

    /** Waits until the check of what the page shows now is in (no check scheduled or running). */
    private static void checked(Browser browser) {
        browser.waitUntil(d -> "false".equals(browser.find("#findings").getAttribute("aria-busy")));
    }

    /** Waits until the findings panel counts exactly {@code count} ERRORs. */
    private static void errors(Browser browser, String count) {
        browser.waitUntil(d -> browser.text("#finding-count-error").equals(count));
    }
}
