package org.jixiao.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jixiao.report.domain.Report;
import org.jixiao.report.json.ReportJson;
import org.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;

/** The narrative rules over the canonical JSON fixtures, where the tables are present too. */
class FixtureNarrativeTests {

    private static Report fixture(String name) {
        try (InputStream in = FixtureNarrativeTests.class.getResourceAsStream("/fixtures/" + name)) {
            return new ReportJson().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> findings(String name) {
        return NarrativeRules.run(fixture(name)).stream()
                .map(r -> r.rule().id() + " " + r.severity() + " " + r.line() + " " + r.violation().stated() + " → " + r.violation().expected())
                .toList();
    }

    @Test
    void seed002FixtureYieldsNothing() {
        assertThat(findings("002-furong-2021.json")).isEmpty();
    }

    @Test
    void seed000FixtureYieldsTwoErrors() {
        assertThat(NarrativeRules.run(fixture("000-lusong-2024.json")).stream().filter(r -> r.severity() == Severity.ERROR)
                .map(r -> r.rule().id() + " " + r.line())).containsExactlyInAnyOrder("NAR-BAL-002 62", "NAR-CNT-002 65");
    }

    @Test
    void seed004FixtureBindsNarrativeAmountsToItsTables() {
        assertThat(findings("004-shifeng-2021.json")).contains(
                // 公务用车购置费及运行维护费支出决算为0万元 vs 公开07表 公务用车购置及运行费 决算数 92.51
                "NAR-TBL-014 ERROR 430 0万元 → 92.51万元",
                // 项目支出1138.53万元 vs 公开03表 合计 项目支出 1,138.54: one cent, a rounding note
                "NAR-TBL-004 INFO 360 1138.53万元 → 1138.54万元",
                // 占0% of the 三公 total, now bound to 公开07表 合计 决算数 92.51: 92.51 ÷ 92.51 = 100%
                "NAR-SHR-002 ERROR 424 0% → 100%",
                // lines 470/472 (joined in the fixture) and 476 are the same paragraph
                "TXT-001 INFO 476 重复段落 → 删除重复段落");
    }
}
