package org.jixiao.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.checking.StandardRuleKinds;
import org.jixiao.report.domain.Report;
import org.jixiao.report.json.ReportJson;
import org.jixiao.rules.Finding;
import org.jixiao.rules.RuleEngine;
import org.jixiao.rules.Severity;
import org.junit.jupiter.api.Test;

/**
 * Precision of the engine on consistent synthetic reports: for 200 seeds, a generated report survives the JSON
 * round trip and the full engine reports nothing at all (no ERROR, no WARNING, no INFO) except the known false
 * alarms listed in {@link #KNOWN_FALSE_ALARMS}, each with its reason.
 */
class SyntheticConsistencyTests {

    static final int SEEDS = Integer.getInteger("synthetic.seeds", 200);

    /**
     * Known false alarms of the engine on consistent reports, each narrowly scoped (rule and severity) with its reason
     * (docs/synthetic-data.md). None today: the double rounding of percentages (Ratio) and the fixed ±0.05 band for
     * one-decimal shares (NAR-SHR-003) that this test found are fixed. Nothing may appear.
     */
    static final List<KnownFalseAlarm> KNOWN_FALSE_ALARMS = List.of();

    /** A finding the engine raises on a consistent report although the report is right. */
    record KnownFalseAlarm(String rule, Severity severity, String reason) {
        boolean matches(Finding f) {
            return f.rule().equals(rule) && f.severity() == severity;
        }
    }

    static boolean known(Finding f) {
        return KNOWN_FALSE_ALARMS.stream().anyMatch(k -> k.matches(f));
    }

    private final ReportJson json = new ReportJson();
    private final RuleEngine engine = StandardRuleKinds.engine();
    private final ProvinceGenerator province = new ProvinceGenerator();
    private final ReportGenerator generator = new ReportGenerator();

    static Report report(ReportGenerator generator, ProvinceGenerator province, long seed) {
        UnitIdentity unit = province.unit((int) (seed * 7919 % province.size()));
        int year = ProvinceGenerator.YEARS.get((int) (seed % ProvinceGenerator.YEARS.size()));
        return generator.generate(seed, unit, year);
    }

    @Test
    void theSameSeedGivesTheSameReport() {
        assertThat(json.write(report(generator, province, 42))).isEqualTo(json.write(report(new ReportGenerator(), new ProvinceGenerator(), 42)));
    }

    @Test
    void generatedReportsSurviveTheJsonRoundTrip() {
        for (long seed = 0; seed < SEEDS; seed++) {
            Report report = report(generator, province, seed);
            String written = json.write(report);
            JsonNode again = json.tree(json.read(written));
            assertThat(again).as("seed %d", seed).isEqualTo(json.tree(report));
            assertThat(json.read(written)).as("seed %d", seed).isEqualTo(report);
        }
    }

    @Test
    void theEngineFindsNothingInConsistentReports() {
        Map<String, Integer> byRule = new TreeMap<>();
        List<String> unexpected = new ArrayList<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            Report report = report(generator, province, seed);
            for (Finding f : engine.check(report).findings()) {
                byRule.merge(f.rule() + " " + f.severity(), 1, Integer::sum);
                if (known(f)) continue;
                if (unexpected.size() < 40) {
                    unexpected.add("seed " + seed + " " + report.header().fiscalYear() + " " + f.rule() + " " + f.severity() + " " + f.message()
                            + " | stated " + f.stated() + " expected " + f.expected() + " | " + f.formula()
                            + (f.location() == null ? "" : " @ " + f.location().describe()));
                } else {
                    unexpected.add("…");
                }
            }
        }
        System.out.println("[synthetic] findings on " + SEEDS + " consistent reports by rule: " + byRule);
        assertThat(unexpected).as("findings on consistent reports (severity ≥ %s counts)", Severity.INFO).isEmpty();
    }
}
