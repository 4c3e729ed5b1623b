package org.jixiao.server.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The public list and the home page at more than a page of published reports (issue "Province scale": a province
 * publishes tens of thousands; the list rendered every one of them and offered every unit, 35–49 s for the synthetic
 * province). Counts are taken from the database, not from the pages' own code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.demo.enabled=true", "jixiao.demo.location=classpath*:demo-test/*.json", "jixiao.test.context=public-paging"})
// its own context (it loads a synthetic province), closed afterwards
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ContextConfiguration(initializers = TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicListPagingIntegrationTests {

    private static final Pattern REPORT_LINK = Pattern.compile("href=\"/public/reports/(\\d+)\"");

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    int published;

    @BeforeAll
    void load() throws Exception {
        new SyntheticProvinceLoader(1, 2, 40, 3, 17, null).load(dataSource);
        published = jdbc.queryForObject("SELECT count(DISTINCT report_id) FROM report_publications", Integer.class);
    }

    @Test
    void theListShowsFiftyReportsAPageAndEveryPublishedReportOnExactlyOnePage() {
        var anyone = new WebSession(port);
        int pages = (published + PublicPages.PAGE_SIZE - 1) / PublicPages.PAGE_SIZE;
        assertThat(pages).isGreaterThan(1);

        String first = anyone.get("/public").body();
        assertThat(first).contains("共 " + published + " 份报告，第 1 / " + pages + " 页", "rel=\"next\"").doesNotContain("rel=\"prev\"");
        assertThat(links(first)).hasSize(PublicPages.PAGE_SIZE);

        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= pages; page++) seen.addAll(links(anyone.get("/public?page=" + page).body()));
        assertThat(seen).hasSize(published);
        assertThat(new HashSet<>(seen)).hasSize(published);

        String beyond = anyone.get("/public?page=" + (pages + 5)).body();
        assertThat(beyond).contains("第 " + pages + " / " + pages + " 页").doesNotContain("rel=\"next\"");
        assertThat(links(beyond)).hasSize(published - (pages - 1) * PublicPages.PAGE_SIZE);
    }

    @Test
    void unitsAreOfferedForAChosenDistrictOnly() {
        var anyone = new WebSession(port);
        assertThat(unitOptions(anyone.get("/public").body())).isZero();

        String code = jdbc.queryForObject("SELECT d.code FROM districts d JOIN units u ON u.district_id = d.id "
                + "JOIN reports r ON r.unit_id = u.id JOIN report_publications p ON p.report_id = r.id GROUP BY d.code ORDER BY count(*) DESC LIMIT 1",
                String.class);
        int withPublished = jdbc.queryForObject("SELECT count(DISTINCT u.id) FROM units u JOIN districts d ON d.id = u.district_id "
                + "JOIN reports r ON r.unit_id = u.id JOIN report_publications p ON p.report_id = r.id WHERE d.code = ?", Integer.class, code);
        String page = anyone.get("/public?district=" + code).body();
        assertThat(withPublished).isGreaterThan(1);
        assertThat(unitOptions(page)).isEqualTo(withPublished);
        // A filter carried over to the next page.
        if (page.contains("rel=\"next\"")) assertThat(page).contains("/public?district=" + code);
    }

    @Test
    void theHomePageListsTheLatestTwentyAndLeadsToAllOfThem() {
        String home = new WebSession(port).get("/").body();

        assertThat(links(home)).hasSize(20);
        assertThat(home).contains("全部已公开报告（共 " + published + " 份）", "id=\"all-published\"");
    }

    private static List<String> links(String page) {
        List<String> ids = new ArrayList<>();
        Matcher m = REPORT_LINK.matcher(page);
        while (m.find()) ids.add(m.group(1));
        return ids;
    }

    /** Options of the unit filter with a value (the first, "全部单位", has none). */
    private static int unitOptions(String page) {
        String select = page.substring(page.indexOf("<select name=\"unit\">"), page.indexOf("</select>", page.indexOf("<select name=\"unit\">")));
        return (int) Pattern.compile("<option value=\"\\d+\"").matcher(select).results().count();
    }
}
