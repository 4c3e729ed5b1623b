package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-test/*.json"})
@ContextConfiguration(initializers = TestDatabase.class)
class ServerSmokeIntegrationTests {

    @LocalServerPort int port;

    @Test
    void listsTheReportsOfTheSignedInUnitAsJson() {
        var response = WebSession.signedIn(port, "tianbao").get("/api/v1/reports");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).contains("\"unitName\":\"演示试验单位\"", "\"fiscalYear\":2021", "\"state\":\"DRAFT\"", "\"version\":1");
    }

    @Test
    void servesAReportInTheCanonicalFormat() {
        var tianbao = WebSession.signedIn(port, "tianbao");
        String id = firstReportId(tianbao);

        var response = tianbao.get("/api/v1/reports/" + id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\n  \"formatVersion\" : \"1.0\"").contains("演示试验单位");
    }

    @Test
    void checksAStoredReport() {
        var tianbao = WebSession.signedIn(port, "tianbao");
        String id = firstReportId(tianbao);

        var response = tianbao.get("/api/v1/reports/" + id + "/findings");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"version\":1", "\"ruleSet\":\"2021.1\"", "\"findings\":[");
        assertThat(tianbao.get("/api/v1/reports/999999/findings").statusCode()).isEqualTo(404);
    }

    @Test
    void saysWhenAReportDoesNotExist() {
        var response = WebSession.signedIn(port, "tianbao").get("/api/v1/reports/999999");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("没有编号为 999999 的报告");
    }

    @Test
    void asksForSignInBeforeAnyReportData() {
        var anonymous = new WebSession(port);

        assertThat(anonymous.get("/api/v1/reports").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/reports").body()).contains("请先登录");
        var page = anonymous.get("/work");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void showsAChineseHomePageWithoutDraftsToThePublic() {
        var response = new WebSession(port).get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("部门决算与绩效自评", "已公开的报告", "暂无已公开的报告").doesNotContain("演示试验单位");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
    }

    @Test
    void reportsItsHealth() {
        var response = new WebSession(port).get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    static String firstReportId(WebSession session) {
        return session.get("/api/v1/reports").body().replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");
    }
}
