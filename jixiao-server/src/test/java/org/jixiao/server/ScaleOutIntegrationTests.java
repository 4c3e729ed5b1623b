package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.kagkarlsson.scheduler.Scheduler;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scale-out (issue 7 §3): two application instances (two Spring contexts on random ports) over one database — one
 * in-memory H2 shared in this JVM, or with {@code -Djixiao.test.db=postgres} one PostgreSQL schema. A session signed
 * in on A works on B, an edit saved on A is seen on B, a job enqueued on A runs on B while A's scheduler is stopped,
 * and two saves racing on A and B give one 200 and one 409 that names the winner.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleOutIntegrationTests {

    static final String PROJECT = "/finalAccounts/tables/0/rows/0/cells/project";

    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;
    int portA;
    int portB;
    String schema;

    @BeforeAll
    void start() {
        String name = "jixiao_scale_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Map<String, Object> props = new HashMap<>();
        if (TestDatabase.onPostgres()) {
            schema = name;
            String url = System.getProperty("jixiao.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
            props.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
            props.put("spring.datasource.username", System.getProperty("jixiao.test.postgres.user", "postgres"));
            props.put("spring.datasource.password", System.getProperty("jixiao.test.postgres.password", ""));
            props.put("spring.flyway.schemas", name);
        } else {
            props.put("spring.datasource.url", "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            props.put("spring.datasource.username", "sa");
            props.put("spring.datasource.password", "");
        }
        props.put("server.port", "0");
        props.put("jixiao.demo.enabled", "true");
        props.put("jixiao.demo.location", "classpath*:demo-test/*.json");
        props.put("jixiao.data-dir", System.getProperty("java.io.tmpdir") + "/" + name);
        // Command-line arguments: they outrank application.properties (default properties would not).
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        a = new SpringApplicationBuilder(JixiaoServerApplication.class).run(args);
        b = new SpringApplicationBuilder(JixiaoServerApplication.class).run(args);
        portA = ((WebServerApplicationContext) a).getWebServer().getPort();
        portB = ((WebServerApplicationContext) b).getWebServer().getPort();
    }

    @AfterAll
    void stop() {
        if (b != null) b.close();
        if (schema != null) new JdbcTemplate(a.getBean(DataSource.class)).execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        if (a != null) a.close();
    }

    @Test
    void aSessionSignedInOnOneInstanceWorksOnTheOtherAndSeesItsSaves() {
        var onA = WebSession.signedIn(portA, "tianbao");
        var onB = new WebSession(portB, onA);
        assertThat(WebSession.json(onB.get("/api/v1/session")).get("username").asText()).isEqualTo("tianbao");
        String id = onB.get("/api/v1/reports").body().replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");
        JsonNode editor = WebSession.json(onA.get("/api/v1/reports/" + id + "/editor"));
        // The CSRF token lives in the shared session: a save sent to B with the token read on A is accepted.
        var saved = onB.put("/api/v1/reports/" + id + "/content", Map.of("lockVersion", editor.get("lockVersion").asLong(),
                "edits", List.of(Map.of("pointer", PROJECT, "value", "40.50"))));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(WebSession.json(onA.get("/api/v1/reports/" + id)).at(PROJECT).asText()).isEqualTo("40.50");
        var saved2 = onA.put("/api/v1/reports/" + id + "/content", Map.of("lockVersion", WebSession.json(saved).get("lockVersion").asLong(),
                "edits", List.of(Map.of("pointer", PROJECT, "value", "40.00"))));
        assertThat(saved2.statusCode()).isEqualTo(200);
        assertThat(WebSession.json(onB.get("/api/v1/reports/" + id)).at(PROJECT).asText()).isEqualTo("40.00");
    }

    @Test
    void twoSavesRacingOnTwoInstancesGiveOneWinnerAndAConflictNamingIt() throws Exception {
        var tianbao = WebSession.signedIn(portA, "tianbao");
        var fuze = WebSession.signedIn(portB, "fuze");
        String id = tianbao.get("/api/v1/reports").body().replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");
        long lock = WebSession.json(tianbao.get("/api/v1/reports/" + id + "/editor")).get("lockVersion").asLong();
        var go = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> saves = new ArrayList<>();
        for (var s : List.of(tianbao, fuze)) {
            saves.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return s.put("/api/v1/reports/" + id + "/content", Map.of("lockVersion", lock,
                        "edits", List.of(Map.of("pointer", PROJECT, "value", s == tianbao ? "41.00" : "42.00"))));
            }));
        }
        go.countDown();
        var first = saves.get(0).get();
        var second = saves.get(1).get();
        assertThat(List.of(first.statusCode(), second.statusCode())).containsExactlyInAnyOrder(200, 409);
        var loser = first.statusCode() == 409 ? first : second;
        String winner = first.statusCode() == 200 ? "tianbao" : "fuze";
        assertThat(loser.body()).contains(winner, "未保存", "重新载入");
        String kept = WebSession.json(tianbao.get("/api/v1/reports/" + id)).at(PROJECT).asText();
        assertThat(kept).isEqualTo(winner.equals("tianbao") ? "41.00" : "42.00");
    }

    @Test
    void aJobEnqueuedOnOneInstanceRunsOnTheOther() throws Exception {
        Scheduler schedulerA = a.getBean(Scheduler.class);
        schedulerA.stop();
        var reviewer = WebSession.signedIn(portA, "shenhe");
        long district = WebSession.json(reviewer.get("/api/v1/reports")).get(0).get("districtId").asLong();
        var accepted = reviewer.post("/api/v1/jobs/render", Map.of("districtId", district));
        assertThat(accepted.statusCode()).isEqualTo(202);
        long id = WebSession.json(accepted).get("id").asLong();
        long until = System.currentTimeMillis() + 60_000;
        JsonNode job;
        do {
            Thread.sleep(200);
            job = WebSession.json(new WebSession(portB, reviewer).get("/api/v1/jobs/" + id));
        } while (!job.get("state").asText().equals("SUCCEEDED") && System.currentTimeMillis() < until);
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
    }
}
