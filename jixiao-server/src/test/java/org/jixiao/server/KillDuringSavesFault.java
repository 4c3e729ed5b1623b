package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Fault (a), run by hand (needs the jar and PostgreSQL; docs/reliability.md):
 * <pre>
 * mvn -B -ntp -pl jixiao-server -am package -DskipTests
 * mvn -B -ntp -pl jixiao-server -am test -Dtest=KillDuringSavesFault -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * Starts {@code java -jar jixiao-server/target/jixiao-server.jar} on a fresh PostgreSQL schema, streams saves of one
 * report while a reviewer's district publish job runs (slowed to 300 ms per report), SIGKILLs the process in the
 * middle, checks the database (every acknowledged save present, no version beyond or missing at current_version,
 * publications and job items in step), restarts the jar and waits for the publish job to resume and finish without
 * publishing anything twice.
 */
class KillDuringSavesFault {

    static final String JAR = "target/jixiao-server.jar";

    @Test
    void killDuringSavesAndAPublish() throws Exception {
        assertThat(new File(JAR)).as("build the jar first: mvn -pl jixiao-server -am package -DskipTests").exists();
        String schema = "jixiao_fault_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String url = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema;
        var db = new DriverManagerDataSource(url, "postgres", "");
        var jdbc = new JdbcTemplate(db);
        int port;
        try (var probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path log = Files.createTempFile("jixiao-fault-", ".log");
        Process server = start(url, schema, port, log);
        try {
            waitUp(port);
            var unit = signedInWhenDemoLoaded(port); // the demo data is loaded just after start
            new SyntheticProvinceLoader(1, 1, 40, 2, 3, "demo").load(db);
            var reviewer = WebSession.signedIn(port, "rD0101");
            long reportId = WebSession.json(unit.get("/api/v1/reports")).get(0).get("id").asLong();
            long district = jdbc.queryForObject("SELECT id FROM districts WHERE code = 'D0101'", Long.class);
            int approved = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM reports r JOIN units u ON u.id = r.unit_id WHERE u.district_id = ? AND r.state = 'APPROVED'""",
                    Integer.class, district);

            Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
            AtomicBoolean stop = new AtomicBoolean();
            Thread saves = new Thread(() -> {
                long lock = WebSession.json(unit.get("/api/v1/reports/" + reportId + "/editor")).get("lockVersion").asLong();
                for (int i = 0; !stop.get(); i++) {
                    String value = "演示区（保存" + i + "）";
                    try {
                        var r = unit.put("/api/v1/reports/" + reportId + "/content", Map.of("lockVersion", lock,
                                "edits", List.of(Map.of("pointer", "/header/region", "value", value)), "note", "save " + i));
                        if (r.statusCode() != 200) break;
                        JsonNode saved = WebSession.json(r);
                        acknowledged.put(saved.get("version").asInt(), value);
                        lock = saved.get("lockVersion").asLong();
                    } catch (RuntimeException connectionLost) {
                        break;
                    }
                }
            });
            long job = WebSession.json(reviewer.post("/api/v1/jobs/publish", Map.of("districtId", district))).get("id").asLong();
            saves.start();
            Thread.sleep(4000);
            server.destroyForcibly(); // SIGKILL
            server.waitFor();
            stop.set(true);
            saves.join();

            System.out.printf("KILLED after %d acknowledged saves; publish job %d: %s%n", acknowledged.size(), job,
                    jdbc.queryForMap("SELECT state, total_items, done_items, failed_items FROM jobs WHERE id = ?", job));
            for (var e : acknowledged.entrySet()) {
                String content = jdbc.queryForObject("SELECT content FROM report_versions WHERE report_id = ? AND version_number = ?",
                        String.class, reportId, e.getKey());
                assertThat(content).as("acknowledged version " + e.getKey()).contains(e.getValue());
            }
            int current = jdbc.queryForObject("SELECT current_version FROM reports WHERE id = ?", Integer.class, reportId);
            assertThat(current).isGreaterThanOrEqualTo(acknowledged.keySet().stream().mapToInt(Integer::intValue).max().orElse(1));
            int halfWritten = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM reports r
                    WHERE NOT EXISTS (SELECT 1 FROM report_versions v WHERE v.report_id = r.id AND v.version_number = r.current_version)
                       OR EXISTS (SELECT 1 FROM report_versions v WHERE v.report_id = r.id AND v.version_number > r.current_version)
                       OR NOT EXISTS (SELECT 1 FROM report_figures f WHERE f.report_id = r.id AND f.version_number = r.current_version)""",
                    Integer.class);
            assertThat(halfWritten).as("reports whose version rows disagree with current_version").isZero();
            int publishedByJob = jdbc.queryForObject("SELECT COUNT(*) FROM job_items WHERE job_id = ? AND outcome = 'DONE'", Integer.class, job);
            int stillApproved = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM reports r JOIN units u ON u.id = r.unit_id WHERE u.district_id = ? AND r.state = 'APPROVED'""",
                    Integer.class, district);
            assertThat(publishedByJob + stillApproved).as("published reports and job items in step").isEqualTo(approved);
            System.out.printf("AFTER KILL: %d acknowledged saves all present (current version %d), 0 half-written reports, "
                    + "%d of %d reports published by the job, %d still approved%n", acknowledged.size(), current, publishedByJob, approved,
                    stillApproved);

            long restart = System.currentTimeMillis();
            server = start(url, schema, port, log);
            waitUp(port);
            System.out.printf("RESTARTED in %.1f s%n", (System.currentTimeMillis() - restart) / 1000.0);
            JsonNode state;
            long until = System.currentTimeMillis() + 180_000;
            do {
                Thread.sleep(1000);
                state = WebSession.json(reviewer.get("/api/v1/jobs/" + job)); // the session survived: it is in the database
            } while (!state.get("state").asText().equals("SUCCEEDED") && System.currentTimeMillis() < until);
            System.out.printf("RESUMED job after %.1f s: %s%n", (System.currentTimeMillis() - restart) / 1000.0, state);
            assertThat(state.get("state").asText()).isEqualTo("SUCCEEDED");
            assertThat(state.get("done").asInt()).isEqualTo(approved);
            assertThat(jdbc.queryForObject("""
                    SELECT COUNT(*) FROM reports r JOIN units u ON u.id = r.unit_id WHERE u.district_id = ? AND r.state = 'APPROVED'""",
                    Integer.class, district)).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT report_id FROM report_publications GROUP BY report_id, version_number "
                    + "HAVING COUNT(*) > 1) twice", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'PUBLISH'", Integer.class)).isEqualTo(approved);
            System.out.println("OK: every acknowledged save kept, nothing half-written, the publish resumed and published each report once");
        } finally {
            server.destroyForcibly();
            server.waitFor();
            jdbc.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            System.out.println("server log: " + log);
        }
    }

    static Process start(String url, String schema, int port, Path log) throws Exception {
        return new ProcessBuilder("java", "-Xmx512m", "-jar", JAR, "--server.port=" + port, "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--spring.datasource.password=", "--spring.flyway.schemas=" + schema,
                "--jixiao.demo.enabled=true", "--jixiao.jobs.item-pause-millis=300",
                "--jixiao.data-dir=" + System.getProperty("java.io.tmpdir") + "/" + schema)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    static WebSession signedInWhenDemoLoaded(int port) throws InterruptedException {
        for (int i = 0; ; i++) {
            try {
                return WebSession.signedIn(port, "tianbao");
            } catch (IllegalStateException notYet) {
                if (i > 120) throw notYet;
                Thread.sleep(500);
            }
        }
    }

    static void waitUp(int port) throws Exception {
        long until = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < until) {
            try {
                if (new WebSession(port).get("/actuator/health").statusCode() == 200) return;
            } catch (RuntimeException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("server on port " + port + " did not start");
    }
}
