package org.jixiao.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.jixiao.server.SyntheticProvinceLoader;
import org.jixiao.server.TestDatabase;
import org.jixiao.server.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Job files are limited by {@code jixiao.jobs.max-file-size} (here 8 KB, smaller than any rendered document): an upload
 * over it is refused with 413 and leaves no job, no file and no chunk; a rendered document over it is not stored and
 * its item fails with a message naming the sizes, while the job goes on and finishes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-test/*.json", "jixiao.test.context=job-limits",
                "jixiao.jobs.max-file-size=8KB"})
// its own context (it loads a synthetic province and changes data), closed afterwards
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
@ContextConfiguration(initializers = TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobFileLimitsIntegrationTests {

    @LocalServerPort int port;
    @Autowired DataSource dataSource;

    @BeforeAll
    void load() throws Exception {
        new SyntheticProvinceLoader(1, 1, 3, 2, 5, "demo").load(dataSource);
    }

    @Test
    void anUploadOverTheLimitIsRefusedAndLeavesNothing() throws Exception {
        var admin = WebSession.signedIn(port, "admin");
        var jdbc = new JdbcTemplate(dataSource);
        long district = jdbc.queryForObject("SELECT id FROM districts WHERE code = 'D0101'", Long.class);
        byte[] noise = new byte[20 * 1024];
        new Random(11).nextBytes(noise);
        var refused = JobsIntegrationTests.upload(admin, district, JobsIntegrationTests.zip(Map.of("单位.pdf", noise)));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(WebSession.json(refused).get("detail").asText()).isEqualTo(
                "上传的压缩包超过 8 KB 的上限；没有保存任何内容，请分成几个较小的压缩包分别上传。");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM jobs WHERE kind = 'IMPORT'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job_files WHERE purpose = 'UPLOAD'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job_file_chunks c JOIN job_files f ON f.id = c.file_id "
                + "WHERE f.purpose = 'UPLOAD'", Integer.class)).isZero();
    }

    @Test
    void aDocumentOverTheLimitIsNotStoredAndItsItemFailsClearly() throws Exception {
        var reviewer = WebSession.signedIn(port, "rD0101");
        var jdbc = new JdbcTemplate(dataSource);
        long district = jdbc.queryForObject("SELECT id FROM districts WHERE code = 'D0101'", Long.class);
        int published = jdbc.queryForObject("SELECT COUNT(*) FROM reports r JOIN units u ON u.id = r.unit_id "
                + "WHERE u.district_id = ? AND r.published_version IS NOT NULL", Integer.class, district);
        assertThat(published).isPositive();
        long id = WebSession.json(reviewer.post("/api/v1/jobs/render", Map.of("districtId", district))).get("id").asLong();
        JsonNode job = JobPolling.finished(reviewer, id, 120_000);
        assertThat(job.get("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(job.get("failed").asInt()).isEqualTo(published);
        assertThat(job.get("message").asText()).contains("已生成 0 个公开文件");
        assertThat(jdbc.queryForList("SELECT detail FROM job_items WHERE job_id = ?", String.class, id))
                .hasSize(published).allMatch(d -> d.contains(".docx 为 ") && d.contains("超过单个文件 8 KB 的上限，未保存"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job_files WHERE job_id = ?", Integer.class, id)).isZero();
        assertThat(JobsIntegrationTests.download(reviewer, id, "全部年度")).isEmpty();
    }
}
