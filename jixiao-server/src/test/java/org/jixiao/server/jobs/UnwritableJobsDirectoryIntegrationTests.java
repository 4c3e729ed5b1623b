package org.jixiao.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fault (c): the jobs directory cannot be written (here it lies under a regular file, which even root cannot create
 * directories in; a read-only mount or a full disk fail the same way). An upload is refused with a clear 503 and
 * leaves no file and no job; a render job fails with a clear message and leaves no file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-test/*.json", "jixiao.test.context=unwritable"})
// its own context (it loads a synthetic province and changes data), closed afterwards
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
@ContextConfiguration(initializers = TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnwritableJobsDirectoryIntegrationTests {

    static final Path BLOCKER;

    static {
        try {
            BLOCKER = Files.createTempFile("jixiao-not-a-directory", ".txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort int port;
    @Autowired DataSource dataSource;

    @DynamicPropertySource
    static void jobsDirectory(DynamicPropertyRegistry registry) {
        registry.add("jixiao.jobs.directory", () -> BLOCKER.resolve("jobs").toString());
    }

    @BeforeAll
    void load() throws Exception {
        new SyntheticProvinceLoader(1, 1, 3, 2, 5, "demo").load(dataSource);
    }

    @Test
    void anUploadThatCannotBeStoredIsRefusedClearlyAndLeavesNothing() {
        var admin = WebSession.signedIn(port, "admin");
        long district = new JdbcTemplate(dataSource).queryForObject("SELECT id FROM districts WHERE code = 'D0101'", Long.class);
        var refused = JobsIntegrationTests.upload(admin, district, new byte[] {'P', 'K', 3, 4});
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.body()).contains("无法保存上传的文件", "没有保存任何内容");
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM jobs", Integer.class)).isZero();
        assertThat(BLOCKER).isRegularFile().hasSize(0);
    }

    @Test
    void aRenderJobThatCannotWriteFailsWithAClearMessage() throws Exception {
        var reviewer = WebSession.signedIn(port, "rD0101");
        long district = new JdbcTemplate(dataSource).queryForObject("SELECT id FROM districts WHERE code = 'D0101'", Long.class);
        long id = WebSession.json(reviewer.post("/api/v1/jobs/render", Map.of("districtId", district))).get("id").asLong();
        JsonNode job = JobPolling.finished(reviewer, id, 60_000);
        assertThat(job.get("state").asText()).isEqualTo("FAILED");
        assertThat(job.get("message").asText()).contains("无法写入导出目录", "没有生成任何文件");
        assertThat(BLOCKER).isRegularFile().hasSize(0);
    }
}
