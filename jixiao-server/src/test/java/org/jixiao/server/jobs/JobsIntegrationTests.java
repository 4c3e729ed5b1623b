package org.jixiao.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.report.json.ReportJson;
import org.jixiao.server.Forms;
import org.jixiao.server.SyntheticProvinceLoader;
import org.jixiao.server.TestDatabase;
import org.jixiao.server.WebSession;
import org.jixiao.server.accounts.Accounts;
import org.jixiao.server.accounts.Scope;
import org.jixiao.server.reports.Edit;
import org.jixiao.server.reports.ReportState;
import org.jixiao.server.reports.Reports;
import org.jixiao.server.reports.TransitionOutcome;
import org.jixiao.server.units.Unit;
import org.jixiao.server.units.Units;
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
 * The long jobs through the API on the demo district and a small synthetic province (1 city × 2 districts × 4 units):
 * a reviewer publishes every approved report of their district, renders its published documents and downloads them
 * as one zip (from the database: no directory is involved), an administrator imports a zip of reports that is stored
 * in the database; a job is seen only by its owner, its district's reviewer and administrators; a job run again (as
 * after a crash) repeats nothing; a bad upload is refused with nothing kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-test/*.json", "jixiao.test.context=jobs",
                "jixiao.jobs.max-file-size=2MB"})
// its own context (it loads a synthetic province and changes data), closed afterwards
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
@ContextConfiguration(initializers = TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobsIntegrationTests {

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Autowired JobRunner runner;
    @Autowired Reports reports;
    @Autowired Units units;
    @Autowired Accounts accounts;

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
        assertThat(WebSession.signedIn(port, "tianbao").get("/api/v1/jobs/" + id).statusCode()).isEqualTo(404);

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
    void aReviewerRendersThePublishedDocumentsOfTheDistrictAndDownloadsThemAsOneZip() throws Exception {
        var reviewer = WebSession.signedIn(port, "rD0102");
        JsonNode all = WebSession.json(reviewer.get("/api/v1/reports"));
        long district = all.get(0).get("districtId").asLong();
        Map<Long, String> published = new HashMap<>();
        for (JsonNode r : all) if (r.get("publishedVersion").asInt() > 0) published.put(r.get("id").asLong(), r.get("unitName").asText());
        assertThat(published).isNotEmpty();
        long id = WebSession.json(reviewer.post("/api/v1/jobs/render", Map.of("districtId", district))).get("id").asLong();
        JsonNode job = JobPolling.finished(reviewer, id, 120_000);
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("done").asInt()).isEqualTo(published.size());
        assertDocuments(download(reviewer, id, "全部年度"), published);

        // As if the instance died after the last item but before marking the job done: nothing is rendered twice.
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.update("UPDATE jobs SET state = 'RUNNING', finished_at = NULL WHERE id = ?", id);
        runner.run(id);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job_files WHERE job_id = ? AND purpose = 'EXPORT'", Integer.class, id))
                .isEqualTo(published.size());
        assertDocuments(download(reviewer, id, "全部年度"), published);
    }

    @Test
    void theDemoDistrictsDocumentsAreDownloadedByItsReviewerAndAdministratorsOnly() throws Exception {
        var tianbao = WebSession.signedIn(port, "tianbao");
        var qita = WebSession.signedIn(port, "qita");
        var shenhe = WebSession.signedIn(port, "shenhe");
        var admin = WebSession.signedIn(port, "admin");
        var otherReviewer = WebSession.signedIn(port, "rD0101");
        // Two published reports in 演示区: the demo report through the workflow, one of qita's unit directly.
        String demo = tianbao.get("/api/v1/reports").body().replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");
        publishThroughTheWorkflow(tianbao, shenhe, demo);
        long unitB = ((Scope.OfUnit) accounts.byUsername("qita").orElseThrow().scope()).unitId();
        publishDirectly(units.byId(unitB).orElseThrow(), 2022);
        JsonNode all = WebSession.json(shenhe.get("/api/v1/reports"));
        long district = all.get(0).get("districtId").asLong();
        Map<Long, String> published = new HashMap<>();
        for (JsonNode r : all) if (r.get("publishedVersion").asInt() > 0) published.put(r.get("id").asLong(), r.get("unitName").asText());
        assertThat(published).hasSize(2);

        assertThat(tianbao.post("/api/v1/jobs/render", Map.of("districtId", district)).statusCode()).isEqualTo(403);
        assertThat(otherReviewer.post("/api/v1/jobs/render", Map.of("districtId", district)).statusCode()).isEqualTo(403);
        var accepted = shenhe.post("/api/v1/jobs/render", Map.of("districtId", district));
        assertThat(accepted.statusCode()).isEqualTo(202);
        long id = WebSession.json(accepted).get("id").asLong();
        JsonNode job = JobPolling.finished(shenhe, id, 120_000);
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("message").asText()).contains("已生成 2 个公开文件");

        assertDocuments(download(shenhe, id, "全部年度"), published);
        assertDocuments(download(admin, id, "全部年度"), published);
        for (WebSession stranger : List.of(tianbao, qita, otherReviewer)) {
            var refused = stranger.get("/api/v1/jobs/" + id + "/result");
            assertThat(refused.statusCode()).isEqualTo(404);
            assertThat(refused.body()).contains("没有编号为 " + id + " 的任务").doesNotContain("PK");
            assertThat(stranger.get("/api/v1/jobs/" + id).statusCode()).isEqualTo(404);
        }
        assertThat(new WebSession(port).get("/api/v1/jobs/" + id + "/result").statusCode()).isEqualTo(401);
        assertThat(WebSession.json(admin.get("/api/v1/jobs/" + id)).get("state").asText()).isEqualTo("SUCCEEDED");

        // Not finished yet, or failed: 409 with the reason, no zip.
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.update("UPDATE jobs SET state = 'RUNNING' WHERE id = ?", id);
        var running = shenhe.get("/api/v1/jobs/" + id + "/result");
        assertThat(running.statusCode()).isEqualTo(409);
        assertThat(running.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(WebSession.json(running).get("detail").asText()).contains("尚未完成", "完成后才能下载");
        jdbc.update("UPDATE jobs SET state = 'FAILED', message = '演示失败' WHERE id = ?", id);
        assertThat(WebSession.json(shenhe.get("/api/v1/jobs/" + id + "/result")).get("detail").asText()).contains("未能完成", "演示失败");
        jdbc.update("UPDATE jobs SET state = 'SUCCEEDED' WHERE id = ?", id);

        // A publish job has no documents to download.
        long publishJob = WebSession.json(shenhe.post("/api/v1/jobs/publish", Map.of("districtId", district, "year", 2030))).get("id").asLong();
        assertThat(JobPolling.finished(shenhe, publishJob, 60_000).get("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(shenhe.get("/api/v1/jobs/" + publishJob + "/result").statusCode()).isEqualTo(404);

        // The jobs page lists the jobs with a download link for the finished render job.
        var page = shenhe.get("/review/jobs");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-job-id=\"" + id + "\"", "/api/v1/jobs/" + id + "/result", "下载压缩包",
                "data-job-id=\"" + publishJob + "\"", "生成公开文件", "批量公开");
        assertThat(admin.get("/review/jobs").body()).contains("/api/v1/jobs/" + id + "/result");
        assertThat(otherReviewer.get("/review/jobs").body()).doesNotContain("data-job-id=\"" + id + "\"");
        assertThat(tianbao.get("/review/jobs").statusCode()).isEqualTo(403);
        Set<Long> listed = new TreeSet<>();
        WebSession.json(shenhe.get("/api/v1/jobs")).forEach(j -> listed.add(j.get("id").asLong()));
        assertThat(listed).contains(id, publishJob);
        assertThat(WebSession.json(tianbao.get("/api/v1/jobs")).size()).isZero();

        // Started from the page's form: back to the page with a notice; the job then finishes like any other.
        var started = Forms.post(shenhe, "/review/jobs", Map.of("kind", "RENDER", "districtId", Long.toString(district), "year", "2022"));
        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(Forms.location(started)).isEqualTo("/review/jobs");
        var after = shenhe.get("/review/jobs").body();
        assertThat(after).contains("已发起任务");
        long fromForm = Long.parseLong(after.replaceFirst("(?s).*已发起任务 (\\d+).*", "$1"));
        assertThat(JobPolling.finished(shenhe, fromForm, 120_000).get("done").asInt()).isEqualTo(1); // only qita's unit has 2022
        var refused = Forms.post(tianbao, "/review/jobs", Map.of("kind", "RENDER", "districtId", Long.toString(district)));
        assertThat(refused.statusCode()).isEqualTo(302);
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
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job_files WHERE purpose = 'UPLOAD'", Integer.class))
                .as("uploads are removed once imported").isZero();
    }

    @Test
    void anUploadThatIsNoZipOrTooLargeIsRefusedClearlyAndLeavesNothing() throws Exception {
        var admin = WebSession.signedIn(port, "admin");
        long district = new JdbcTemplate(dataSource).queryForObject("SELECT id FROM districts WHERE code = 'D0101'", Long.class);
        int jobs = count("jobs");

        var notZip = upload(admin, district, "这不是压缩包".getBytes(StandardCharsets.UTF_8));
        assertThat(notZip.statusCode()).isEqualTo(400);
        assertThat(WebSession.json(notZip).get("detail").asText()).contains("不是 zip 压缩包", "没有保存任何内容");

        byte[] data = new byte[64 * 1024];
        new Random(3).nextBytes(data);
        byte[] good = zip(Map.of("a.pdf", data));
        var truncated = upload(admin, district, java.util.Arrays.copyOf(good, good.length / 2)); // cut inside the data
        assertThat(truncated.statusCode()).isEqualTo(400);
        assertThat(WebSession.json(truncated).get("detail").asText()).contains("没有保存任何内容");

        var empty = upload(admin, district, zip(Map.of()));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(WebSession.json(empty).get("detail").asText()).contains("压缩包中没有文件");

        // Over jixiao.jobs.max-file-size (2 MB in this context): 413, and nothing of the upload is kept.
        byte[] noise = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(noise);
        var tooLarge = upload(admin, district, zip(Map.of("扫描件.pdf", noise)));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(WebSession.json(tooLarge).get("detail").asText()).contains("超过 2 MB 的上限", "没有保存任何内容");

        assertThat(count("jobs")).isEqualTo(jobs);
        assertThat(count("job_files")).isEqualTo(count("job_files WHERE purpose = 'EXPORT'"));
        assertThat(count("job_file_chunks")).isEqualTo(count("job_file_chunks WHERE file_id IN (SELECT id FROM job_files)"));
    }

    // --- helpers ---

    private int count(String table) {
        return new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    /** Downloads a render job's zip, checking the answer's headers; the entries by name. */
    static Map<String, byte[]> download(WebSession who, long id, String years) throws Exception {
        HttpResponse<byte[]> zip = who.getBytes("/api/v1/jobs/" + id + "/result");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/zip");
        String disposition = zip.headers().firstValue("Content-Disposition").orElse("");
        assertThat(disposition).startsWith("attachment; filename=\"job-" + id + "-documents.zip\"; filename*=UTF-8''");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
                .endsWith(years + "公开文件-任务" + id + ".zip");
        Map<String, byte[]> entries = new HashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) entries.put(e.getName(), in.readAllBytes());
        }
        return entries;
    }

    /** One DOCX per published report (named "id-…docx"), each opened by POI and naming its unit. */
    static void assertDocuments(Map<String, byte[]> entries, Map<Long, String> published) throws Exception {
        Set<Long> ids = new TreeSet<>();
        for (var e : entries.entrySet()) {
            assertThat(e.getKey()).endsWith(".docx");
            long reportId = Long.parseLong(e.getKey().substring(0, e.getKey().indexOf('-')));
            ids.add(reportId);
            try (var document = new XWPFDocument(new ByteArrayInputStream(e.getValue())); var text = new XWPFWordExtractor(document)) {
                assertThat(text.getText()).as(e.getKey()).contains(published.get(reportId));
            }
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(published.keySet());
    }

    static byte[] zip(Map<String, byte[]> files) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var f : files.entrySet()) {
                out.putNextEntry(new ZipEntry(f.getKey()));
                out.write(f.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private void publishDirectly(Unit unit, int year) {
        var report = new ReportGenerator().generate(900 + year, new UnitIdentity("湘中省", "青岚市", "演示区", unit.name(), unit.code(), false,
                "20106", List.of("办公室")), year);
        long id = reports.create(unit.id(), report, Edit.by("test", "样例")).id();
        long lock = 0;
        ReportState[] steps = {ReportState.DRAFT, ReportState.SUBMITTED, ReportState.APPROVED, ReportState.PUBLISHED};
        for (int i = 0; i + 1 < steps.length; i++) {
            lock = ((TransitionOutcome.Moved) reports.transition(id, lock, steps[i], steps[i + 1])).lockVersion();
        }
    }

    static void publishThroughTheWorkflow(WebSession unit, WebSession reviewer, String id) {
        String base = "/api/v1/reports/" + id;
        long lock = WebSession.json(unit.get(base + "/editor")).get("lockVersion").asLong();
        var submitted = WebSession.json(unit.post(base + "/submit", Map.of("lockVersion", lock)));
        assertThat(submitted.path("state").asText()).as(submitted.toString()).isEqualTo("SUBMITTED");
        var approved = WebSession.json(reviewer.post(base + "/approve", Map.of("lockVersion", submitted.get("lockVersion").asLong())));
        var published = WebSession.json(reviewer.post(base + "/publish", Map.of("lockVersion", approved.get("lockVersion").asLong())));
        assertThat(published.path("state").asText()).as(published.toString()).isEqualTo("PUBLISHED");
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

    static HttpResponse<String> upload(WebSession session, long district, byte[] zip) {
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
