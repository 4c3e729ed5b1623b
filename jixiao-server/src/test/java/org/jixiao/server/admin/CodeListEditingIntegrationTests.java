package org.jixiao.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.codes.CodeEntry;
import org.jixiao.codes.Scheme;
import org.jixiao.server.Forms;
import org.jixiao.server.TestDatabase;
import org.jixiao.server.WebSession;
import org.jixiao.server.audit.AuditLog;
import org.jixiao.server.audit.AuditQuery;
import org.jixiao.server.codes.CodeListEntries;
import org.jixiao.server.codes.StoredCodeLists;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * An administrator keeps the code lists over real HTTP, and the checker uses what they keep: a 项 code the unit's
 * report lists but the 2021 list lacks is a TBL-CODE-001 finding in the editor's preview until the administrator adds
 * it, and is not after. Renames, removals (refused under children or while a report uses the code) and CSV imports
 * (all or nothing, the refusal names the line), the pages' forms, the audit entries, and that nobody else may.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-test/*.json"})
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD) // every test changes the 2021 lists or the demo report
class CodeListEditingIntegrationTests {

    /** The demo report's 公开03表 has one row, 合计; typing a code into its key makes it a code row. */
    static final String ROW_KEY = "/finalAccounts/tables/0/rows/0/key";
    static final String TOTAL = "/finalAccounts/tables/0/rows/0/cells/total";

    @LocalServerPort int port;
    @Autowired CodeListEntries entries;
    @Autowired AuditLog audit;
    @Autowired StoredCodeLists lists;

    @Test
    void aCodeTheAdministratorAddsIsNoLongerAFindingInTheEditorsPreview() {
        var unit = WebSession.signedIn(port, "tianbao");
        var admin = WebSession.signedIn(port, "admin");
        String base = "/api/v1/reports/" + reportId(unit);
        Map<String, Object> preview = Map.of("version", 1, "edits", List.of(Map.of("pointer", ROW_KEY, "value", "2010388")));

        assertThat(codeFindings(unit.post(base + "/preview", preview), "2010388")).as("2010388 is not in the bundled 2021 list")
                .anySatisfy(f -> assertThat(f).startsWith("TBL-CODE-001"));

        // Only an administrator may add it; the others are refused before anything is written.
        Map<String, Object> code = Map.of("year", 2021, "scheme", "FUNCTIONAL", "code", "2010388", "name", "数据治理事务");
        for (String who : List.of("tianbao", "shenhe")) {
            assertThat(WebSession.signedIn(port, who).post("/api/v1/admin/codes", code).statusCode()).as(who).isEqualTo(403);
        }
        assertThat(entries.find(2021, Scheme.FUNCTIONAL, "2010388")).isEmpty();

        var added = admin.post("/api/v1/admin/codes", code);
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(WebSession.json(added).toString()).contains("\"code\":\"2010388\"", "\"level\":3", "\"parent\":\"20103\"");
        assertThat(admin.post("/api/v1/admin/codes", code).statusCode()).as("twice").isEqualTo(409);

        // The same preview again: no TBL-CODE-001 for 2010388; the rows's name is now checked against the list's.
        List<String> after = codeFindings(unit.post(base + "/preview", preview), "2010388");
        assertThat(after).noneSatisfy(f -> assertThat(f).startsWith("TBL-CODE-001"));
        assertThat(after).anySatisfy(f -> assertThat(f).startsWith("TBL-CODE-003").contains("数据治理事务"));

        // Renamed to the row's name: the name rule follows the list (the row's parents are still missing: TBL-CODE-006 stays).
        assertThat(admin.put("/api/v1/admin/codes/2021/FUNCTIONAL/2010388", Map.of("name", "合计")).statusCode()).isEqualTo(200);
        assertThat(codeFindings(unit.post(base + "/preview", preview), "2010388")).isNotEmpty()
                .noneSatisfy(f -> assertThat(f).matches("TBL-CODE-00[13] .*"));

        // Removed (no report uses it yet: the preview saved nothing): the finding is back.
        assertThat(Forms.delete(admin, "/api/v1/admin/codes/2021/FUNCTIONAL/2010388").statusCode()).isEqualTo(204);
        assertThat(codeFindings(unit.post(base + "/preview", preview), "2010388")).anySatisfy(f -> assertThat(f).startsWith("TBL-CODE-001"));
        assertThat(admin.get("/api/v1/admin/codes?year=2021&scheme=FUNCTIONAL&q=20103").body()).doesNotContain("2010388");

        // Each change is in the audit log with before and after.
        var log = WebSession.json(admin.get("/api/v1/admin/audit?actor=admin")).toString();
        assertThat(log).contains("ADMIN_ADD_CODE", "ADMIN_RENAME_CODE", "ADMIN_REMOVE_CODE", "代码表 2021 支出功能分类 2010388",
                "\"before\":\"数据治理事务\",\"after\":\"合计\"");
    }

