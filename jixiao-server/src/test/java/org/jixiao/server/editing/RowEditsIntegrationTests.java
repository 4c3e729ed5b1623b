package org.jixiao.server.editing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
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
 * Inserting and removing rows through the editor's API, as the page does it: the edits go to the same
 * {@code POST …/preview} and {@code PUT …/content} as cell edits. The demo data is {@code demo-rows/}: tianbao's unit
 * has a clean 公开05表 (合计 100.00 = 201 = 20103 = 2010301 60.00 + 2010302 40.00), qita's unit a 自评表 and a
 * 基础数据表 with one 项目支出 item.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-rows/*.json"})
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class RowEditsIntegrationTests {

    static final String ROWS = "/finalAccounts/tables/0/rows";

    @LocalServerPort int port;

    static String reportId(WebSession session) {
        return session.get("/api/v1/reports").body().replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");
    }

    static Map<String, String> set(String pointer, String value) {
        return Map.of("pointer", pointer, "value", value);
    }

    static Map<String, String> insert(String pointer) {
        return Map.of("op", "insertRow", "pointer", pointer);
    }

    static Map<String, String> remove(String pointer) {
        return Map.of("op", "removeRow", "pointer", pointer);
    }

    /** A new 项 row 2010399 under 20103 with 5.00 of 项目支出, at index 5 (the end). */
    static List<Map<String, String>> newItem() {
        return List.of(insert(ROWS + "/5"), set(ROWS + "/5/key", "2010399"), set(ROWS + "/5/name", "其他政府办公厅（室）及相关机构事务支出"),
                set(ROWS + "/5/cells/total", "5.00"), set(ROWS + "/5/cells/project", "5.00"));
    }

    static List<JsonNode> errors(JsonNode check) {
        List<JsonNode> out = new ArrayList<>();
        check.path("findings").forEach(f -> { if (f.path("severity").asText().equals("ERROR")) out.add(f); });
        return out;
    }

    @Test
    void aRowInsertedWithACodeAndAnAmountBreaksTheTotalsInThePreviewAndRemovingItMendsThem() {
        var unit = WebSession.signedIn(port, "tianbao");
        String base = "/api/v1/reports/" + reportId(unit);
        JsonNode editor = WebSession.json(unit.get(base + "/editor"));
        assertThat(editor.at("/check/errors").asInt()).as(editor.at("/check").toString()).isZero();

        // 20103 (100.00) no longer equals its 项 rows 60.00 + 40.00 + 5.00.
        JsonNode inserted = WebSession.json(unit.post(base + "/preview", Map.of("version", 1, "edits", newItem())));
        List<JsonNode> found = errors(inserted.get("check"));
        assertThat(found).isNotEmpty();
        assertThat(found).anySatisfy(f -> {
            assertThat(f.path("pointer").asText()).isEqualTo(ROWS + "/2/cells/total");
            assertThat(f.path("expected").asText()).isEqualTo("105.00");
        });
        assertThat(inserted.at("/stale").asBoolean()).isFalse();

        // Removed again in the same edits: nothing is left to find.
        List<Map<String, String>> undone = new ArrayList<>(newItem());
        undone.add(remove(ROWS + "/5"));
        assertThat(WebSession.json(unit.post(base + "/preview", Map.of("version", 1, "edits", undone))).at("/check/errors").asInt()).isZero();

        // Removing a stated row breaks the sum the other way: 20103 100.00 against 60.00.
        JsonNode removed = WebSession.json(unit.post(base + "/preview", Map.of("version", 1, "edits", List.of(remove(ROWS + "/4")))));
        assertThat(errors(removed.get("check"))).anySatisfy(f -> {
            assertThat(f.path("pointer").asText()).isEqualTo(ROWS + "/2/cells/total");
            assertThat(f.path("expected").asText()).isEqualTo("60.00");
        });
    }

    @Test
    void findingsPointAtTheRowsWhereTheyAreAfterAnInsert() {
        var unit = WebSession.signedIn(port, "tianbao");
        String base = "/api/v1/reports/" + reportId(unit);

        // A 类 row 205 with 5.00 (项目支出) inserted first: 合计 (now row 1) no longer equals Σ 类 100.00 + 5.00.
        JsonNode preview = WebSession.json(unit.post(base + "/preview", Map.of("version", 1, "edits",
                List.of(insert(ROWS + "/0"), set(ROWS + "/0/key", "205"), set(ROWS + "/0/name", "教育支出"), set(ROWS + "/0/cells/total", "5.00"),
                        set(ROWS + "/0/cells/project", "5.00")))));

        List<JsonNode> found = errors(preview.get("check"));
        assertThat(found).anySatisfy(f -> {
            assertThat(f.path("pointer").asText()).isEqualTo(ROWS + "/1/cells/total");
            assertThat(f.path("location").asText()).contains("合计");
            assertThat(f.path("expected").asText()).isEqualTo("105.00");
        });
        assertThat(found).extracting(f -> f.path("pointer").asText()).doesNotContain(ROWS + "/0/cells/total");
    }

    @Test
    void aSavedInsertIsANewVersionWithTheRowAndTheAuditLogHasTheRowAndItsCells() {
        var unit = WebSession.signedIn(port, "tianbao");
        String id = reportId(unit);
        String base = "/api/v1/reports/" + id;

        var answer = unit.put(base + "/content", Map.of("lockVersion", 0, "edits", newItem(), "note", "增加 2010399"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode saved = WebSession.json(answer);
        assertThat(saved.get("version").asInt()).isEqualTo(2);
        assertThat(errors(saved.get("check"))).isNotEmpty();

        JsonNode editor = WebSession.json(unit.get(base + "/editor"));
        assertThat(editor.get("version").asInt()).isEqualTo(2);
        JsonNode row = editor.at("/report" + ROWS + "/5");
        assertThat(row.path("key").asText()).isEqualTo("2010399");
        assertThat(row.at("/cells/project").asText()).isEqualTo("5.00");
        assertThat(row.at("/cells/basic").asText()).isEmpty();
        assertThat(editor.at("/report" + ROWS).size()).isEqualTo(6);

        var admin = WebSession.signedIn(port, "admin");
        String log = admin.get("/api/v1/admin/audit?report=" + id).body();
        assertThat(log).contains("\"action\":\"INSERT_ROW\"", "\"subject\":\"" + ROWS + "/5\"", "插入行：公开05表第6行",
                "\"subject\":\"" + ROWS + "/5/key\"", "\"after\":\"2010399\"", "\"actor\":\"tianbao\"");

        // Removing it is a version of its own, and the log keeps what the row held.
        long lock = editor.get("lockVersion").asLong();
        var second = unit.put(base + "/content", Map.of("lockVersion", lock, "edits", List.of(remove(ROWS + "/5"))));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(WebSession.json(second).at("/check/errors").asInt()).isZero();
        assertThat(WebSession.json(unit.get(base + "/editor")).at("/report" + ROWS).size()).isEqualTo(5);
        JsonNode entries = WebSession.json(admin.get("/api/v1/admin/audit?report=" + id));
        JsonNode removal = null;
        for (JsonNode e : entries.isArray() ? entries : entries.path("entries")) if (e.path("action").asText().equals("REMOVE_ROW")) removal = e;
        assertThat(removal).as(entries.toString()).isNotNull();
        assertThat(removal.path("subject").asText()).isEqualTo(ROWS + "/5");
        assertThat(removal.path("before").asText()).contains("2010399", "5.00");
        assertThat(removal.path("after").isNull() || removal.path("after").isMissingNode()).isTrue();
        assertThat(removal.path("detail").asText()).contains("第3版", "删除行：公开05表第6行（2010399 其他政府办公厅（室）及相关机构事务支出）");
    }

    @Test
    void aBadRowEditIsA400InChineseThatNamesThePlaceAndNothingIsSaved() {
        var unit = WebSession.signedIn(port, "tianbao");
        String base = "/api/v1/reports/" + reportId(unit);

        var outside = unit.post(base + "/preview", Map.of("version", 1, "edits", List.of(insert(ROWS + "/9"))));
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(outside.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(outside.body()).contains("不能在 " + ROWS + "/9 插入行", "公开05表现有 5 行");

        var fixed = unit.post(base + "/preview", Map.of("version", 1, "edits", List.of(remove(ROWS + "/0"))));
        assertThat(fixed.statusCode()).isEqualTo(400);
        assertThat(fixed.body()).contains("公开05表第1行（合计）是表格的固定行，不能删除");

        var cell = unit.post(base + "/preview", Map.of("version", 1, "edits", List.of(remove(ROWS + "/3/cells/total"))));
        assertThat(cell.statusCode()).isEqualTo(400);
        assertThat(cell.body()).contains("不是一行");

        var missing = unit.post(base + "/preview", Map.of("version", 1, "edits", List.of(insert("/finalAccounts/tables/3/rows/0"))));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("报告中没有位置 /finalAccounts/tables/3/rows/0");

        // A blank or half-typed new row is fine while checking, but is not saved.
        assertThat(unit.post(base + "/preview", Map.of("version", 1, "edits", List.of(insert(ROWS + "/5")))).statusCode()).isEqualTo(200);
        assertThat(unit.post(base + "/preview", Map.of("version", 1, "edits", List.of(insert(ROWS + "/5"), set(ROWS + "/5/key", "20103x"))))
                .statusCode()).isEqualTo(200);
        var code = unit.put(base + "/content", Map.of("lockVersion", 0, "edits", List.of(insert(ROWS + "/5"), set(ROWS + "/5/key", "20103x"))));
        assertThat(code.statusCode()).isEqualTo(400);
        assertThat(code.body()).contains("公开05表第6行的科目编码“20103x”不对");
        var blank = unit.put(base + "/content", Map.of("lockVersion", 0, "edits", List.of(insert(ROWS + "/5"), set(ROWS + "/5/cells/total", "1.00"))));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("公开05表第6行还没有填写科目编码，不能保存");
        JsonNode editor = WebSession.json(unit.get(base + "/editor"));
        assertThat(editor.get("version").asInt()).isEqualTo(1);
        assertThat(editor.at("/report" + ROWS).size()).isEqualTo(5);
    }

    @Test
    void anotherUnitsReportIsNotFoundForRowEditsEither() {
        var tianbao = WebSession.signedIn(port, "tianbao");
        var qita = WebSession.signedIn(port, "qita");
        String mine = reportId(tianbao);
        String theirs = reportId(qita);
        assertThat(theirs).isNotEqualTo(mine);

        var preview = qita.post("/api/v1/reports/" + mine + "/preview", Map.of("version", 1, "edits", newItem()));
        assertThat(preview.statusCode()).isEqualTo(404);
        assertThat(preview.body()).doesNotContain("演示增删行单位", "公开05表");
        assertThat(qita.put("/api/v1/reports/" + mine + "/content", Map.of("lockVersion", 0, "edits", newItem())).statusCode()).isEqualTo(404);
        assertThat(tianbao.post("/api/v1/reports/" + theirs + "/preview",
                Map.of("version", 1, "edits", List.of(insert("/selfEvaluation/sheets/0/indicators/0")))).statusCode()).isEqualTo(404);
        assertThat(WebSession.json(tianbao.get("/api/v1/reports/" + mine + "/editor")).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void anIndicatorRowAndAProjectItemAreInsertedIntoTheSelfEvaluation() {
        var unit = WebSession.signedIn(port, "qita");
        String base = "/api/v1/reports/" + reportId(unit);
        String indicators = "/selfEvaluation/sheets/0/indicators";
        String items = "/selfEvaluation/baseData/rows";

        // Below 办文差错率 (产出指标 · 质量指标); below 业务工作经费, the only place the 基础数据表 grows.
        List<Map<String, String>> edits = List.of(insert(indicators + "/2"), set(indicators + "/2/name", "办文及时率"), set(indicators + "/2/target", "≥95%"),
                set(indicators + "/2/actual", "98%"), insert(items + "/2"), set(items + "/2/label", "培训经费"), set(items + "/2/currentActual", "2.00"));
        assertThat(unit.post(base + "/preview", Map.of("version", 1, "edits", edits)).statusCode()).isEqualTo(200);
        var refused = unit.post(base + "/preview", Map.of("version", 1, "edits", List.of(insert(items + "/3"))));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("基础数据表第4行", "项目支出");

        var saved = unit.put(base + "/content", Map.of("lockVersion", 0, "edits", edits));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode report = WebSession.json(unit.get(base + "/editor")).get("report");
        JsonNode indicator = report.at(indicators + "/2");
        assertThat(indicator.path("level1").asText()).isEqualTo("产出指标");
        assertThat(indicator.path("level2").asText()).isEqualTo("质量指标");
        assertThat(indicator.path("name").asText()).isEqualTo("办文及时率");
        assertThat(report.at(indicators).size()).isEqualTo(5);
        assertThat(report.at(indicators + "/3/name").asText()).isEqualTo("服务保障水平");
        assertThat(report.at(items + "/2/key").asText()).isEqualTo("project.培训经费");
        assertThat(report.at(items + "/3/key").asText()).isEqualTo("public");
    }
}
