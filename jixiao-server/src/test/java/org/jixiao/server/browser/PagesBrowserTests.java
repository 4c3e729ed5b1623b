package org.jixiao.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.server.accounts.Accounts;
import org.jixiao.server.accounts.Scope;
import org.jixiao.server.reports.ReportSummary;
import org.jixiao.server.reports.Reports;
import org.jixiao.server.units.Unit;
import org.jixiao.server.units.Units;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** The pages that exist today, as each role sees them in Chromium; also writes the screenshots of docs/images. */
class PagesBrowserTests extends BrowserTest {

    @Autowired Accounts accounts;
    @Autowired Units units;
    @Autowired Reports reports;

    @Test
    void theHomePageIsOpenToEveryone() {
        Browser browser = anonymous().open("/");

        assertThat(browser.title()).contains("首页");
        assertThat(browser.text("h1")).isEqualTo("部门决算与绩效自评");
        assertThat(browser.find("a.button[href='/login']").getText()).contains("登录");
        assertThat(browser.pageText()).contains("已公开的报告");
        browser.assertNoScriptErrors().screenshot("web-home");
    }

    @Test
    void theWorkListShowsTheUnitsOwnReportOnly() {
        Unit mine = unitOf("tianbao");
        Browser browser = as("tianbao");

        List<WebElement> rows = browser.all("#my-reports tr[data-report-id]");
        assertThat(rows).isNotEmpty();
        assertThat(rows).allSatisfy(row -> assertThat(row.getText()).contains(mine.name()));
        assertThat(browser.pageText()).doesNotContain(unitOf("qita").name());
        assertThat(browser.find("#my-reports a[href^='/reports/']").getText()).isEqualTo("打开");
        browser.assertNoScriptErrors().screenshot("web-work");
    }

    @Test
    void theReviewerSeesEveryReportOfTheDistrict() {
        Browser browser = as("shenhe");

        assertThat(browser.all("#my-reports tr[data-report-id]")).hasSize(reports.list().size());
        assertThat(browser.pageText()).contains(unitOf("tianbao").name(), unitOf("qita").name(), "财政审核人");
        browser.assertNoScriptErrors().screenshot("web-work-reviewer");
    }

    @Test
    void anotherUnitsUserGetsNotFoundForTheReportByUrlAndByApi() {
        long id = reportOf("tianbao").id();
        Browser browser = as("qita");

        browser.open("/reports/" + id);
        assertThat(browser.text("h1")).isEqualTo("找不到页面");
        assertThat(browser.text("#problem-detail")).contains("无权查看");
        assertThat(browser.pageText()).doesNotContain(unitOf("tianbao").name());
        browser.assertNoScriptErrors().screenshot("web-not-found");
        // The same page as for an id nobody has.
        String foreign = browser.text("main").replace(Long.toString(id), "N");
        browser.open("/reports/" + (id + 1000));
        assertThat(browser.text("main").replace(Long.toString(id + 1000), "N")).isEqualTo(foreign);

        browser.open("/api/v1/reports/" + id);
        assertThat(browser.pageText()).contains("\"status\":404", "无权查看").doesNotContain(unitOf("tianbao").name());
    }

    @Test
    void theApiDocumentationLoadsUnderTheContentSecurityPolicy() {
        Browser browser = anonymous().open("/swagger-ui.html");

        browser.waitUntil(d -> browser.all(".opblock").size() > 10);
        assertThat(browser.pageText()).contains("绩效 Jixiao API v1", "流程 Workflow", "/api/v1/reports/{id}/submit");
        browser.assertNoScriptErrors().screenshot("web-api");
    }

    private Unit unitOf(String username) {
        var scope = (Scope.OfUnit) accounts.byUsername(username).orElseThrow().scope();
        return units.byId(scope.unitId()).orElseThrow();
    }

    private ReportSummary reportOf(String username) {
        String code = unitOf(username).code();
        return reports.list().stream().filter(r -> r.unitCode().equals(code)).findFirst().orElseThrow();
    }
}
