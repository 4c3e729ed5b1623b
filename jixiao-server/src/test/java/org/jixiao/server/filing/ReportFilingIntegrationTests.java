package org.jixiao.server.filing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jixiao.rendering.OfficialDocuments;
import org.jixiao.rendering.RenderFormat;
import org.jixiao.server.Forms;
import org.jixiao.server.TestDatabase;
import org.jixiao.server.WebSession;
import org.jixiao.server.reports.ReportState;
import org.jixiao.server.reports.Reports;
import org.jixiao.server.reports.SampleReports;
import org.jixiao.server.years.FiscalYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * New reports from 我的工作台 over real HTTP: empty or imported from a document, only for the account's own unit and an
 * open year, once per unit and year, and written to the audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-test/*.json"})
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD) // each test decides which years exist
class ReportFilingIntegrationTests {

    @LocalServerPort int port;
    @Autowired FiscalYears years;
    @Autowired Reports reports;

    @Test
    void aUnitCreatesAnEmptyReportForAnOpenYearOnceAndNotForAClosedOne() {
        var admin = WebSession.signedIn(port, "admin");
        assertThat(admin.post("/api/v1/admin/years", Map.of("year", 2022)).statusCode()).isEqualTo(201);
        var unit = WebSession.signedIn(port, "tianbao");
        assertThat(unit.get("/work").body()).contains("/work/new");
        var form = unit.get("/work/new");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("2022年度", "演示试验单位").doesNotContain("演示其他单位");

        var created = Forms.upload(unit, "/work/new", Map.of("year", "2022"), "file", "", new byte[0]);
        assertThat(created.statusCode()).isEqualTo(302);
        String location = Forms.location(created);
        assertThat(location).matches("/reports/\\d+");
        long id = Long.parseLong(location.substring("/reports/".length()));
        var snapshot = reports.current(id).orElseThrow();
        assertThat(snapshot.fiscalYear()).isEqualTo(2022);
        assertThat(snapshot.state()).isEqualTo(ReportState.DRAFT);
        assertThat(snapshot.report().header().unitName()).isEqualTo("演示试验单位");
        assertThat(unit.get("/api/v1/reports").body()).contains("\"id\":" + id);

        // Once per unit and year; not for another unit; not for a reviewer.
        var again = unit.post("/api/v1/reports", Map.of("fiscalYear", 2022));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("已有2022年度的报告");
        long otherUnit = reports.current(id).orElseThrow().unitId() + 1;
        assertThat(unit.post("/api/v1/reports", Map.of("fiscalYear", 2022, "unitId", otherUnit)).statusCode()).isEqualTo(403);
        assertThat(WebSession.signedIn(port, "shenhe").post("/api/v1/reports", Map.of("fiscalYear", 2022)).statusCode()).isEqualTo(403);

        // A closed year refuses new reports, by API and by page; a year never set up too.
        assertThat(admin.post("/api/v1/admin/years", Map.of("year", 2023)).statusCode()).isEqualTo(201);
        assertThat(admin.put("/api/v1/admin/years/2023", Map.of("open", false)).statusCode()).isEqualTo(200);
        var closed = WebSession.signedIn(port, "qita").post("/api/v1/reports", Map.of("fiscalYear", 2023));
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(closed.body()).contains("2023年度已关闭");
        var closedPage = Forms.upload(unit, "/work/new", Map.of("year", "2023"), "file", "", new byte[0]);
        assertThat(Forms.location(closedPage)).isEqualTo("/work/new");
        assertThat(unit.get("/work/new").body()).contains("2023年度已关闭");
        assertThat(unit.post("/api/v1/reports", Map.of("fiscalYear", 2035)).body()).contains("2035年度尚未设立");

        // The administrator creates for any unit, naming it.
        var byAdmin = admin.post("/api/v1/reports", Map.of("fiscalYear", 2022, "unitId", otherUnit));
        assertThat(byAdmin.statusCode()).isEqualTo(201);

        var log = admin.get("/api/v1/admin/audit?action=CREATE_REPORT").body();
        assertThat(log).contains("\"actor\":\"tianbao\"", "\"actor\":\"admin\"", "新建空白报告", "\"reportId\":" + id);
    }

    @Test
    void aUnitCreatesAReportFromAnUploadedDocument() {
        years.ensure(2022);
        byte[] docx = new OfficialDocuments().render(SampleReports.expenditure("演示试验单位", 2022, "70.00", "30.00", "100.00"), RenderFormat.DOCX);
        var unit = WebSession.signedIn(port, "tianbao");

        // A document of another year than the one chosen is refused with the fix.
        var wrongYear = Forms.upload(unit, "/api/v1/reports", Map.of("fiscalYear", "2021"), "file", "2022-决算.docx", docx);
        assertThat(wrongYear.statusCode()).isIn(400, 409);

        var created = Forms.upload(unit, "/api/v1/reports", Map.of("fiscalYear", "2022"), "file", "2022-决算.docx", docx);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = WebSession.json(created);
        long id = body.get("id").asLong();
        assertThat(body.get("fiscalYear").asInt()).isEqualTo(2022);
        var report = reports.current(id).orElseThrow().report();
        assertThat(report.finalAccounts()).isNotNull();
        assertThat(report.finalAccounts().tables()).isNotEmpty();
        assertThat(WebSession.json(unit.get("/api/v1/reports/" + id + "/editor")).at("/report/finalAccounts/tables").toString()).contains("100.00");
        assertThat(WebSession.signedIn(port, "admin").get("/api/v1/admin/audit?action=CREATE_REPORT").body()).contains("导入 2022-决算.docx");
    }
}
