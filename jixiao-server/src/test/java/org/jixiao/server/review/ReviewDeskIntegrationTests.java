package org.jixiao.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.report.domain.DocumentKind;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.ReportHeader;
import org.jixiao.server.TestDatabase;
import org.jixiao.server.WebSession;
import org.jixiao.server.reports.Edit;
import org.jixiao.server.reports.ReportSummary;
import org.jixiao.server.reports.Reports;
import org.jixiao.server.reports.SampleReports;
import org.jixiao.server.units.Districts;
import org.jixiao.server.units.Units;
import org.jixiao.server.years.FiscalYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The reviewer's desk over real HTTP: the queue holds the reviewer's district only, with state, submission time and
 * findings; the comparison puts a report beside the unit's previous year and the nearest similar units with
 * differences and percentages; unit users are refused. Each test creates the data it needs under its own names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-test/*.json"})
@ContextConfiguration(initializers = TestDatabase.class)
// Changes data (or sign-in failures) that a later class sharing this cached context must not see.
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
class ReviewDeskIntegrationTests {

    @LocalServerPort int port;
    @Autowired Reports reports;
    @Autowired Units units;
    @Autowired Districts districts;
    @Autowired FiscalYears years;

    @Test
    void theReviewerSeesOnlyTheirDistrictsReportsWithStateSubmissionTimeAndFindings() {
        var elsewhere = districts.add("elsewhere", "外区", "别处");
        var outsider = units.add("out-1", "外区单位", elsewhere.id());
        years.ensure(2021);
        long outsiderReport = reports.create(outsider.id(), SampleReports.expenditure("外区单位", 2021, "1.00", "1.00", "2.00"),
                Edit.by("test", "外区")).id();
        long demo = demoReport();

        var unit = WebSession.signedIn(port, "tianbao");
        long lock = WebSession.json(unit.get("/api/v1/reports/" + demo + "/editor")).get("lockVersion").asLong();
        assertThat(unit.post("/api/v1/reports/" + demo + "/submit", Map.of("lockVersion", lock)).statusCode()).isEqualTo(200);

        var reviewer = WebSession.signedIn(port, "shenhe");
        var queue = reviewer.get("/api/v1/review/queue");
        assertThat(queue.statusCode()).isEqualTo(200);
        JsonNode entry = entry(WebSession.json(queue), demo);
        assertThat(entry.get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(entry.get("stateLabel").asText()).isEqualTo("已提交");
        assertThat(entry.get("submittedAt").isNull()).isFalse();
        assertThat(entry.get("errors").asLong()).isZero();
        assertThat(entry.get("explainedWarnings").asLong()).isLessThanOrEqualTo(entry.get("warnings").asLong());
        assertThat(queue.body()).doesNotContain("外区单位");

        // Filters by state and year; a wrong sort is a 400 that names the choices.
        assertThat(reviewer.get("/api/v1/review/queue?state=SUBMITTED").body()).contains("演示试验单位");
        assertThat(reviewer.get("/api/v1/review/queue?state=PUBLISHED").body()).doesNotContain("演示试验单位");
        assertThat(reviewer.get("/api/v1/review/queue?year=2019").body()).isEqualTo("[]");
        var badSort = reviewer.get("/api/v1/review/queue?sort=colour");
        assertThat(badSort.statusCode()).isEqualTo(400);
        assertThat(badSort.body()).contains("submitted");

        // The page: the row links to the report page and to the comparison; the roll-up is linked.
        var page = reviewer.get("/review?sort=submitted");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("审核台", "演示试验单位", "已提交", "/reports/" + demo + "\"", "/review/reports/" + demo + "/compare",
                "/review/rollup").doesNotContain("外区单位");
        assertThat(reviewer.get("/review?state=DRAFT&year=2021").body()).doesNotContain("data-report-id=\"" + demo + "\"");

        // Another district's report is "not found" for this reviewer, by API and by page.
        assertThat(reviewer.get("/api/v1/review/reports/" + outsiderReport + "/compare").statusCode()).isEqualTo(404);
        assertThat(reviewer.get("/review/reports/" + outsiderReport + "/compare").statusCode()).isEqualTo(404);
        // The administrator sees every district (read-only).
        assertThat(WebSession.signedIn(port, "admin").get("/api/v1/review/queue").body()).contains("外区单位", "演示试验单位");
    }

    @Test
    void aReportIsComparedWithItsPreviousYearAndTheNearestSimilarUnits() {
        long demo = demoReport();
        long demoUnit = reports.current(demo).orElseThrow().unitId();
        long district = reports.current(demo).orElseThrow().districtId();
        years.ensure(2020);
        long prior = reports.create(demoUnit, SampleReports.expenditure("演示试验单位", 2020, "50.00", "30.00", "80.00"), Edit.by("test", "上年")).id();
        var near = units.add("near-1", "相近单位", district);
        var far = units.add("far-1", "相远单位", district);
        var other = units.add("kind-1", "部分同类单位甲", district);
        reports.create(near.id(), SampleReports.expenditure("相近单位", 2021, "60.00", "30.00", "90.00"), Edit.by("test", "同类"));
        reports.create(far.id(), SampleReports.expenditure("相远单位", 2021, "300.00", "200.00", "500.00"), Edit.by("test", "同类"));
        Report sample = SampleReports.expenditure("部分同类单位甲", 2021, "60.00", "40.00", "100.00");
        Report bothDocuments = new Report(sample.formatVersion(), new ReportHeader("部分同类单位甲", null, 2021, "演示区",
                List.of(DocumentKind.FINAL_ACCOUNTS, DocumentKind.SELF_EVALUATION)), null, null, sample.finalAccounts(), null, sample.narrative());
        reports.create(other.id(), bothDocuments, Edit.by("test", "部分同类"));
        var disjoint = units.add("kind-2", "异类单位", district);
        reports.create(disjoint.id(), new Report(sample.formatVersion(), new ReportHeader("异类单位", null, 2021, "演示区",
                List.of(DocumentKind.SELF_EVALUATION)), null, null, null, null, List.of()), Edit.by("test", "异类"));

        var reviewer = WebSession.signedIn(port, "shenhe");
        var response = reviewer.get("/api/v1/review/reports/" + demo + "/compare");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode comparison = WebSession.json(response);
        List<String> columns = new ArrayList<>();
        comparison.get("columns").forEach(c -> columns.add(c.get("relation").asText() + ":" + c.get("unitName").asText() + ":" + c.get("fiscalYear").asInt()));
        // The same documents first, nearest total expenditure first (90 is nearer to 100 than 500), then a unit sharing one
        // kind of document even though its total is nearest; a unit sharing none is never compared.
        assertThat(columns).containsExactly("本报告:演示试验单位:2021", "上年度:演示试验单位:2020", "同类单位:相近单位:2021", "同类单位:相远单位:2021",
                "部分同类单位:部分同类单位甲:2021");
        assertThat(comparison.get("columns").get(1).get("reportId").asLong()).isEqualTo(prior);

        JsonNode expenditure = row(comparison, "EXPENDITURE_TOTAL");
        assertThat(expenditure.get("label").asText()).isEqualTo("支出合计");
        assertThat(expenditure.get("values").toString()).isEqualTo("[\"100.00\",\"80.00\",\"90.00\",\"500.00\",\"100.00\"]");
        assertDifference(expenditure.get("differences").get(0), "20.00", "25.00");
        assertDifference(expenditure.get("differences").get(1), "10.00", "11.11");
        assertDifference(expenditure.get("differences").get(2), "-400.00", "-80.00");
        assertDifference(expenditure.get("differences").get(3), "0.00", "0.00");
        JsonNode basic = row(comparison, "BASIC");
        assertDifference(basic.get("differences").get(0), "10.00", "20.00");
        // Not stated anywhere: no value and no difference, never a zero.
        JsonNode reception = row(comparison, "RECEPTION");
        assertThat(reception.get("values").get(0).isNull()).isTrue();
        assertThat(reception.get("differences").get(0).get("difference").isNull()).isTrue();

        var page = reviewer.get("/review/reports/" + demo + "/compare");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("上年度", "相近单位", "相远单位", "25.00%", "11.11%", "-80.00%", "支出合计（万元）", "/reports/" + prior)
                .doesNotContain("异类单位");

        assertThat(WebSession.signedIn(port, "tianbao").get("/api/v1/review/reports/" + demo + "/compare").statusCode()).isEqualTo(403);
    }

    @Test
    void unitUsersAreRefusedTheDeskAndTheAdministration() {
        for (String username : List.of("tianbao", "fuze")) {
            var unit = WebSession.signedIn(port, username);
            assertThat(unit.get("/review").statusCode()).isEqualTo(403);
            assertThat(unit.get("/review").body()).contains("审核台只供财政审核人使用");
            assertThat(unit.get("/api/v1/review/queue").statusCode()).isEqualTo(403);
            assertThat(unit.get("/admin").statusCode()).isEqualTo(403);
            assertThat(unit.get("/admin/users").statusCode()).isEqualTo(403);
            assertThat(unit.get("/api/v1/admin/users").statusCode()).isEqualTo(403);
            assertThat(unit.post("/api/v1/admin/years", Map.of("year", 2030)).statusCode()).isEqualTo(403);
        }
        var reviewer = WebSession.signedIn(port, "shenhe");
        assertThat(reviewer.get("/admin").statusCode()).isEqualTo(403);
        assertThat(reviewer.get("/api/v1/admin/units").statusCode()).isEqualTo(403);
        assertThat(new WebSession(port).get("/review").statusCode()).isEqualTo(302);
        assertThat(new WebSession(port).get("/api/v1/review/queue").statusCode()).isEqualTo(401);
    }

    private long demoReport() {
        return reports.list().stream().filter(r -> r.unitName().equals("演示试验单位") && r.fiscalYear() == 2021).map(ReportSummary::id)
                .findFirst().orElseThrow();
    }

    private static JsonNode entry(JsonNode queue, long id) {
        for (JsonNode e : queue) if (e.get("id").asLong() == id) return e;
        throw new AssertionError("report " + id + " is not in the queue: " + queue);
    }

    private static JsonNode row(JsonNode comparison, String key) {
        for (JsonNode r : comparison.get("rows")) if (r.get("key").asText().equals(key)) return r;
        throw new AssertionError("no row " + key);
    }

    private static void assertDifference(JsonNode difference, String amount, String percent) {
        assertThat(difference.get("difference").decimalValue()).isEqualByComparingTo(new BigDecimal(amount));
        assertThat(difference.get("percent").decimalValue()).isEqualByComparingTo(new BigDecimal(percent));
    }
}
