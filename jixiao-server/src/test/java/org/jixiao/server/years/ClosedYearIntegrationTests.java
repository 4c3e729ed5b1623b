package org.jixiao.server.years;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jixiao.server.TestDatabase;
import org.jixiao.server.WebSession;
import org.jixiao.server.audit.AuditLog;
import org.jixiao.server.audit.AuditQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * A closed fiscal year is frozen, over real HTTP: while the administrator keeps 2021 closed, its report cannot be
 * saved, imported into, explained, submitted, returned, approved or reopened for a correction — each a 409 with the
 * Chinese reason — and the editor shows it read-only; an approved report can still be published. Opening the year
 * again lets the same requests through.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-test/*.json"})
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD) // each test starts from the demo report's version 1, 2021 open
class ClosedYearIntegrationTests {

    static final String PROJECT = "/finalAccounts/tables/0/rows/0/cells/project";
    static final String SAVE_REFUSED = "2021年度已关闭，不能修改报告；如需更正请联系管理员重新开放该年度。";

    @LocalServerPort int port;
    @Autowired AuditLog audit;

    @Test
    void aClosedYearRefusesEveryChangeOfTheUnitUntilTheAdministratorOpensItAgain() {
        var unit = WebSession.signedIn(port, "tianbao");
        var admin = WebSession.signedIn(port, "admin");
        String id = reportId(unit);
        String base = "/api/v1/reports/" + id;
        assertThat(WebSession.json(unit.get(base + "/editor")).get("yearOpen").asBoolean()).isTrue();

        assertThat(admin.put("/api/v1/admin/years/2021", Map.of("open", false)).statusCode()).isEqualTo(200);

        var save = unit.put(base + "/content", Map.of("lockVersion", 0, "edits", List.of(edit(PROJECT, "40.50"))));
        assertThat(save.statusCode()).isEqualTo(409);
        assertThat(WebSession.json(save).get("detail").asText()).isEqualTo(SAVE_REFUSED);
        var imported = importText(unit, base, 0, "2021年度部门决算\n");
        assertThat(imported.statusCode()).isEqualTo(409);
        assertThat(imported.body()).contains("2021年度已关闭，不能导入文件替换报告内容");
        var explain = unit.put(base + "/explanations", Map.of("findingKey", "rule@location", "text", "说明"));
        assertThat(explain.statusCode()).isEqualTo(409);
        assertThat(explain.body()).contains("2021年度已关闭，不能填写情况说明");
        var submit = unit.post(base + "/submit", Map.of("lockVersion", 0));
        assertThat(submit.statusCode()).isEqualTo(409);
        assertThat(submit.body()).contains("2021年度已关闭，不能提交", "重新开放该年度");
        // The role is still decided first: a reviewer trying to save gets 403, not the year's 409.
        assertThat(WebSession.signedIn(port, "shenhe").put(base + "/content", Map.of("lockVersion", 0, "edits", List.of(edit(PROJECT, "1.00"))))
                .statusCode()).isEqualTo(403);

        // Reading stays: the editor opens read-only with the year shown closed, and a preview still checks.
        JsonNode editor = WebSession.json(unit.get(base + "/editor"));
        assertThat(editor.get("yearOpen").asBoolean()).isFalse();
        assertThat(editor.get("editable").asBoolean()).isFalse();
        assertThat(unit.post(base + "/preview", Map.of("version", 1, "edits", List.of(edit(PROJECT, "41.00")))).statusCode()).isEqualTo(200);
        String page = unit.get("/reports/" + id).body();
        assertThat(page).contains("id=\"year-closed\"", "2021年度已关闭：报告只读", "只读（年度已关闭）", "data-editable=\"false\"", "readonly")
                .doesNotContain("id=\"save\"", "id=\"submit\"", "id=\"upload-form\"");
        assertThat(WebSession.json(unit.get(base + "/editor")).get("version").asInt()).as("nothing was written").isEqualTo(1);
        assertThat(audit.find(new AuditQuery("tianbao", null, null, null, null, null, null, 100))).isEmpty();

        // Opened again: the same save goes through.
        assertThat(admin.put("/api/v1/admin/years/2021", Map.of("open", true)).statusCode()).isEqualTo(200);
        var saved = unit.put(base + "/content", Map.of("lockVersion", 0, "edits", List.of(edit(PROJECT, "40.50"))));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(WebSession.json(saved).get("version").asInt()).isEqualTo(2);
        assertThat(unit.get("/reports/" + id).body()).doesNotContain("id=\"year-closed\"").contains("id=\"save\"");

        assertThat(audit.find(new AuditQuery("admin", null, null, null, null, null, null, 100))).extracting(e -> e.action())
                .containsSubsequence("ADMIN_OPEN_YEAR", "ADMIN_CLOSE_YEAR"); // newest first
        assertThat(audit.find(new AuditQuery("tianbao", "SAVE_CELL", null, null, null, null, null, 100))).singleElement()
                .satisfies(e -> assertThat(e.after()).isEqualTo("40.50"));
    }

    @Test
    void theReviewersStepsAndCorrectionsStopTooButAnApprovedReportCanStillBePublished() {
        var unit = WebSession.signedIn(port, "tianbao");
        var reviewer = WebSession.signedIn(port, "shenhe");
        var admin = WebSession.signedIn(port, "admin");
        String id = reportId(unit);
        String base = "/api/v1/reports/" + id;
        long lock = WebSession.json(unit.post(base + "/submit", Map.of("lockVersion", 0))).get("lockVersion").asLong();

        close(admin, 2021, false);
        var returned = reviewer.post(base + "/return", Map.of("lockVersion", lock, "comments", List.of(Map.of("body", "请核对"))));
        assertThat(returned.statusCode()).isEqualTo(409);
        assertThat(returned.body()).contains("2021年度已关闭，不能退回");
        assertThat(WebSession.json(reviewer.get(base + "/comments"))).as("the comment was not kept either").isEmpty();
        var approve = reviewer.post(base + "/approve", Map.of("lockVersion", lock));
        assertThat(approve.statusCode()).isEqualTo(409);
        assertThat(approve.body()).contains("2021年度已关闭，不能审核通过");
        assertThat(reviewer.get("/reports/" + id).body()).contains("id=\"year-closed\"").doesNotContain("id=\"approve\"", "id=\"return\"");

        close(admin, 2021, true);
        lock = WebSession.json(reviewer.post(base + "/approve", Map.of("lockVersion", lock))).get("lockVersion").asLong();

        // Publishing changes no content: allowed in a closed year (the bureau's duty to publish does not wait).
        close(admin, 2021, false);
        assertThat(reviewer.get("/reports/" + id).body()).contains("id=\"publish\"");
        var published = reviewer.post(base + "/publish", Map.of("lockVersion", lock));
        assertThat(published.statusCode()).isEqualTo(200);
        lock = WebSession.json(published).get("lockVersion").asLong();

        // A correction would change the report: refused for the unit and the reviewer alike.
        for (WebSession who : List.of(unit, reviewer)) {
            var reopen = who.post(base + "/reopen", Map.of("lockVersion", lock, "reason", "更正"));
            assertThat(reopen.statusCode()).isEqualTo(409);
            assertThat(reopen.body()).contains("2021年度已关闭，不能发起更正；如需更正请联系管理员重新开放该年度。");
        }
        assertThat(unit.get("/reports/" + id).body()).doesNotContain("id=\"reopen\"");

        close(admin, 2021, true);
        assertThat(WebSession.json(unit.post(base + "/reopen", Map.of("lockVersion", lock, "reason", "更正"))).get("state").asText())
                .isEqualTo("DRAFT");
    }

    private static void close(WebSession admin, int year, boolean open) {
        assertThat(admin.put("/api/v1/admin/years/" + year, Map.of("open", open)).statusCode()).isEqualTo(200);
    }

    private static String reportId(WebSession unit) {
        return unit.get("/api/v1/reports").body().replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");
    }

    private static Map<String, String> edit(String pointer, String value) {
        return Map.of("pointer", pointer, "value", value);
    }

    private static HttpResponse<String> importText(WebSession session, String base, long lockVersion, String text) {
        String boundary = "----jixiaoclosed";
        String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"lockVersion\"\r\n\r\n" + lockVersion + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
        return session.send(session.withCsrf(HttpRequest.newBuilder(URI.create(session.base() + base + "/import")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build());
    }
}