    @Test
    void aCodeWithChildrenOrUsedByAReportIsNotRemovedAndOthersAreRefusedWithTheFix() {
        var unit = WebSession.signedIn(port, "tianbao");
        var admin = WebSession.signedIn(port, "admin");
        String base = "/api/v1/reports/" + reportId(unit);

        var parent = Forms.delete(admin, "/api/v1/admin/codes/2021/FUNCTIONAL/20103");
        assertThat(parent.statusCode()).isEqualTo(409);
        assertThat(WebSession.json(parent).get("detail").asText()).contains("下级科目", "2010301", "请先删除");

        // The unit saves a row with 2010301: now a report uses it.
        var saved = unit.put(base + "/content", Map.of("lockVersion", 0, "edits", List.of(Map.of("pointer", ROW_KEY, "value", "2010301"))));
        assertThat(saved.statusCode()).isEqualTo(200);
        var used = Forms.delete(admin, "/api/v1/admin/codes/2021/FUNCTIONAL/2010301");
        assertThat(used.statusCode()).isEqualTo(409);
        assertThat(WebSession.json(used).get("detail").asText()).contains("正被 1 份报告使用", "演示试验单位 2021年度（草稿）", "不能删除");
        assertThat(entries.entries(2021, Scheme.FUNCTIONAL)).extracting(CodeEntry::code).contains("2010301");
        // Used by the 2021 report, not by a list another year's reports use: the 2024 list's 2010301 may go.
        assertThat(Forms.delete(admin, "/api/v1/admin/codes/2024/FUNCTIONAL/2010301").statusCode()).isEqualTo(204);

        // Bad input: the answer says what is wrong and how to put it right.
        assertThat(admin.post("/api/v1/admin/codes", Map.of("year", 2021, "scheme", "ECONOMIC", "code", "3010101", "name", "x")).body())
                .contains("编码应为3位（类）或5位（款）数字");
        assertThat(admin.post("/api/v1/admin/codes", Map.of("year", 2021, "scheme", "FUNCTIONAL", "code", "2998801", "name", "无上级")).body())
                .contains("上级编码 29988 不在2021年支出功能分类代码表中", "请先新增上级科目");
        assertThat(admin.post("/api/v1/admin/codes", Map.of("year", 2021, "scheme", "FUNCTIONAL", "code", "2010388", "name", "x",
                "level", 2)).body()).contains("级次 2 与编码 2010388 不符", "项级");
        var noList = admin.post("/api/v1/admin/codes", Map.of("year", 2031, "scheme", "FUNCTIONAL", "code", "201", "name", "一般公共服务支出"));
        assertThat(noList.statusCode()).isEqualTo(409);
        assertThat(noList.body()).contains("2031年还没有支出功能分类代码表", "导入");
        assertThat(admin.put("/api/v1/admin/codes/2021/FUNCTIONAL/2019988", Map.of("name", "x")).statusCode()).isEqualTo(404);
        assertThat(admin.put("/api/v1/admin/codes/2021/NOPE/201", Map.of("name", "x")).statusCode()).isEqualTo(400);
        assertThat(WebSession.signedIn(port, "fuze").put("/api/v1/admin/codes/2021/FUNCTIONAL/201", Map.of("name", "x")).statusCode())
                .isEqualTo(403);
        assertThat(Forms.delete(WebSession.signedIn(port, "qita"), "/api/v1/admin/codes/2021/FUNCTIONAL/2019999").statusCode()).isEqualTo(403);
    }

