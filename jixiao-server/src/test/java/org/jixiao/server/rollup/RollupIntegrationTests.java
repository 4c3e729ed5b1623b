package org.jixiao.server.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jixiao.server.SyntheticProvinceLoader;
import org.jixiao.server.TestDatabase;
import org.jixiao.server.WebSession;
import org.jixiao.synthetic.ProvinceGenerator;
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
 * Roll-ups over a small synthetic province (2 cities × 2 districts × 3 units × 1–3 years) loaded with the same loader
 * as the province benchmark: the sums at each level equal the figures of the generated reports that are approved or
 * published, computed here independently from the generator; access follows the roles; a save records the new
 * version's figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-test/*.json", "jixiao.test.context=rollup"})
// its own context (it loads a synthetic province and changes data), closed afterwards
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
@ContextConfiguration(initializers = TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupIntegrationTests {

    static final long SEED = 7;
    static final SyntheticProvinceLoader LOADER = new SyntheticProvinceLoader(2, 2, 3, 3, SEED, null);

    @LocalServerPort int port;
    @Autowired DataSource dataSource;

    @BeforeAll
    void load() throws Exception {
        LOADER.load(dataSource);
    }

    @Test
    void provinceCityAndDistrictSumsAreThoseOfTheApprovedAndPublishedReports() {
        var admin = WebSession.signedIn(port, "admin");
        ProvinceGenerator province = new ProvinceGenerator(2, 2, 3);
        ReportGenerator generator = new ReportGenerator();
        for (int year : List.of(2024, 2025)) {
            BigDecimal expected = BigDecimal.ZERO;
            BigDecimal expectedCity0 = BigDecimal.ZERO;
            int counted = 0;
            for (int i = 0; i < province.size(); i++) {
                if (year < 2026 - LOADER.yearsOf(i)) continue;
                String state = SyntheticProvinceLoader.stateOf(SEED, i, year);
                if (!state.equals("APPROVED") && !state.equals("PUBLISHED")) continue;
                UnitIdentity unit = province.unit(i);
                var report = generator.generate(SEED + i * 10L + year, unit, year);
                BigDecimal spent = new BigDecimal(report.finalAccounts().table(org.jixiao.report.domain.TableKind.INCOME_EXPENDITURE_SUMMARY)
                        .orElseThrow().row("expenditure.total").orElseThrow().cell("amount").orElseThrow().text().replace(",", ""));
                expected = expected.add(spent);
                if (i < 6) expectedCity0 = expectedCity0.add(spent);
                counted++;
            }
            JsonNode all = WebSession.json(admin.get("/api/v1/rollups?level=province&code=湘中省&year=" + year));
            assertThat(all.get("reports").asLong()).isEqualTo(counted);
            assertThat(all.at("/total/expenditureTotal").decimalValue()).isEqualByComparingTo(expected);
            assertThat(all.get("rows")).hasSize(2);

            String city = "湘中省" + province.unit(0).city();
            JsonNode cityRow = null;
            for (JsonNode r : all.get("rows")) if (r.get("code").asText().equals(city)) cityRow = r;
            JsonNode oneCity = WebSession.json(admin.get("/api/v1/rollups?level=city&code=" + city + "&year=" + year));
            assertThat(oneCity.at("/total/expenditureTotal").decimalValue()).isEqualByComparingTo(expectedCity0);
            assertThat(oneCity.at("/total/expenditureTotal").decimalValue())
                    .isEqualByComparingTo(cityRow.at("/figures/expenditureTotal").decimalValue());
            BigDecimal districts = BigDecimal.ZERO;
            for (JsonNode d : oneCity.get("rows")) {
                JsonNode district = WebSession.json(admin.get("/api/v1/rollups?level=district&code=" + d.get("code").asText() + "&year=" + year));
                assertThat(district.at("/total/expenditureTotal").decimalValue()).isEqualByComparingTo(d.at("/figures/expenditureTotal").decimalValue());
                districts = districts.add(district.at("/total/expenditureTotal").decimalValue());
            }
            assertThat(districts).isEqualByComparingTo(expectedCity0);
        }
        var page = admin.get("/review/rollup?level=province&code=" + java.net.URLEncoder.encode("湘中省", java.nio.charset.StandardCharsets.UTF_8)
                + "&year=2025");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("省汇总", "湘中省青岚市", "合计");
    }

    @Test
    void aReviewerSeesTheirDistrictOnlyAndUnitStaffNone() {
        var reviewer = WebSession.signedIn(port, "shenhe");
        var own = reviewer.get("/api/v1/rollups?year=2021");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(WebSession.json(own).get("code").asText()).isEqualTo("demo");
        assertThat(reviewer.get("/api/v1/rollups?level=province&code=湘中省&year=2025").statusCode()).isEqualTo(403);
        assertThat(reviewer.get("/api/v1/rollups?level=district&code=D0101&year=2025").statusCode()).isEqualTo(403);
        assertThat(reviewer.get("/review/rollup").statusCode()).isEqualTo(200);
        var unit = WebSession.signedIn(port, "tianbao");
        assertThat(unit.get("/api/v1/rollups?year=2021").statusCode()).isEqualTo(403);
        assertThat(unit.get("/review/rollup").statusCode()).isEqualTo(403);
        var admin = WebSession.signedIn(port, "admin");
        assertThat(admin.get("/api/v1/rollups?level=county&code=x&year=2021").statusCode()).isEqualTo(400);
        assertThat(admin.get("/api/v1/rollups?level=city&code=无此市&year=2021").statusCode()).isEqualTo(404);
    }

    @Test
    void everySavedVersionGetsItsFigures() {
        var unit = WebSession.signedIn(port, "tianbao");
        String id = unit.get("/api/v1/reports").body().replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");
        JsonNode editor = WebSession.json(unit.get("/api/v1/reports/" + id + "/editor"));
        var saved = WebSession.json(unit.put("/api/v1/reports/" + id + "/content", Map.of("lockVersion", editor.get("lockVersion").asLong(),
                "edits", List.of(Map.of("pointer", "/finalAccounts/tables/0/rows/0/cells/project", "value", "41.00")))));
        int version = saved.get("version").asInt();
        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT project_total FROM report_figures WHERE report_id = ? AND version_number = ?", BigDecimal.class,
                Long.parseLong(id), version)).isEqualByComparingTo("41.00");
        assertThat(jdbc.queryForObject("SELECT project_total FROM report_figures WHERE report_id = ? AND version_number = 1", BigDecimal.class,
                Long.parseLong(id))).isEqualByComparingTo("40.00");
    }
}
