package org.jixiao.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jixiao.server.Forms;
import org.jixiao.server.TestDatabase;
import org.jixiao.server.WebSession;
import org.jixiao.server.audit.AuditLog;
import org.jixiao.server.audit.AuditQuery;
import org.jixiao.server.units.Districts;
import org.jixiao.server.units.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * 系统管理 over real HTTP as an administrator: units imported from a CSV (all or nothing, the refusal names the line),
 * users created, signed in with, given a new password, disabled and removed; fiscal years opened and closed; the
 * code lists and the audit log browsed; and every change in the audit log. Each test uses names of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-test/*.json"})
@ContextConfiguration(initializers = TestDatabase.class)
// Changes data (or sign-in failures) that a later class sharing this cached context must not see.
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
class AdministrationIntegrationTests {

    @LocalServerPort int port;
    @Autowired Units units;
    @Autowired Districts districts;
    @Autowired AuditLog audit;

    @Test
    void aGoodCsvAddsItsUnitsThroughThePageAndTheApi() {
        var admin = WebSession.signedIn(port, "admin");
        // UTF-8 with a byte-order mark and a header line, a quoted name with a comma, a new district named in column 4.
        String csv = "\uFEFF单位编码,单位名称,区编码,区名称\r\n"
                + "g-101,演示区教育局,demo\r\n"
                + "g-102,\"演示区卫生健康局（含疾控中心,医院）\",demo,演示区\r\n"
                + "g-201,新区财政局,g-new,新区\r\n";
        // As a browser sends it: the hidden _csrf field of the page's form, no header.
        var form = admin.get("/admin/units").body();
        var token = java.util.regex.Pattern.compile("id=\"import-units\".*?name=\"_csrf\" value=\"([^\"]+)\"", java.util.regex.Pattern.DOTALL)
                .matcher(form);
        assertThat(token.find()).as("the import form carries its CSRF token").isTrue();
        assertThat(Forms.upload(new org.jixiao.server.WebSession(port), "/admin/units/import", Map.of("_csrf", token.group(1)), "file", "units.csv",
                csv.getBytes(StandardCharsets.UTF_8)).statusCode()).as("no session, no import").isIn(302, 403);
        assertThat(units.byCode("g-101")).isEmpty();
        var upload = Forms.upload(admin, "/admin/units/import", Map.of("_csrf", token.group(1)), "file", "units.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(Forms.location(upload)).isEqualTo("/admin/units");
        var page = admin.get("/admin/units");
        assertThat(page.body()).contains("导入完成", "新增单位 3 个", "新增区 1 个", "演示区教育局", "演示区卫生健康局（含疾控中心,医院）", "新区财政局");
        assertThat(units.byCode("g-201").orElseThrow().districtId()).isEqualTo(districts.byCode("g-new").orElseThrow().id());
        assertThat(districts.byCode("g-new").orElseThrow().name()).isEqualTo("新区");

        // GB18030 without a header, through the API; a line already there with the same name and district is skipped.
        String gb = "g-301,国标编码单位,g-new\ng-101,演示区教育局,demo\n";
        var api = Forms.postBytes(admin, "/api/v1/admin/units/import", "text/csv", gb.getBytes(Charset.forName("GB18030")));
        assertThat(api.statusCode()).isEqualTo(200);
        JsonNode result = WebSession.json(api);
        assertThat(result.get("unitsAdded").asInt()).isEqualTo(1);
        assertThat(result.get("unchanged").asInt()).isEqualTo(1);
        assertThat(result.get("charset").asText()).isEqualTo("GB18030");
        assertThat(units.byCode("g-301").orElseThrow().name()).isEqualTo("国标编码单位");
        assertThat(admin.get("/api/v1/admin/units").body()).contains("国标编码单位", "新区");

        assertThat(audit.find(new AuditQuery("admin", "ADMIN_IMPORT_UNITS", null, null, null, null, null, 100)))
                .filteredOn(e -> e.after() != null && e.after().startsWith("g-")).extracting(e -> e.after())
                .containsExactly("g-301", "g-101,g-102,g-201");
        assertThat(audit.find(new AuditQuery("admin", "ADMIN_ADD_UNIT", null, null, null, null, null, 100)))
                .anySatisfy(e -> assertThat(e.after()).isEqualTo("国标编码单位"));
    }

    @Test
    void aBadCsvWritesNothingAndNamesEachBadLine() {
        var admin = WebSession.signedIn(port, "admin");
        String csv = "单位编码,单位名称,区编码\n"
                + "b-101,好单位,demo\n"                 // line 2: good, but must not be written either
                + "b-102,,demo\n"                      // line 3: no name
                + "b-103,无区单位,nowhere\n"            // line 4: unknown district without a name
                + "b-101,重复单位,demo\n"               // line 5: duplicate code
                + "b-106,少一列\n";                     // line 6: two columns
        var api = Forms.postBytes(admin, "/api/v1/admin/units/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(api.statusCode()).isEqualTo(400);
        JsonNode problem = WebSession.json(api);
        assertThat(problem.get("detail").asText()).contains("没有写入任何单位");
        assertThat(problem.get("details").toString()).contains("第3行：单位名称为空", "第4行：区编码“nowhere”不存在", "在第4列写上区名称",
                "第5行：单位编码“b-101”与第2行重复", "第6行：应有3或4列");
        assertThat(units.byCode("b-101")).isEmpty();
        assertThat(districts.byCode("nowhere")).isEmpty();

        // The page shows the same refusal, line by line, and nothing appears in the list.
        var upload = Forms.upload(admin, "/admin/units/import", Map.of(), "file", "bad.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).isEqualTo(302);
        var page = admin.get("/admin/units");
        assertThat(page.body()).contains("导入未执行", "第3行：单位名称为空", "第5行：单位编码“b-101”与第2行重复").doesNotContain("好单位");
        assertThat(audit.find(new AuditQuery(null, "ADMIN_ADD_UNIT", null, null, null, null, null, 1000)))
                .noneSatisfy(e -> assertThat(e.subject()).contains("b-1"));

        // An existing code with another name is refused too, naming what is stored.
        var clash = Forms.postBytes(admin, "/api/v1/admin/units/import", "text/csv", "b-201,新单位,demo\n".getBytes(StandardCharsets.UTF_8));
        assertThat(clash.statusCode()).isEqualTo(200);
        var renamed = Forms.postBytes(admin, "/api/v1/admin/units/import", "text/csv", "b-201,改过的名字,demo\n".getBytes(StandardCharsets.UTF_8));
        assertThat(renamed.statusCode()).isEqualTo(400);
        assertThat(renamed.body()).contains("第1行：单位编码“b-201”已存在（“新单位”");
    }

    @Test
    void anAdministratorCreatesAUserWhoSignsInAndResetsAndDisablesIt() {
        var admin = WebSession.signedIn(port, "admin");
        // Too short a password, an unknown unit, a taken name: refused with the fix, nothing written.
        var shortPassword = admin.post("/api/v1/admin/users", Map.of("username", "xinren", "displayName", "新人", "role", "UNIT_PREPARER",
                "unitCode", "demo-other", "password", "short"));
        assertThat(shortPassword.statusCode()).isEqualTo(400);
        assertThat(shortPassword.body()).contains("密码至少 8 个字符");
        assertThat(admin.post("/api/v1/admin/users", Map.of("username", "xinren", "displayName", "新人", "role", "UNIT_PREPARER",
                "unitCode", "no-such-unit", "password", "long-enough-1")).body()).contains("没有编码为“no-such-unit”的单位");
        assertThat(admin.post("/api/v1/admin/users", Map.of("username", "tianbao", "displayName", "重名", "role", "ADMIN",
                "password", "long-enough-1")).statusCode()).isEqualTo(409);

        // Through the page's form: a 财政审核人 of the demo district.
        var created = Forms.post(admin, "/admin/users", Map.of("username", "xinren", "displayName", "新审核人", "role", "REVIEWER",
                "unitCode", "", "districtCode", "demo", "password", "xinren-pass-1"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/users").body()).contains("已新建用户 xinren", "新审核人", "区：演示区");

        var newcomer = new WebSession(port);
        assertThat(Forms.location(newcomer.signIn("xinren", "xinren-pass-1"))).doesNotContain("error");
        assertThat(newcomer.get("/review").statusCode()).isEqualTo(200);
        assertThat(newcomer.get("/api/v1/session").body()).contains("\"role\":\"REVIEWER\"");

        // A new password: the old one no longer works, the open session is ended, the new one signs in.
        var reset = admin.put("/api/v1/admin/users/xinren/password", Map.of("password", "second-pass-2"));
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(newcomer.get("/api/v1/session").statusCode()).isEqualTo(401);
        assertThat(Forms.location(new WebSession(port).signIn("xinren", "xinren-pass-1"))).contains("error");
        assertThat(Forms.location(new WebSession(port).signIn("xinren", "second-pass-2"))).doesNotContain("error");
        assertThat(admin.put("/api/v1/admin/users/xinren/password", Map.of("password", "1234567")).statusCode()).isEqualTo(400);

        // Disabled: cannot sign in; shown as 停用; a new password enables it again.
        assertThat(Forms.post(admin, "/admin/users/xinren/disable", Map.of()).statusCode()).isEqualTo(302);
        assertThat(Forms.location(new WebSession(port).signIn("xinren", "second-pass-2"))).contains("error");
        assertThat(admin.get("/api/v1/admin/users").body()).contains("\"username\":\"xinren\"", "\"enabled\":false");
        // An administrator may not disable or remove themselves.
        assertThat(admin.post("/api/v1/admin/users/admin/disable", Map.of()).statusCode()).isEqualTo(409);
        assertThat(Forms.delete(admin, "/api/v1/admin/users/admin").statusCode()).isEqualTo(409);

        assertThat(Forms.delete(admin, "/api/v1/admin/users/xinren").statusCode()).isEqualTo(204);
        assertThat(admin.get("/api/v1/admin/users").body()).doesNotContain("\"xinren\"");

        // Each step is in the audit log with before and after; no password is ever written there.
        var log = WebSession.json(admin.get("/api/v1/admin/audit?actor=admin"));
        String text = log.toString();
        assertThat(text).contains("ADMIN_CREATE_USER", "ADMIN_RESET_PASSWORD", "ADMIN_DISABLE_USER", "ADMIN_REMOVE_USER",
                "新审核人，财政审核人，区：演示区").doesNotContain("xinren-pass-1", "second-pass-2");
        var auditPage = admin.get("/admin/audit?actor=admin&action=ADMIN_DISABLE_USER");
        assertThat(auditPage.statusCode()).isEqualTo(200);
        assertThat(auditPage.body()).contains("ADMIN_DISABLE_USER", "用户 xinren", "启用", "停用").doesNotContain("ADMIN_CREATE_USER");
        var csv = admin.get("/api/v1/admin/audit.csv?actor=admin&action=ADMIN_REMOVE_USER");
        assertThat(csv.body()).contains("ADMIN_REMOVE_USER", "用户 xinren");
    }

    @Test
    void fiscalYearsDistrictsCodeListsAndTheAuditLogHaveTheirPages() {
        var admin = WebSession.signedIn(port, "admin");
        for (String page : new String[] {"/admin", "/admin/years", "/admin/units", "/admin/users", "/admin/codes", "/admin/audit"}) {
            var response = admin.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body()).as(page).contains("系统管理", "审计日志").doesNotContain("<script>");
        }
        // Years: add, close, open; a year out of range and a duplicate are refused.
        assertThat(Forms.post(admin, "/admin/years", Map.of("year", "2031")).statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/years").body()).contains("已新增2031年度", "data-year=\"2031\"");
        assertThat(admin.post("/api/v1/admin/years", Map.of("year", 2031)).statusCode()).isEqualTo(409);
        assertThat(admin.post("/api/v1/admin/years", Map.of("year", 1999)).statusCode()).isEqualTo(400);
        assertThat(Forms.post(admin, "/admin/years/2031/close", Map.of()).statusCode()).isEqualTo(302);
        assertThat(admin.get("/api/v1/admin/years").body()).contains("{\"year\":2031,\"open\":false}");
        assertThat(admin.put("/api/v1/admin/years/2031", Map.of("open", true)).statusCode()).isEqualTo(200);
        assertThat(admin.get("/api/v1/admin/years").body()).contains("{\"year\":2031,\"open\":true}");

        // Districts and units: add and rename.
        var district = WebSession.json(admin.post("/api/v1/admin/districts", Map.of("code", "y-d", "name", "乙区")));
        assertThat(admin.put("/api/v1/admin/districts/" + district.get("id").asLong(), Map.of("name", "乙区（新）")).statusCode()).isEqualTo(200);
        var unit = WebSession.json(admin.post("/api/v1/admin/units", Map.of("code", "y-u", "name", "乙单位", "districtId", district.get("id").asLong())));
        assertThat(Forms.post(admin, "/admin/units/" + unit.get("id").asLong() + "/rename", Map.of("name", "乙单位（改）")).statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/units").body()).contains("乙区（新）", "乙单位（改）");
        assertThat(admin.post("/api/v1/admin/units", Map.of("code", "y-u", "name", "重复", "districtId", district.get("id").asLong())).statusCode())
                .isEqualTo(409);

        // Code lists: by code prefix or by name.
        var byCode = admin.get("/admin/codes?year=2021&scheme=FUNCTIONAL&q=201");
        assertThat(byCode.body()).contains("一般公共服务支出");
        var api = WebSession.json(admin.get("/api/v1/admin/codes?year=2021&scheme=ECONOMIC&q=" + java.net.URLEncoder.encode("工资", StandardCharsets.UTF_8)));
        assertThat(api.size()).isPositive();
        api.forEach(e -> assertThat(e.get("name").asText() + e.get("code").asText()).contains("工资"));

        // The audit log: every change above, filtered, paged, exported.
        var log = WebSession.json(admin.get("/api/v1/admin/audit?actor=admin"));
        assertThat(log.toString()).contains("ADMIN_ADD_YEAR", "ADMIN_CLOSE_YEAR", "ADMIN_OPEN_YEAR", "ADMIN_ADD_DISTRICT", "ADMIN_RENAME_DISTRICT",
                "ADMIN_ADD_UNIT", "ADMIN_RENAME_UNIT", "\"before\":\"乙区\"", "\"after\":\"乙区（新）\"");
        var page = admin.get("/admin/audit?actor=admin&action=ADMIN_RENAME_UNIT");
        assertThat(page.body()).contains("乙单位", "乙单位（改）", "/api/v1/admin/audit.csv?actor=admin&amp;action=ADMIN_RENAME_UNIT");
        assertThat(admin.get("/admin/audit?from=2000-01-01&to=2000-01-02").body()).contains("没有符合条件的记录");
        assertThat(admin.get("/admin/audit?from=yesterday").statusCode()).isEqualTo(400);
    }
}