    @Test
    void aCsvWithABadLineChangesNothingAndNamesTheLine() {
        var admin = WebSession.signedIn(port, "admin");
        List<CodeEntry> before = entries.entries(2021, Scheme.FUNCTIONAL);
        long version = entries.version();
        String csv = "# source: 测试\n"
                + "编码,名称\n"
                + "2010388,数据治理事务\n"      // line 3: good, but must not be written either
                + "2010301,行政运行（改）\n"      // line 4: a rename, not written either
                + "20103x1,坏编码\n"            // line 5: not digits
                + "2998801,无上级\n"            // line 6: parent 29988 in neither file nor list
                + "2010389,\n"                  // line 7: no name
                + "2010388,重复\n"              // line 8: duplicate of line 3
                + "2010390,三列,3\n";           // line 9: three columns
        var refused = Forms.postBytes(admin, "/api/v1/admin/codes/import?year=2021&scheme=FUNCTIONAL", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = WebSession.json(refused);
        assertThat(problem.get("detail").asText()).contains("导入未执行，代码表没有任何改动", "5 处问题");
        List<String> details = new ArrayList<>();
        problem.get("details").forEach(d -> details.add(d.asText()));
        assertThat(details).hasSize(5);
        assertThat(details.get(0)).startsWith("第5行：编码“20103x1”无效");
        assertThat(details.get(1)).startsWith("第6行：编码 2998801 的上级编码 29988 既不在文件中").contains("请在文件中加上 29988");
        assertThat(details.get(2)).startsWith("第7行：名称为空");
        assertThat(details.get(3)).startsWith("第8行：编码 2010388 与第3行重复");
        assertThat(details.get(4)).startsWith("第9行：应有2或4列");
        assertThat(entries.entries(2021, Scheme.FUNCTIONAL)).isEqualTo(before);
        assertThat(entries.version()).as("nothing written, the lists' counter untouched").isEqualTo(version);
        assertThat(audit.find(new AuditQuery(null, "ADMIN_IMPORT_CODES", null, null, null, null, null, 10))).isEmpty();

        // Through the page: the same refusal, line by line.
        var upload = Forms.upload(admin, "/admin/codes/import", Map.of("year", "2021", "scheme", "FUNCTIONAL"), "file", "bad.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(Forms.location(upload)).isEqualTo("/admin/codes?year=2021&scheme=FUNCTIONAL");
        assertThat(admin.get(Forms.location(upload)).body()).contains("导入未执行", "第5行：编码“20103x1”无效", "第8行：编码 2010388 与第3行重复");
        assertThat(entries.entries(2021, Scheme.FUNCTIONAL)).isEqualTo(before);

        // Not an administrator: 403, nothing read.
        assertThat(Forms.postBytes(WebSession.signedIn(port, "shenhe"), "/api/v1/admin/codes/import?year=2021&scheme=FUNCTIONAL", "text/csv",
                "2010388,数据治理事务\n".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(403);
    }

    @Test
    void aGoodCsvAddsAndRenamesAndANewYearsListServesThatYear() {
        var admin = WebSession.signedIn(port, "admin");
        // GB18030, a header, a new 项 under a new 款 (the 款 later in the file), a rename, a line as stored.
        String csv = "code,name\r\n2010388,数据治理事务\r\n20188,新设款\r\n2018801,新设项\r\n2010301,行政运行（机关）\r\n201,一般公共服务支出\r\n";
        var done = Forms.postBytes(admin, "/api/v1/admin/codes/import?year=2021&scheme=FUNCTIONAL", "text/csv", csv.getBytes(Charset.forName("GB18030")));
        assertThat(done.statusCode()).isEqualTo(200);
        JsonNode result = WebSession.json(done);
        assertThat(result.get("added").asInt()).isEqualTo(3);
        assertThat(result.get("renamed").asInt()).isEqualTo(1);
        assertThat(result.get("unchanged").asInt()).isEqualTo(1);
        assertThat(result.get("charset").asText()).isEqualTo("GB18030");
        assertThat(entries.entries(2021, Scheme.FUNCTIONAL)).contains(new CodeEntry("2018801", "新设项", 3, "20188"),
                new CodeEntry("2010301", "行政运行（机关）", 3, "20103"), new CodeEntry("2019999", "其他一般公共服务支出", 3, "20199"));
        assertThat(audit.find(new AuditQuery("admin", "ADMIN_IMPORT_CODES", null, null, null, null, null, 10)))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("新增 3 条、改名 1 条、未变 1 条"));
        assertThat(audit.find(new AuditQuery("admin", "ADMIN_RENAME_CODE", null, null, null, null, null, 10)))
                .anySatisfy(e -> assertThat(e.before() + "→" + e.after()).isEqualTo("行政运行→行政运行（机关）"));

        // A new year's list, uploaded through the page: from now on 2031 (and later years) are checked against it, while
        // 2030 keeps using the latest earlier list, 2025's.
        String list2031 = "# source: 2031年测试代码表\n201,一般公共服务支出\n20101,人大事务\n2010101,行政运行\n";
        var page = Forms.upload(admin, "/admin/codes/import", Map.of("year", "2031", "scheme", "FUNCTIONAL"), "file", "2031.csv",
                list2031.getBytes(StandardCharsets.UTF_8));
        assertThat(Forms.location(page)).isEqualTo("/admin/codes?year=2031&scheme=FUNCTIONAL");
        var shown = admin.get(Forms.location(page)).body();
        assertThat(shown).contains("导入完成", "新增 3 条", "2031年度", "人大事务");
        assertThat(entries.years(Scheme.FUNCTIONAL)).contains(2031);
        assertThat(entries.lists()).filteredOn(l -> l.year() == 2031).singleElement()
                .satisfies(l -> assertThat(l.source()).isEqualTo("2031年测试代码表"));
        assertThat(lists.forYear(2031).functional().year()).isEqualTo(2031);
        assertThat(lists.forYear(2031).functional().contains("2010301")).isFalse();
        assertThat(lists.forYear(2032).functional().year()).isEqualTo(2031);
        assertThat(lists.forYear(2030).functional().year()).isEqualTo(2025);
        assertThat(lists.forYear(2031).economic().year()).as("no 2031 economic list: 2025's").isEqualTo(2025);
        // Now single codes may be added to 2031.
        assertThat(admin.post("/api/v1/admin/codes", Map.of("year", 2031, "scheme", "FUNCTIONAL", "code", "2010102", "name", "一般行政管理事务"))
                .statusCode()).isEqualTo(201);
    }

    @Test
    void thePageAddsRenamesAndRemovesWithItsForms() {
        var admin = WebSession.signedIn(port, "admin");
        var page = admin.get("/admin/codes?year=2021&scheme=ECONOMIC&q=301");
        assertThat(page.body()).contains("id=\"add-code\"", "id=\"import-codes\"", "data-code=\"30101\"", "data-confirm=");

        var add = Forms.post(admin, "/admin/codes", Map.of("year", "2021", "scheme", "ECONOMIC", "code", "30188", "name", "测试津贴"));
        assertThat(Forms.location(add)).isEqualTo("/admin/codes?year=2021&scheme=ECONOMIC&q=30188");
        assertThat(admin.get(Forms.location(add)).body()).contains("已新增编码 30188 测试津贴", "data-code=\"30188\"");

        var rename = Forms.post(admin, "/admin/codes/2021/ECONOMIC/30188/rename", Map.of("name", "测试补贴", "q", "301"));
        assertThat(Forms.location(rename)).isEqualTo("/admin/codes?year=2021&scheme=ECONOMIC&q=301");
        assertThat(admin.get(Forms.location(rename)).body()).contains("编码 30188 已改名为“测试补贴”");

        var refused = Forms.post(admin, "/admin/codes/2021/ECONOMIC/301/remove", Map.of("q", "301"));
        assertThat(admin.get(Forms.location(refused)).body()).contains("class=\"error\"", "下级科目");

        var removed = Forms.post(admin, "/admin/codes/2021/ECONOMIC/30188/remove", Map.of("q", "301"));
        assertThat(admin.get(Forms.location(removed)).body()).contains("已从2021年部门预算支出经济分类中删除编码 30188")
                .doesNotContain("data-code=\"30188\"");
        assertThat(entries.find(2021, Scheme.ECONOMIC, "30188")).hasValueSatisfying(s -> assertThat(s.retired()).isTrue());

        // Not for anyone else: the form post is refused.
        assertThat(Forms.post(WebSession.signedIn(port, "tianbao"), "/admin/codes",
                Map.of("year", "2021", "scheme", "ECONOMIC", "code", "30189", "name", "x")).statusCode()).isEqualTo(403);
        assertThat(entries.find(2021, Scheme.ECONOMIC, "30189")).isEmpty();
    }

    private static String reportId(WebSession unit) {
        return unit.get("/api/v1/reports").body().replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");
    }

    /** The findings of a preview that name {@code code}, as "RULE message". */
    private static List<String> codeFindings(java.net.http.HttpResponse<String> preview, String code) {
        assertThat(preview.statusCode()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        WebSession.json(preview).at("/check/findings").forEach(f -> {
            if (f.get("message").asText().contains(code)) out.add(f.get("rule").asText() + " " + f.get("message").asText());
        });
        return out;
    }
}
