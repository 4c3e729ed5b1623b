package org.jixiao.server.editing;

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
 * The server remembers stored versions and their checks, and the check of edits it has just previewed (so a
 * deadline-day save does not check again). Seen from the editor's API, what each answer says must be exactly what
 * a fresh check of that version would say: the saved version's findings after a save, the winner's content after a
 * lost save, each preview's own edits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-test/*.json"})
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class RememberedChecksIntegrationTests {

    /** 公开01表 收入支出总计 of the demo unit's report: 101.00 breaks its sum (an ERROR at this cell). */
    static final String TOTAL = "/finalAccounts/tables/0/rows/0/cells/total";

    @LocalServerPort int port;

    @Test
    void afterASaveTheFindingsAndTheEditorShowTheSavedVersionAndItsCheck() {
        var unit = WebSession.signedIn(port, "tianbao");
        String id = reportId(unit);
        JsonNode opened = WebSession.json(unit.get("/api/v1/reports/" + id + "/editor"));
        String original = text(opened.at("/report" + TOTAL));
        assertThat(pointers(opened.at("/check"))).doesNotContain(TOTAL);

        var edits = List.of(Map.of("pointer", TOTAL, "value", "101.00"));
        JsonNode preview = WebSession.json(unit.post("/api/v1/reports/" + id + "/preview", Map.of("version", opened.get("version").asInt(), "edits", edits)));
        assertThat(pointers(preview.at("/check"))).contains(TOTAL);

        var saveResponse = unit.put("/api/v1/reports/" + id + "/content", Map.of("lockVersion", opened.get("lockVersion").asLong(), "edits", edits));
        assertThat(saveResponse.statusCode()).isEqualTo(200);
        JsonNode saved = WebSession.json(saveResponse);
        int version = saved.get("version").asInt();
        assertThat(version).isEqualTo(opened.get("version").asInt() + 1);
        assertThat(saved.at("/check/findings")).isEqualTo(preview.at("/check/findings"));

        JsonNode findings = WebSession.json(unit.get("/api/v1/reports/" + id + "/findings"));
        assertThat(findings.get("version").asInt()).isEqualTo(version);
        assertThat(findings.get("findings")).isEqualTo(saved.at("/check/findings"));

        JsonNode reopened = WebSession.json(unit.get("/api/v1/reports/" + id + "/editor"));
        assertThat(reopened.get("version").asInt()).isEqualTo(version);
        assertThat(text(reopened.at("/report" + TOTAL))).isEqualTo("101.00").isNotEqualTo(original);
        assertThat(reopened.at("/check/findings")).isEqualTo(saved.at("/check/findings"));

        // Back to the original value: the check of the new version is the original one again.
        var back = unit.put("/api/v1/reports/" + id + "/content",
                Map.of("lockVersion", saved.get("lockVersion").asLong(), "edits", List.of(Map.of("pointer", TOTAL, "value", original))));
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(WebSession.json(unit.get("/api/v1/reports/" + id + "/findings")).get("findings")).isEqualTo(opened.at("/check/findings"));
    }

    @Test
    void aSaveThatLostLeavesNoTraceOfItsContentOrItsCheck() {
        var first = WebSession.signedIn(port, "tianbao");
        var second = WebSession.signedIn(port, "fuze");
        String id = reportId(first);
        JsonNode opened = WebSession.json(first.get("/api/v1/reports/" + id + "/editor"));
        long lock = opened.get("lockVersion").asLong();
        int version = opened.get("version").asInt();

        var winner = List.of(Map.of("pointer", TOTAL, "value", "101.00"));
        assertThat(second.put("/api/v1/reports/" + id + "/content", Map.of("lockVersion", lock, "edits", winner)).statusCode()).isEqualTo(200);

        var loser = List.of(Map.of("pointer", TOTAL, "value", "202.00"));
        JsonNode preview = WebSession.json(first.post("/api/v1/reports/" + id + "/preview", Map.of("version", version, "edits", loser)));
        assertThat(preview.get("stale").asBoolean()).isTrue();
        var lost = first.put("/api/v1/reports/" + id + "/content", Map.of("lockVersion", lock, "edits", loser));
        assertThat(lost.statusCode()).isEqualTo(409);

        JsonNode now = WebSession.json(first.get("/api/v1/reports/" + id + "/editor"));
        assertThat(now.get("version").asInt()).isEqualTo(version + 1);
        assertThat(text(now.at("/report" + TOTAL))).isEqualTo("101.00");
        JsonNode findings = WebSession.json(first.get("/api/v1/reports/" + id + "/findings"));
        assertThat(findings.get("version").asInt()).isEqualTo(version + 1);
        assertThat(findings.toString()).doesNotContain("202.00").contains("101.00");
    }

    @Test
    void eachPreviewIsTheCheckOfItsOwnEdits() {
        var unit = WebSession.signedIn(port, "tianbao");
        String id = reportId(unit);
        JsonNode opened = WebSession.json(unit.get("/api/v1/reports/" + id + "/editor"));
        int version = opened.get("version").asInt();
        String original = text(opened.at("/report" + TOTAL));
        for (int round = 0; round < 2; round++) {
            JsonNode broken = WebSession.json(unit.post("/api/v1/reports/" + id + "/preview",
                    Map.of("version", version, "edits", List.of(Map.of("pointer", TOTAL, "value", "101.00")))));
            assertThat(pointers(broken.at("/check"))).contains(TOTAL);
            assertThat(broken.toString()).contains("101.00");
            JsonNode same = WebSession.json(unit.post("/api/v1/reports/" + id + "/preview",
                    Map.of("version", version, "edits", List.of(Map.of("pointer", TOTAL, "value", original)))));
            assertThat(same.at("/check/findings")).isEqualTo(opened.at("/check/findings"));
        }
    }

    static String reportId(WebSession session) {
        return session.get("/api/v1/reports").body().replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");
    }

    static List<String> pointers(JsonNode check) {
        return check.path("findings").findValuesAsText("pointer");
    }

    static String text(JsonNode cell) {
        return cell.isObject() ? cell.path("text").asText() : cell.asText();
    }
}
