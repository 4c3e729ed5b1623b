package org.jixiao.server.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jixiao.server.MappedEndpoints;
import org.jixiao.server.TestDatabase;
import org.jixiao.server.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document served by the application describes every {@code /api/v1} endpoint the application
 * maps (compared with Spring MVC's own mapping, so a new endpoint is checked without touching this test), with
 * the session and CSRF scheme; Swagger UI loads under the strict CSP with scripts from this origin only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jixiao.demo.enabled=false")
@ContextConfiguration(initializers = TestDatabase.class)
class OpenApiIntegrationTests {

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;

    @Test
    void theDocumentListsEveryMappedApiEndpoint() {
        var anyone = new WebSession(port);
        var response = anyone.get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = WebSession.json(response);

        List<String> missing = new ArrayList<>();
        List<String> untagged = new ArrayList<>();
        var api = MappedEndpoints.of(mapping).stream().filter(e -> e.pattern().startsWith("/api/v1/")).toList();
        assertThat(api).as("the application maps /api/v1 endpoints").hasSizeGreaterThan(15);
        for (var endpoint : api) {
            JsonNode operation = doc.path("paths").path(endpoint.plainPattern()).path(endpoint.method().toLowerCase(Locale.ROOT));
            if (operation.isMissingNode()) missing.add(endpoint.toString());
            else if (operation.path("tags").path(0).asText().startsWith(OpenApiConfiguration.OTHER)) untagged.add(endpoint.key());
        }
        assertThat(missing).as("mapped /api/v1 endpoints missing from /v3/api-docs").isEmpty();
        assertThat(untagged).as("endpoints in no section: add a Section to OpenApiConfiguration.SECTIONS").isEmpty();

        // Nothing documented that the application does not map.
        List<String> documented = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(api.stream().map(e -> e.method() + " " + e.plainPattern()).distinct().toList());
    }

    @Test
    void theDocumentSaysWhatTheApiIsAndHowToAuthenticate() {
        JsonNode doc = WebSession.json(new WebSession(port).get("/v3/api-docs"));
        assertThat(doc.at("/info/title").asText()).contains("绩效", "Jixiao");
        assertThat(doc.at("/info/description").asText()).contains("CSRF", "404", "X-CSRF-TOKEN", "单位");
        assertThat(doc.at("/components/securitySchemes/session/name").asText()).isEqualTo("SESSION");
        assertThat(doc.at("/components/securitySchemes/csrf/in").asText()).isEqualTo("header");
        assertThat(doc.at("/components/securitySchemes/csrf/name").asText()).isEqualTo("X-CSRF-TOKEN");

        // A state-changing operation needs the session and the CSRF header; a read only the session.
        JsonNode submit = doc.at("/paths/~1api~1v1~1reports~1{id}~1submit/post");
        assertThat(submit.at("/security/0").has("session")).isTrue();
        assertThat(submit.at("/security/0").has("csrf")).isTrue();
        assertThat(submit.at("/tags/0").asText()).isEqualTo("流程 Workflow");
        assertThat(submit.at("/summary").asText()).matches(".*\\p{IsHan}.*");
        JsonNode list = doc.at("/paths/~1api~1v1~1reports/get");
        assertThat(list.at("/security/0").has("csrf")).isFalse();
        assertThat(list.at("/tags/0").asText()).isEqualTo("报告 Reports");

        // The signed-in user and the CSRF token are not parameters a client sends.
        assertThat(doc.toString()).doesNotContain("\"name\":\"user\"", "SignedInUser", "\"name\":\"csrf\",\"in\":\"query\"");

        // Groups by audience.
        assertThat(WebSession.json(new WebSession(port).get("/v3/api-docs/admin")).path("paths").fieldNames())
                .toIterable().allMatch(p -> p.startsWith("/api/v1/admin"));
        assertThat(WebSession.json(new WebSession(port).get("/v3/api-docs/work")).path("paths").has("/api/v1/reports")).isTrue();
    }

    @Test
    void swaggerUiLoadsItsScriptsFromThisOriginOnly() {
        var anyone = new WebSession(port);
        var redirect = anyone.get("/swagger-ui.html");
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        var page = anyone.get(location.replaceFirst("^https?://[^/]+", ""));
        assertThat(page.statusCode()).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline' 'self'", "script-src 'self' 'unsafe");
        // Every script has a src on this origin: no inline script that the CSP would block.
        var scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(page.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).as("script tag").contains("src=\"./").doesNotContain("http");
            assertThat(scripts.group(2).strip()).as("inline script body").isEmpty();
        }
        assertThat(count).isGreaterThanOrEqualTo(2);
        assertThat(page.body()).doesNotContainPattern(" on[a-z]+=\"");
        assertThat(anyone.get("/swagger-ui/swagger-initializer.js").statusCode()).isEqualTo(200);
        assertThat(anyone.get("/v3/api-docs/swagger-config").body()).contains("/v3/api-docs/all");
    }
}
