package org.jixiao.server.rollup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jixiao.server.JixiaoServerApplication;
import org.jixiao.server.SyntheticProvinceLoader;
import org.jixiao.server.accounts.Account;
import org.jixiao.server.accounts.Role;
import org.jixiao.server.accounts.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Province roll-up benchmark (not part of {@code mvn verify}; docs/benchmarks.md). Migrates the PostgreSQL schema
 * {@code -Djixiao.bench.schema} (default {@code jixiao_bench}) in database {@code test}, loads the synthetic province
 * into it when it is empty (default 14 cities × 10 districts × 80 units × 1–5 years, users u&lt;unit code&gt; and
 * r&lt;district code&gt; with password demo), then times province, city and district roll-ups through the service.
 *
 * <pre>
 * mvn -B -ntp -pl jixiao-server -am test -Dtest=ProvinceRollupBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class ProvinceRollupBenchmark {

    @Test
    void provinceRollup() throws Exception {
        String schema = System.getProperty("jixiao.bench.schema", "jixiao_bench");
        String url = System.getProperty("jixiao.bench.url", "jdbc:postgresql://127.0.0.1:5432/test") + "?currentSchema=" + schema;
        int cities = Integer.getInteger("jixiao.bench.cities", 14);
        int districts = Integer.getInteger("jixiao.bench.districts", 10);
        int units = Integer.getInteger("jixiao.bench.units", 80);
        int years = Integer.getInteger("jixiao.bench.years", 5);
        try (var context = new SpringApplicationBuilder(JixiaoServerApplication.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
                        "--spring.flyway.schemas=" + schema, "--jixiao.demo.enabled=false")) {
            DataSource dataSource = context.getBean(DataSource.class);
            var jdbc = new JdbcTemplate(dataSource);
            if (jdbc.queryForObject("SELECT COUNT(*) FROM districts", Long.class) == 0) {
                var loaded = new SyntheticProvinceLoader(cities, districts, units, years, 2026, "demo").verbose().load(dataSource);
                System.out.printf("LOAD %s: %d districts, %d units, %d reports in %.1f s%n", Instant.now(), loaded.districts(), loaded.units(),
                        loaded.reports(), loaded.millis() / 1000.0);
            }
            System.out.printf("DATA reports=%d versions=%d figures=%d size=%s%n", jdbc.queryForObject("SELECT COUNT(*) FROM reports", Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM report_versions", Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM report_figures", Long.class),
                    jdbc.queryForObject("SELECT pg_size_pretty(pg_database_size('test'))", String.class));
            Rollups rollups = context.getBean(Rollups.class);
            Account admin = new Account(0, "bench", "bench", Role.ADMIN, new Scope.Everywhere(), null);
            String province = jdbc.queryForObject("SELECT MIN(province) FROM districts", String.class);
            String city = jdbc.queryForObject("SELECT MIN(city) FROM districts", String.class);
            String district = jdbc.queryForObject("SELECT MIN(code) FROM districts", String.class);
            for (int year = 2021; year <= 2025; year++) {
                List<Long> times = new ArrayList<>();
                Rollup r = null;
                for (int run = 0; run < 5; run++) {
                    long t = System.nanoTime();
                    r = rollups.rollup(admin, RollupLevel.PROVINCE, province, year);
                    times.add((System.nanoTime() - t) / 1_000_000);
                }
                System.out.printf("PROVINCE %d: %d reports in %d cities, 本年支出合计 %s 万元; ms per run (first cold) %s%n", year, r.reports(),
                        r.rows().size(), r.total().expenditureTotal(), times);
            }
            for (var level : List.of(RollupLevel.CITY, RollupLevel.DISTRICT)) {
                List<Long> times = new ArrayList<>();
                Rollup r = null;
                for (int run = 0; run < 5; run++) {
                    long t = System.nanoTime();
                    r = rollups.rollup(admin, level, level == RollupLevel.CITY ? city : district, 2025);
                    times.add((System.nanoTime() - t) / 1_000_000);
                }
                System.out.printf("%s 2025: %d reports, %d rows; ms %s%n", level, r.reports(), r.rows().size(), times);
            }
        }
    }
}
