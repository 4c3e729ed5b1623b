package org.jixiao.server.workflow;

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
 * The yearly round of SPEC §6 over the JSON API, as the pages drive it: the unit edits and sees the findings
 * change, cannot submit with an ERROR, submits; the reviewer returns with a comment on the cell; the unit fixes
 * and resubmits; the reviewer approves and publishes; the public sees the published version; a correction
 * leaves it public until published in turn, with the list of what changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-test/*.json"})
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD) // each test starts from the demo report's version 1
class WorkflowIntegrationTests {

    // 公开03表 合计: total 100.00 = basic 60.00 + project 40.00 in the demo report.
    static final String TOTAL = "/finalAccounts/tables/0/rows/0/cells/total";
    static final String PROJECT = "/finalAccounts/tables/0/rows/0/cells/project";

    @LocalServerPort int port;

    @Test
    void aReportGoesFromDraftToPublishedAndThroughACorrection() {
        var unit = WebSession.signedIn(port, "tianbao");
        var reviewer = WebSession.signedIn(port, "shenhe");
        var anyone = new WebSession(port);
        String id = unit.get("/api/v1/reports").body().replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");
        String base = "/api/v1/reports/" + id;

        JsonNode editor = WebSession.json(unit.get(base + "/editor"));
        assertThat(editor.get("editable").asBoolean()).isTrue();
        assertThat(editor.at("/report/finalAccounts/tables/0/rows/0/cells/total").asText()).isEqualTo("100.00");
        assertThat(editor.at("/check/errors").asInt()).isZero();

        // Typing 101.00 into 合计 breaks 合计 = 基本支出 + 项目支出: the preview says so, nothing is saved.
        JsonNode preview = WebSession.json(unit.post(base + "/preview", Map.of("version", 1, "edits", List.of(edit(TOTAL, "101.00")))));
        assertThat(preview.at("/check/errors").asInt()).isPositive();
        assertThat(preview.at("/check/findings").toString()).contains("101.00");
        assertThat(WebSession.json(unit.get(base + "/editor")).at("/version").asInt()).isEqualTo(1);

        var saved = WebSession.json(unit.put(base + "/content", Map.of("lockVersion", 0, "edits", List.of(edit(TOTAL, "101.00")), "note", "改合计")));
        assertThat(saved.get("version").asInt()).isEqualTo(2);
        long lock = saved.get("lockVersion").asLong();

        var refused = unit.post(base + "/submit", Map.of("lockVersion", lock));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("错误", "不能提交");

        // 40.00 → 41.00 makes 60.00 + 41.00 = 101.00 again.
        saved = WebSession.json(unit.put(base + "/content", Map.of("lockVersion", lock, "edits", List.of(edit(PROJECT, "41.00")))));
        assertThat(saved.at("/check/errors").asInt()).isZero();
        lock = saved.get("lockVersion").asLong();
        var submitted = WebSession.json(unit.post(base + "/submit", Map.of("lockVersion", lock)));
        assertThat(submitted.get("state").asText()).isEqualTo("SUBMITTED");

        // The unit cannot change a submitted report; the reviewer cannot change figures at all.
        assertThat(unit.put(base + "/content", Map.of("lockVersion", submitted.get("lockVersion").asLong(),
                "edits", List.of(edit(PROJECT, "40.00")))).statusCode()).isEqualTo(409);
        assertThat(reviewer.put(base + "/content", Map.of("lockVersion", submitted.get("lockVersion").asLong(),
                "edits", List.of(edit(PROJECT, "40.00")))).statusCode()).isEqualTo(403);

        var noComment = reviewer.post(base + "/return", Map.of("lockVersion", submitted.get("lockVersion").asLong(), "comments", List.of()));
        assertThat(noComment.statusCode()).isEqualTo(400);
        var returned = WebSession.json(reviewer.post(base + "/return", Map.of("lockVersion", submitted.get("lockVersion").asLong(),
                "comments", List.of(Map.of("anchor", PROJECT, "body", "项目支出与明细不符，请核对")))));
        assertThat(returned.get("state").asText()).isEqualTo("RETURNED");
        assertThat(unit.get(base + "/comments").body()).contains("项目支出与明细不符，请核对", PROJECT, "shenhe");

        saved = WebSession.json(unit.put(base + "/content", Map.of("lockVersion", returned.get("lockVersion").asLong(),
                "edits", List.of(edit(PROJECT, "40.00"), edit(TOTAL, "100.00")), "note", "按审核意见改正")));
        var resubmitted = WebSession.json(unit.post(base + "/submit", Map.of("lockVersion", saved.get("lockVersion").asLong())));
        assertThat(resubmitted.get("state").asText()).isEqualTo("SUBMITTED");

        // A unit user cannot approve their own report.
        assertThat(unit.post(base + "/approve", Map.of("lockVersion", resubmitted.get("lockVersion").asLong())).statusCode()).isEqualTo(403);
        var approved = WebSession.json(reviewer.post(base + "/approve", Map.of("lockVersion", resubmitted.get("lockVersion").asLong())));
        assertThat(anyone.get("/").body()).doesNotContain("演示试验单位");
        var published = WebSession.json(reviewer.post(base + "/publish", Map.of("lockVersion", approved.get("lockVersion").asLong())));
        assertThat(published.get("state").asText()).isEqualTo("PUBLISHED");
        assertThat(anyone.get("/").body()).contains("演示试验单位", "第4版");

        // Published is immutable: a save is refused; a correction reopens a draft while version 4 stays public.
        assertThat(unit.put(base + "/content", Map.of("lockVersion", published.get("lockVersion").asLong(),
                "edits", List.of(edit(PROJECT, "39.00")))).statusCode()).isEqualTo(409);
        var reopened = WebSession.json(unit.post(base + "/reopen", Map.of("lockVersion", published.get("lockVersion").asLong(),
                "reason", "更正基本支出")));
        assertThat(reopened.get("state").asText()).isEqualTo("DRAFT");
        assertThat(anyone.get("/").body()).contains("演示试验单位", "第4版");
        // Version 3 had 101.00 = 60.00 + 41.00; the published version 4 has 100.00 = 60.00 + 40.00.
        var changes = unit.get(base + "/changes?from=3&to=4");
        assertThat(changes.body()).contains(PROJECT, "\"before\":\"41.00\"", "\"after\":\"40.00\"", "\"before\":\"101.00\"",
                "\"label\":\"公开03表 · 合计 · project\"");
    }

    @Test
    void everyChangeIsInTheAuditLogWithBeforeAndAfter() {
        var unit = WebSession.signedIn(port, "tianbao");
        String id = unit.get("/api/v1/reports").body().replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");
        long lock = WebSession.json(unit.get("/api/v1/reports/" + id + "/editor")).get("lockVersion").asLong();

        unit.put("/api/v1/reports/" + id + "/content", Map.of("lockVersion", lock, "edits", List.of(edit(PROJECT, "40.50"))));

        var admin = WebSession.signedIn(port, "admin");
        var log = admin.get("/api/v1/admin/audit?report=" + id);
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body()).contains("SAVE_CELL", PROJECT, "\"before\":\"40.00\"", "\"after\":\"40.50\"", "\"actor\":\"tianbao\"");
        assertThat(unit.get("/api/v1/admin/audit?report=" + id).statusCode()).isEqualTo(403);
    }

    @Test
    void aSaveOverANewerSaveIsAConflictThatNamesTheWinner() {
        var tianbao = WebSession.signedIn(port, "tianbao");
        var fuze = WebSession.signedIn(port, "fuze");
        String id = tianbao.get("/api/v1/reports").body().replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");
        long lock = WebSession.json(tianbao.get("/api/v1/reports/" + id + "/editor")).get("lockVersion").asLong();

        var first = fuze.put("/api/v1/reports/" + id + "/content", Map.of("lockVersion", lock, "edits", List.of(edit(PROJECT, "40.10"))));
        var second = tianbao.put("/api/v1/reports/" + id + "/content", Map.of("lockVersion", lock, "edits", List.of(edit(PROJECT, "40.20"))));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("fuze", "您的修改未保存");
        assertThat(tianbao.get("/api/v1/reports/" + id).body()).contains("40.10").doesNotContain("40.20");
    }

    @Test
    void anotherUnitsUserFindsNothingAndCannotAct() {
        var tianbao = WebSession.signedIn(port, "tianbao");
        var qita = WebSession.signedIn(port, "qita");
        String id = tianbao.get("/api/v1/reports").body().replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");

        assertThat(qita.get("/api/v1/reports").body()).isEqualTo("[]");
        assertThat(qita.get("/api/v1/reports/" + id).statusCode()).isEqualTo(404);
        assertThat(qita.get("/api/v1/reports/" + id + "/editor").statusCode()).isEqualTo(404);
        assertThat(qita.put("/api/v1/reports/" + id + "/content", Map.of("lockVersion", 0, "edits", List.of(edit(PROJECT, "1")))).statusCode())
                .isEqualTo(404);
        assertThat(qita.post("/api/v1/reports/" + id + "/submit", Map.of("lockVersion", 0)).statusCode()).isEqualTo(404);
    }

    @Test
    void aStateChangingRequestWithoutTheCsrfTokenIsRefused() {
        var tianbao = WebSession.signedIn(port, "tianbao");
        String id = tianbao.get("/api/v1/reports").body().replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");

        var forged = tianbao.postWithoutCsrf("/api/v1/reports/" + id + "/submit", Map.of("lockVersion", 0));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("CSRF");
    }

    @Test
    void anEditOfACellThatDoesNotExistIsExplained() {
        var tianbao = WebSession.signedIn(port, "tianbao");
        String id = tianbao.get("/api/v1/reports").body().replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");

        var response = tianbao.post("/api/v1/reports/" + id + "/preview",
                Map.of("version", 1, "edits", List.of(edit("/finalAccounts/tables/7/rows/0/cells/total", "1"))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("报告中没有位置 /finalAccounts/tables/7/rows/0/cells/total");
    }

    static Map<String, String> edit(String pointer, String value) {
        return Map.of("pointer", pointer, "value", value);
    }
}
