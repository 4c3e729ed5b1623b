package org.jixiao.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.server.reports.ReportState;
import org.jixiao.server.reports.ReportSummary;
import org.jixiao.server.reports.Reports;
import org.jixiao.server.reports.TransitionOutcome;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * 批量任务 in real Chromium: the reviewer opens the page from the navigation, starts 生成公开文件 for 演示区, watches the
 * page refresh itself until the job is done and finds the download link; the zip behind it (fetched with the browser's
 * session) holds one DOCX per published report. A unit's user has no such link and gets 403 for the page.
 * Publishes the seed reports directly (the workflow has its own tests), so the context is closed after the class.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class JobsBrowserTests extends BrowserTest {

    @Autowired Reports reports;

    @Test
    void theReviewerStartsARenderJobAndFindsItsZipOnTheJobsPage() throws Exception {
        List<ReportSummary> all = reports.list();
        assertThat(all).isNotEmpty();
        // Whatever state a cached context left a report in (another class may have submitted one), walk it on to 已公开.
        for (ReportSummary r : all) {
            var current = reports.current(r.id()).orElseThrow();
            long lock = current.lockVersion();
            ReportState state = current.state();
            while (state != ReportState.PUBLISHED) {
                ReportState next = switch (state) {
                    case DRAFT, RETURNED -> ReportState.SUBMITTED;
                    case SUBMITTED -> ReportState.APPROVED;
                    default -> ReportState.PUBLISHED;
                };
                var outcome = reports.transition(r.id(), lock, state, next);
                assertThat(outcome).as("report %d %s → %s", r.id(), state, next).isInstanceOf(TransitionOutcome.Moved.class);
                lock = ((TransitionOutcome.Moved) outcome).lockVersion();
                state = next;
            }
        }

        Browser shenhe = as("shenhe");
        shenhe.click("header nav a[href='/review/jobs']");
        assertThat(shenhe.path()).isEqualTo("/review/jobs");
        assertThat(shenhe.pageText()).contains("还没有任务");
        shenhe.click("#start-render");
        shenhe.waitForText("#notice", "已发起任务");
        // The page reloads itself every 5 s while a job is queued or running.
        new WebDriverWait(shenhe.driver(), Duration.ofSeconds(180))
                .until(d -> !d.findElements(By.cssSelector("#jobs tr[data-state='SUCCEEDED'] a.download")).isEmpty());
        assertThat(shenhe.text("#jobs tr[data-state='SUCCEEDED'] td.state")).isEqualTo("已完成");
        assertThat(shenhe.text("#jobs tr[data-state='SUCCEEDED']")).contains("生成公开文件", "演示区", "已生成 " + all.size() + " 个公开文件");
        String href = shenhe.find("#jobs a.download").getAttribute("href");
        assertThat(href).matches("http://127\\.0\\.0\\.1:\\d+/api/v1/jobs/\\d+/result");
        shenhe.assertNoScriptErrors().screenshot("web-jobs");

        String session = shenhe.driver().manage().getCookieNamed("SESSION").getValue();
        HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "SESSION=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
                try (var document = new XWPFDocument(new ByteArrayInputStream(in.readAllBytes()))) {
                    assertThat(document.getParagraphs()).isNotEmpty();
                }
            }
        }
        assertThat(names).hasSize(all.size()).allMatch(n -> n.endsWith(".docx"));

        Browser tianbao = as("tianbao");
        assertThat(tianbao.has("header nav a[href='/review/jobs']")).isFalse();
        tianbao.open("/review/jobs");
        assertThat(tianbao.pageText()).contains("批量任务只对财政审核人和管理员开放");
    }
}
