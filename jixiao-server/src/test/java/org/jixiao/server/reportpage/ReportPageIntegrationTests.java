package org.jixiao.server.reportpage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jixiao.server.TestDatabase;
import org.jixiao.server.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The report page as each role gets it over real HTTP: the unit's 填报人 gets editable grids with the report's
 * values and the unit's buttons; the reviewer gets the same grids read-only with the review buttons once the
 * report is submitted; a user of another unit gets 404. The editor API places findings at their cells.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-test/*.json"})
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ReportPageIntegrationTests {

    static final String TOTAL = "/finalAccounts/tables/0/rows/0/cells/total";

    @LocalServerPort int port;

    String reportId(WebSession session) {
        return session.get("/api/v1/reports").body().replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");
    }

    @Test
    void theUnitsPreparerGetsEditableGridsWithTheValuesAndTheUnitsButtons() {
        var unit = WebSession.signedIn(port, "tianbao");
        String id = reportId(unit);
        var page = unit.get("/reports/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("演示试验单位", "2021年度", "草稿", "第1版", "公开03表", "支出决算表", "基本支出", "项目支出");
        assertThat(html).contains("data-pointer=\"" + TOTAL + "\"", "value=\"100.00\"", "value=\"60.00\"", "value=\"40.00\"");
        assertThat(html).contains("id=\"save\"", "id=\"submit\"", "id=\"upload\"", "id=\"findings\"", "id=\"finding-count-error\"",
                "data-editable=\"true\"", "/js/editor.js");
        assertThat(html).doesNotContain("id=\"return\"", "id=\"approve\"", "id=\"publish\"", "id=\"reopen\"", "readonly", "<script>");
        assertThat(unit.get("/work").body()).contains("/reports/" + id);
    }

    @Test
    void theReviewerGetsReadOnlyGridsAndTheReviewButtonsForASubmittedReport() {
        var unit = WebSession.signedIn(port, "tianbao");
        var reviewer = WebSession.signedIn(port, "shenhe");
        String id = reportId(unit);

        String draft = reviewer.get("/reports/" + id).body();
        assertThat(draft).contains("value=\"100.00\"", "readonly", "data-editable=\"false\"");
        assertThat(draft).doesNotContain("id=\"save\"", "id=\"return\"", "id=\"approve\"", "id=\"upload\"");

        JsonNode editor = WebSession.json(unit.get("/api/v1/reports/" + id + "/editor"));
        assertThat(unit.post("/api/v1/reports/" + id + "/submit", Map.of("lockVersion", editor.get("lockVersion").asLong())).statusCode())
                .isEqualTo(200);

        String submitted = reviewer.get("/reports/" + id).body();
        assertThat(submitted).contains("已提交", "id=\"return\"", "id=\"approve\"", "id=\"comment-body\"", "readonly");
        assertThat(submitted).doesNotContain("id=\"save\"", "id=\"submit\"", "id=\"publish\"");
        String unitView = unit.get("/reports/" + id).body();
        assertThat(unitView).contains("已提交", "readonly").doesNotContain("id=\"save\"", "id=\"submit\"", "id=\"return\"");
        String adminView = WebSession.signedIn(port, "admin").get("/reports/" + id).body();
        assertThat(adminView).contains("value=\"100.00\"", "readonly")
                .doesNotContain("id=\"save\"", "id=\"return\"", "id=\"approve\"", "id=\"publish\"", "id=\"reopen\"");

        long lock = WebSession.json(reviewer.post("/api/v1/reports/" + id + "/approve",
                Map.of("lockVersion", WebSession.json(reviewer.get("/api/v1/reports/" + id + "/editor")).get("lockVersion").asLong())))
                .get("lockVersion").asLong();
        assertThat(reviewer.get("/reports/" + id).body()).contains("已审核", "id=\"publish\"").doesNotContain("id=\"approve\"");
        assertThat(reviewer.post("/api/v1/reports/" + id + "/publish", Map.of("lockVersion", lock)).statusCode()).isEqualTo(200);
        String published = unit.get("/reports/" + id).body();
        assertThat(published).contains("已公开", "公开版本：<span id=\"published-version\">第1版", "id=\"reopen\"", "id=\"reopen-reason\"")
                .doesNotContain("id=\"save\"", "id=\"submit\"");
    }

    @Test
    void aUserOfAnotherUnitGets404() {
        var unit = WebSession.signedIn(port, "tianbao");
        var other = WebSession.signedIn(port, "qita");
        var page = other.get("/reports/" + reportId(unit));
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("100.00", "data-pointer");
        assertThat(new WebSession(port).get("/reports/" + reportId(unit)).statusCode()).isEqualTo(302);
    }

    @Test
    void previewFindingsCarryThePointerOfTheirCell() {
        var unit = WebSession.signedIn(port, "tianbao");
        String id = reportId(unit);
        JsonNode preview = WebSession.json(unit.post("/api/v1/reports/" + id + "/preview",
                Map.of("version", 1, "edits", List.of(Map.of("pointer", TOTAL, "value", "101.00")))));
        assertThat(preview.at("/check/errors").asInt()).isPositive();
        List<String> pointers = preview.at("/check/findings").findValuesAsText("pointer");
        assertThat(pointers).contains(TOTAL);
    }
}
