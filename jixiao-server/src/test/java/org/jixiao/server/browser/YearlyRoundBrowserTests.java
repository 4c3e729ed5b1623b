package org.jixiao.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The yearly round of issue 6 §8 in real Chromium, through the pages only: the unit fills in a cell and sees the
 * findings change, is refused 提交 while an ERROR stands, fixes it, saves and submits; the reviewer returns it with a
 * comment on a cell and a general one; the unit reads the comments, changes a value, saves and resubmits; the reviewer
 * approves and publishes; a visitor finds the report on /public, reads its tables and downloads the PDF and Word
 * documents; another unit's user gets 404 for it.
 *
 * <p>Starts from the small clean report {@code demo-test/100-shiyan-2021.json} (公开03表 合计 100.00 = 基本支出
 * 60.00 + 项目支出 40.00, no ERROR), so that the round can be submitted; the seed reports have ERRORs of their own.
 * The other configuration means its own application context, closed after the class since the round changes it.
 */
@TestPropertySource(properties = "jixiao.demo.location=classpath*:demo-test/*.json")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class YearlyRoundBrowserTests extends BrowserTest {

    static final String TABLE = "/finalAccounts/tables/0/rows/0/cells/";
    static final String TOTAL = cell("total");
    static final String BASIC = cell("basic");
    static final String PROJECT = cell("project");
    static final String PROJECT_POINTER = TABLE + "project";
    static final String UNIT = "演示试验单位";

    @Test
    void aReportGoesFromTheUnitThroughReviewToThePublic() throws Exception {
        // 1. The unit fills in, is refused while an ERROR stands, fixes it and submits.
        Browser unit = as("tianbao");
        unit.click("#my-reports a[href^='/reports/']");
        errors(unit, "0");
        long id = Long.parseLong(unit.find("#editor").getAttribute("data-report-id"));
        assertThat(unit.text("#report-state")).isEqualTo("草稿");
        assertThat(unit.text("#report-version")).isEqualTo("第1版");
        assertThat(unit.find(TOTAL).getAttribute("value")).isEqualTo("100.00");

        unit.type(TOTAL, "101.00");
        unit.waitUntil(d -> !unit.text("#finding-count-error").equals("0"));
        unit.waitForText("#finding-list li[data-severity='ERROR']", "101.00");
        assertThat(unit.find(TOTAL).getAttribute("class")).contains("dirty", "finding-ERROR");
        assertThat(unit.text("#dirty-count")).contains("1 处未保存的修改");
        unit.assertNoScriptErrors().screenshot("web-editor");

        unit.type("#save-note", "合计改为101.00");
        unit.click("#save");
        unit.waitForText("#report-version", "第2版").waitForText("#status", "已保存为第2版");
        unit.click("#submit");
        unit.waitUntil(d -> unit.find("#readiness").isDisplayed());
        assertThat(unit.text("#readiness-reasons")).contains("101.00");
        assertThat(unit.text("#report-state")).isEqualTo("草稿");
        // The refusal is the one expected console line (Chromium logs every answer ≥ 400 of a fetch).
        assertThat(unit.console()).allMatch(line -> line.contains("/api/v1/reports/" + id + "/submit") && line.contains("409"));

        unit.type(PROJECT, "41.00"); // 60.00 + 41.00 = 101.00
        errors(unit, "0");
        unit.waitUntil(d -> unit.all("#finding-list li[data-severity='ERROR']").isEmpty());
        unit.click("#save");
        unit.waitForText("#report-version", "第3版");
        unit.click("#submit");
        unit.waitForText("#report-state", "已提交");
        assertThat(unit.find("#editor").getAttribute("data-editable")).isEqualTo("false");
        assertThat(unit.has("#save")).isFalse();
        unit.assertNoScriptErrors();

        // 2. The reviewer returns it with a comment on 项目支出 and a general one.
        Browser reviewer = as("shenhe");
        reviewer.click("#my-reports tr[data-report-id='" + id + "'] a[href='/reports/" + id + "']");
        reviewer.waitForText("#report-state", "已提交");
        errors(reviewer, "0");
        new Actions(reviewer.driver()).doubleClick(reviewer.find(PROJECT)).perform();
        reviewer.type("#pending-comments li[data-anchor='" + PROJECT_POINTER + "'] textarea", "项目支出与明细不符，请核对");
        reviewer.type("#comment-body", "请补充说明支出增加的原因");
        reviewer.assertNoScriptErrors().screenshot("web-review-return");
        reviewer.click("#return");
        reviewer.waitForText("#report-state", "退回");
        reviewer.waitForText("#comments", "项目支出与明细不符，请核对");
        assertThat(reviewer.has("#return")).isFalse();

        // 3. The unit reads the comments, changes the figures back and resubmits.
        unit.open("/reports/" + id);
        unit.waitForText("#report-state", "退回");
        unit.waitForText("#comments li[data-anchor='" + PROJECT_POINTER + "']", "项目支出与明细不符，请核对");
        unit.waitForText("#comments", "请补充说明支出增加的原因");
        assertThat(unit.text("#comments")).contains("shenhe", "总体意见");
        unit.waitUntil(d -> unit.find(PROJECT).getAttribute("class").contains("has-comment"));
        errors(unit, "0");
        unit.type(PROJECT, "40.00"); // 60.00 + 40.00 ≠ 101.00 until 合计 follows
        unit.waitUntil(d -> !unit.text("#finding-count-error").equals("0"));
        unit.type(TOTAL, "100.00");
        unit.waitForText("#dirty-count", "2 处未保存的修改");
        errors(unit, "0");
        unit.click("#save");
        unit.waitForText("#report-version", "第4版");
        unit.click("#submit");
        unit.waitForText("#report-state", "已提交");
        unit.assertNoScriptErrors();

        // 4. The reviewer approves and publishes.
        reviewer.open("/reports/" + id);
        reviewer.waitForText("#report-state", "已提交");
        reviewer.click("#approve");
        reviewer.waitForText("#report-state", "已审核");
        reviewer.click("#publish");
        new WebDriverWait(reviewer.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
        reviewer.waitForText("#report-state", "已公开");
        assertThat(reviewer.text("#published-version")).isEqualTo("第4版");
        reviewer.assertNoScriptErrors();

        // 5. A visitor finds it on /public, reads the tables and downloads the documents.
        Browser visitor = anonymous().open("/public");
        visitor.click("#public-reports a[href='/public/reports/" + id + "']");
        visitor.waitForText("#unit-name", UNIT);
        assertThat(visitor.path()).isEqualTo("/public/reports/" + id);
        assertThat(visitor.text("#report-title")).contains("2021", UNIT);
        String document = visitor.text(".official-document");
        assertThat(document).contains("支出决算表", "100.00", "60.00", "40.00").doesNotContain("101.00");
        assertThat(visitor.all(".official-document table")).isNotEmpty();
        visitor.waitUntil(d -> !visitor.text("#charts-status").contains("加载中"));
        visitor.script("document.querySelector('.official-document table').scrollIntoView({block: 'center'})"); // a table, not the charts' animation
        visitor.assertNoScriptErrors().screenshot("web-public-report");

        String pdf = visitor.find("#downloads a[href$='/document.pdf']").getAttribute("href");
        String docx = visitor.find("#downloads a[href$='/document.docx']").getAttribute("href");
        HttpResponse<byte[]> pdfAnswer = get(pdf);
        assertThat(pdfAnswer.statusCode()).isEqualTo(200);
        assertThat(pdfAnswer.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(Arrays.copyOf(pdfAnswer.body(), 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<byte[]> docxAnswer = get(docx);
        assertThat(docxAnswer.statusCode()).isEqualTo(200);
        assertThat(docxAnswer.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(new String(Arrays.copyOf(docxAnswer.body(), 2), StandardCharsets.US_ASCII)).isEqualTo("PK");

        // 6. Another unit's user gets the 404 page and a 404 problem.
        Browser other = as("qita");
        other.open("/reports/" + id);
        assertThat(other.text("h1")).isEqualTo("找不到页面");
        assertThat(other.pageText()).doesNotContain(UNIT);
        other.assertNoScriptErrors(); // the page's own 404 is not a console error
        other.open("/api/v1/reports/" + id);
        assertThat(other.pageText()).contains("\"status\":404").doesNotContain(UNIT);
    }

    /** Waits until the findings panel counts exactly {@code count} ERRORs (after the page's check came back). */
    private static void errors(Browser browser, String count) {
        browser.waitUntil(d -> browser.text("#finding-count-error").equals(count));
    }

    private static String cell(String column) {
        return "[data-pointer='" + TABLE + column + "']";
    }

    private static HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
