package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.kagkarlsson.scheduler.Scheduler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.jixiao.report.json.ReportJson;
import org.jixiao.server.reports.Edit;
import org.jixiao.server.reports.ReportState;
import org.jixiao.server.reports.Reports;
import org.jixiao.server.reports.TransitionOutcome;
import org.jixiao.server.units.Unit;
import org.jixiao.server.units.Units;
import org.jixiao.server.years.FiscalYears;
import org.jixiao.synthetic.ReportGenerator;
import org.jixiao.synthetic.UnitIdentity;
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
 * in on A works on B, an edit saved on A is seen on B, a render job enqueued on A runs on B while A's scheduler is
 * stopped and its zip is downloaded from either, a bulk import uploaded to A runs on B (the zip is in the database; the
 * instances have separate data directories), and two saves racing on A and B give one 200 and one 409 that names the
 * winner.
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
        // Each instance has a data directory of its own, as on two hosts: nothing of a job may depend on a shared one.
        props.put("jixiao.data-dir", System.getProperty("java.io.tmpdir") + "/" + name + "-a");
        a = new SpringApplicationBuilder(JixiaoServerApplication.class).run(arguments(props));
        props.put("jixiao.data-dir", System.getProperty("java.io.tmpdir") + "/" + name + "-b");
        b = new SpringApplicationBuilder(JixiaoServerApplication.class).run(arguments(props));
        portA = ((WebServerApplicationContext) a).getWebServer().getPort();
        portB = ((WebServerApplicationContext) b).getWebServer().getPort();
    }

    /** Command-line arguments: they outrank application.properties (default properties would not). */
    static String[] arguments(Map<String, Object> props) {
        return props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
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
    void aRenderJobEnqueuedOnOneInstanceRunsOnTheOtherAndItsZipIsServedByBoth() throws Exception {
        a.getBean(Scheduler.class).stop(); // from here on only B runs jobs
        // One published report in 演示区 (a unit of its own, so the other tests' report stays editable).
        Units units = b.getBean(Units.class);
        Reports reports = b.getBean(Reports.class);
        var reviewer = WebSession.signedIn(portA, "shenhe");
        long district = WebSession.json(reviewer.get("/api/v1/reports")).get(0).get("districtId").asLong();
        Unit unit = units.add("scale-out-unit", "横向扩展测试单位", district);
        var report = new ReportGenerator().generate(77, new UnitIdentity("湘中省", "青岚市", "演示区", unit.name(), unit.code(), false,
                "20106", List.of("办公室")), 2023);
        b.getBean(FiscalYears.class).ensure(2023);
        long reportId = reports.create(unit.id(), report, Edit.by("test", "样例")).id();
        long lock = 0;
        ReportState[] steps = {ReportState.DRAFT, ReportState.SUBMITTED, ReportState.APPROVED, ReportState.PUBLISHED};
        for (int i = 0; i + 1 < steps.length; i++) {
            lock = ((TransitionOutcome.Moved) reports.transition(reportId, lock, steps[i], steps[i + 1])).lockVersion();
        }

        var accepted = reviewer.post("/api/v1/jobs/render", Map.of("districtId", district, "year", 2023));
        assertThat(accepted.statusCode()).isEqualTo(202);
        long id = WebSession.json(accepted).get("id").asLong();
        JsonNode job = finished(new WebSession(portB, reviewer), id);
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("done").asInt()).isEqualTo(1);
        // Rendered on B, downloaded from A and from B: the documents are in the database, not on B's disk.
        for (WebSession from : List.of(reviewer, new WebSession(portB, reviewer))) {
            HttpResponse<byte[]> zip = from.getBytes("/api/v1/jobs/" + id + "/result");
            assertThat(zip.statusCode()).isEqualTo(200);
            List<String> names = new ArrayList<>();
            try (var in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    names.add(e.getName());
                    assertThat(in.readAllBytes()).startsWith((byte) 'P', (byte) 'K');
                }
            }
            assertThat(names).containsExactly(reportId + "-2023-横向扩展测试单位-部门决算.docx");
        }
    }

    @Test
    void anImportUploadedToOneInstanceRunsOnTheOther() throws Exception {
        a.getBean(Scheduler.class).stop(); // A takes the upload but runs no job: B must read the zip from the database
        var admin = WebSession.signedIn(portA, "admin");
        long district = WebSession.json(WebSession.signedIn(portA, "shenhe").get("/api/v1/reports")).get(0).get("districtId").asLong();
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= 2; i++) {
                var u = new UnitIdentity("湘中省", "青岚市", "演示区", "两实例导入单位" + i, "8800" + i, false, "20106", List.of("办公室"));
                out.putNextEntry(new ZipEntry("演示区/" + u.code() + ".json"));
                out.write(new ReportJson().write(new ReportGenerator().generate(300 + i, u, 2024)).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        var accepted = Forms.upload(admin, "/api/v1/jobs/import", Map.of("districtId", Long.toString(district)), "file", "两实例.zip",
                zip.toByteArray());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        long id = WebSession.json(accepted).get("id").asLong();
        assertThat(WebSession.json(accepted).get("total").asInt()).isEqualTo(2);
        JsonNode job = finished(new WebSession(portB, admin), id);
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("done").asInt()).isEqualTo(2);
        String listed = admin.get("/api/v1/reports").body();
        assertThat(listed).contains("两实例导入单位1", "两实例导入单位2");
        assertThat(new JdbcTemplate(a.getBean(DataSource.class)).queryForObject(
                "SELECT COUNT(*) FROM job_files WHERE job_id = ?", Integer.class, id)).as("the upload is removed once imported").isZero();
    }

    private static JsonNode finished(WebSession on, long id) throws InterruptedException {
        long until = System.currentTimeMillis() + 120_000;
        JsonNode job;
        do {
            Thread.sleep(200);
            job = WebSession.json(on.get("/api/v1/jobs/" + id));
        } while (!job.get("state").asText().matches("SUCCEEDED|FAILED") && System.currentTimeMillis() < until);
        return job;
    }
}
