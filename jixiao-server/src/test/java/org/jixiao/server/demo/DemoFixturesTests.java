package org.jixiao.server.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jixiao.report.json.ReportJson;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class DemoFixturesTests {

    final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    @Test
    void readsEveryReportOfTheFolder() {
        var fixtures = new DemoFixtures(resources, new ReportJson(), "classpath*:demo-test/*.json").read();

        assertThat(fixtures).singleElement().returns("100-shiyan-2021.json", DemoFixture::file)
                .returns("demo-shiyan", DemoFixture::unitCode);
    }

    @Test
    void anEmptyFolderGivesNoReports() {
        assertThat(new DemoFixtures(resources, new ReportJson(), "classpath*:no-such-folder/*.json").read()).isEmpty();
    }

    @Test
    void aFixtureThatDoesNotParseStopsWithItsFileName() {
        assertThatThrownBy(() -> new DemoFixtures(resources, new ReportJson(), "classpath*:demo-broken/*.json").read())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("001-broken-2021.json");
    }
}
