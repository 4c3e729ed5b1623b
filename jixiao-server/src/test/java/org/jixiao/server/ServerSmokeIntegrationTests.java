package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-test/*.json"})
@ContextConfiguration(initializers = TestDatabase.class)
class ServerSmokeIntegrationTests {

    @LocalServerPort int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void listsTheReportsAsJson() throws Exception {
        var response = get("/api/v1/reports");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).contains("\"unitName\":\"演示试验单位\"", "\"fiscalYear\":2021", "\"state\":\"DRAFT\"", "\"version\":1");
    }

    @Test
    void servesAReportInTheCanonicalFormat() throws Exception {
        String list = get("/api/v1/reports").body();
        String id = list.replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");

        var response = get("/api/v1/reports/" + id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\n  \"formatVersion\" : \"1.0\"").contains("演示试验单位");
    }

    @Test
    void checksAStoredReport() throws Exception {
        String list = get("/api/v1/reports").body();
        String id = list.replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");

        var response = get("/api/v1/reports/" + id + "/findings");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"version\":1", "\"ruleSet\":\"2021.1\"", "\"findings\":[");
        assertThat(get("/api/v1/reports/999999/findings").statusCode()).isEqualTo(404);
    }

    @Test
    void saysWhenAReportDoesNotExist() throws Exception {
        var response = get("/api/v1/reports/999999");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("没有编号为 999999 的报告");
    }

    @Test
    void showsAChineseHomePageListingTheReports() throws Exception {
        var response = get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("部门决算与绩效自评", "演示试验单位", "草稿", "核查结果");
    }

    @Test
    void reportsItsHealth() throws Exception {
        var response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
