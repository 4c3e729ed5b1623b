package org.jixiao.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.jixiao.report.json.ReportJson;
import org.jixiao.server.SyntheticProvinceLoader;
import org.jixiao.server.TestDatabase;
import org.jixiao.server.WebSession;
import org.jixiao.synthetic.ReportGenerator;
import org.jixiao.synthetic.UnitIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The long jobs through the API on a small synthetic province (1 city × 2 districts × 4 units): a reviewer publishes
 * every approved report of their district, renders its published documents, an administrator imports a zip of
 * reports; a job is its owner's only; a job run again (as after a crash) repeats nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-test/*.json", "jixiao.test.context=jobs"})
// its own context (it loads a synthetic province and changes data), closed afterwards
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
@ContextConfiguration(initializers = TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobsIntegrationTests {

    static final Path JOBS = Path.of(System.getProperty("java.io.tmpdir"), "jixiao-jobs-it-" + UUID.randomUUID());

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Autowired JobRunner runner;

    @org.springframework.test.context.DynamicPropertySource
    static void jobsDirectory(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("jixiao.jobs.directory", JOBS::toString);
    }

    @BeforeAll
    void load() throws Exception {
        new SyntheticProvinceLoader(1, 2, 4, 2, 11, "demo").load(dataSource);
    }

    @Test
    void aReviewerPublishesEveryApprovedReportOfTheDistrictOnceEvenWhenTheJobRunsAgain() throws Exception {
        var reviewer = WebSession.signedIn(port, "rD0101");
        JsonNode approved = WebSession.json(reviewer.get("/api/v1/reports?state=APPROVED"));
        assertThat(approved.size()).isPositive();
        long district = approved.get(0).get("districtId").asLong();

        var other = WebSession.signedIn(port, "rD0102");
        assertThat(other.post("/api/v1/jobs/publish", Map.of("districtId", district)).statusCode()).isEqualTo(403);
        assertThat(WebSession.signedIn(port, "admin").post("/api/v1/jobs/publish", Map.of("districtId", district)).statusCode()).isEqualTo(403);

        var accepted = reviewer.post("/api/v1/jobs/publish", Map.of("districtId", district));
        assertThat(accepted.statusCode()).isEqualTo(202);
        long id = WebSession.json(accepted).get("id").asLong();
        JsonNode job = JobPolling.finished(reviewer, id, 60_000);
        assertThat(job.get("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(job.get("done").asInt()).isEqualTo(approved.size());
        assertThat(job.get("failed").asInt()).isZero();
        assertThat(WebSession.json(reviewer.get("/api/v1/reports?state=APPROVED")).size()).isZero();
        assertThat(other.get("/api/v1/jobs/" + id).statusCode()).isEqualTo(404);

        // As if the instance died after the last item but before marking the job done: running it again repeats nothing.
        var jdbc = new JdbcTemplate(dataSource);
        int publications = jdbc.queryForObject("SELECT COUNT(*) FROM report_publications", Integer.class);
        jdbc.update("UPDATE jobs SET state = 'RUNNING', finished_at = NULL WHERE id = ?", id);
        runner.run(id);
        job = WebSession.json(reviewer.get("/api/v1/jobs/" + id));
        assertThat(job.get("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(job.get("done").asInt()).isEqualTo(approved.size());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report_publications", Integer.class)).isEqualTo(publications);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job_items WHERE job_id = ?", Integer.class, id)).isEqualTo(approved.size());
    }

    @Test
    void aReviewerRendersThePublishedDocumentsOfTheDistrictAsWholeFiles() throws Exception {
        var reviewer = WebSession.signedIn(port, "rD0102");
        JsonNode all = WebSession.json(reviewer.get("/api/v1/reports"));
        long district = all.get(0).get("districtId").asLong();
        long published = 0;
        for (JsonNode r : all) if (r.get("publishedVersion").asInt() > 0) published++;
        assertThat(published).isPositive();
        long id = WebSession.json(reviewer.post("/api/v1/jobs/render", Map.of("districtId", district))).get("id").asLong();
        JsonNode job = JobPolling.finished(reviewer, id, 120_000);
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
        Path dir = JOBS.resolve("exports").resolve("job-" + id);
        try (var files = Files.list(dir)) {
            List<Path> written = files.toList();
            assertThat(written).hasSize((int) published).allMatch(p -> p.toString().endsWith(".docx"));
            for (Path p : written) assertThat(Files.readAllBytes(p)).startsWith((byte) 'P', (byte) 'K');
        }
    }

    @Test
    void anAdministratorImportsAZipOfReportsAndAnImportOfTheSameZipDuplicatesNothing() throws Exception {
        var admin = WebSession.signedIn(port, "admin");
        var reviewer = WebSession.signedIn(port, "rD0101");
        long district = WebSession.json(reviewer.get("/api/v1/reports")).get(0).get("districtId").asLong();
        ReportJson json = new ReportJson();
        ReportGenerator generator = new ReportGenerator();
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= 2; i++) {
                UnitIdentity u = new UnitIdentity("湘中省", "青岚市", "东城区", "导入测试单位" + i, "9900" + i, false, "20106", List.of("办公室"));
                out.putNextEntry(new ZipEntry("东城区/" + u.code() + ".json"));
                out.write(json.write(generator.generate(500 + i, u, 2024)).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("坏文件.json"));
            out.write("{\"not\": \"a report\"}".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThat(upload(reviewer, district, zip.toByteArray()).statusCode()).isEqualTo(403);

        var first = upload(admin, district, zip.toByteArray());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        JsonNode job = JobPolling.finished(admin, WebSession.json(first).get("id").asLong(), 60_000);
        assertThat(job.get("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(job.get("done").asInt()).isEqualTo(2);
        assertThat(job.get("failed").asInt()).isEqualTo(1);
        int count = WebSession.json(reviewer.get("/api/v1/reports")).size();

        JsonNode again = JobPolling.finished(admin, WebSession.json(upload(admin, district, zip.toByteArray())).get("id").asLong(), 60_000);
        assertThat(again.get("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(WebSession.json(reviewer.get("/api/v1/reports")).size()).isEqualTo(count);
        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job_items WHERE job_id = ? AND outcome = 'SKIPPED'", Integer.class,
                again.get("id").asLong())).isEqualTo(2);
        try (var left = Files.list(JOBS.resolve("uploads"))) {
            assertThat(left.toList()).as("uploads are removed once imported").isEmpty();
        }
    }

    @Test
    void anImportSkipsTheReportsOfAClosedYearAndCreatesNothingForThem() throws Exception {
        var admin = WebSession.signedIn(port, "admin");
        var reviewer = WebSession.signedIn(port, "rD0101");
        long district = WebSession.json(reviewer.get("/api/v1/reports")).get(0).get("districtId").asLong();
        assertThat(admin.post("/api/v1/admin/years", Map.of("year", 2030)).statusCode()).isEqualTo(201);
        assertThat(admin.put("/api/v1/admin/years/2030", Map.of("open", false)).statusCode()).isEqualTo(200);
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
            UnitIdentity u = new UnitIdentity("湘中省", "青岚市", "东城区", "关闭年度单位", "99030", false, "20106", List.of("办公室"));
            out.putNextEntry(new ZipEntry("东城区/" + u.code() + ".json"));
            out.write(new ReportJson().write(new ReportGenerator().generate(530, u, 2030)).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        JsonNode job = JobPolling.finished(admin, WebSession.json(upload(admin, district, zip.toByteArray())).get("id").asLong(), 60_000);
        assertThat(job.get("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(job.get("failed").asInt()).isZero(); // a skipped item counts as done
        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForList("SELECT detail FROM job_items WHERE job_id = ? AND outcome = 'SKIPPED'", String.class, job.get("id").asLong()))
                .singleElement().satisfies(d -> assertThat(d).contains("2030年度已关闭", "联系管理员重新开放该年度"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM units WHERE code = '99030'", Integer.class)).as("no unit created either").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reports WHERE fiscal_year = 2030", Integer.class)).isZero();
    }

    static java.net.http.HttpResponse<String> upload(WebSession session, long district, byte[] zip) {
        String boundary = "----jixiao" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"districtId\"\r\n\r\n" + district + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"reports.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(zip);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return session.send(session.withCsrf(HttpRequest.newBuilder(URI.create(session.base() + "/api/v1/jobs/import")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }
}
