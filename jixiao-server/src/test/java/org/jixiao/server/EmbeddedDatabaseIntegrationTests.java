package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jixiao.server.codes.CodeListEntries;
import org.jixiao.server.reports.Reports;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The default configuration: an H2 file database under {@code jixiao.data-dir}, demo data on first start. */
class EmbeddedDatabaseIntegrationTests {

    @Test
    void startsOnAnEmbeddedDatabaseInTheDataDirectoryAndKeepsItsDataAcrossRestarts() {
        assumeFalse(TestDatabase.onPostgres(), "the embedded database is H2 only");
        Path dataDir = Path.of("target", "it-data-" + UUID.randomUUID());
        String[] args = {"--jixiao.data-dir=" + dataDir, "--jixiao.demo.location=classpath*:demo-test/*.json"};

        long reportsAfterFirstStart;
        try (var context = new SpringApplicationBuilder(JixiaoServerApplication.class).web(org.springframework.boot.WebApplicationType.NONE).run(args)) {
            reportsAfterFirstStart = context.getBean(Reports.class).count();
            assertThat(reportsAfterFirstStart).isEqualTo(1);
            assertThat(context.getBean(CodeListEntries.class).count()).isPositive();
        }
        assertThat(Files.exists(dataDir.resolve("jixiao.mv.db"))).isTrue();

        try (var context = new SpringApplicationBuilder(JixiaoServerApplication.class).web(org.springframework.boot.WebApplicationType.NONE).run(args)) {
            assertThat(context.getBean(Reports.class).count()).isEqualTo(reportsAfterFirstStart);
        }
    }
}
