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
     * org.jixiao.shared.Ratio keeps a recomputed percentage at four decimals half-up and the stated value is compared
     * with that rounded again: 17.41 ÷ 36.96 = 47.10498…% becomes 47.1050% and then 47.11%, so the correct 47.10% is
     * reported as "truncated" (INFO). Seen about once in 60 reports on 执行率, 中小企业/小微企业占比 and 控制率.
     */
    static final String DOUBLE_ROUNDING = "percentage rounded twice (four decimals, then the stated precision): a correctly rounded value reads as truncated";

    /**
     * NAR-SHR-003 allows the shares of a list to sum to 100 ± 0.05 whatever precision they are written with. Shares
     * written with one decimal (SPEC §3 allows 29.2%) and each correctly rounded can sum to 99.9% or 100.1% for four
     * parts (90.8% + 4.8% + 1.7% + 2.6%); the band should be n × half a unit of the stated precision.
     */
    static final String ONE_DECIMAL_SHARES = "shares written with one decimal, each correctly rounded, sum to 100 ± 0.1: outside the fixed ±0.05 band";

    /**
     * Known false alarms of the engine on consistent reports, each narrowly scoped (rule and severity) with its reason
     * (docs/synthetic-data.md). Nothing else may appear.
     */
    static final List<KnownFalseAlarm> KNOWN_FALSE_ALARMS = List.of(
            new KnownFalseAlarm("SE-004", Severity.INFO, DOUBLE_ROUNDING),
            new KnownFalseAlarm("DSC-004", Severity.INFO, DOUBLE_ROUNDING),
            new KnownFalseAlarm("DSC-005", Severity.INFO, DOUBLE_ROUNDING),
            new KnownFalseAlarm("BD-001", Severity.INFO, DOUBLE_ROUNDING),
            new KnownFalseAlarm("NAR-SHR-003", Severity.WARNING, ONE_DECIMAL_SHARES));

    /** A finding the engine raises on a consistent report although the report is right. */
    record KnownFalseAlarm(String rule, Severity severity, String reason) {
        boolean matches(Finding f) {
            if (!f.rule().equals(rule) || f.severity() != severity) return false;
            // Only the double-rounding case: the four-decimal value ends in 50 (…1850%), the stated value is it rounded down.
            if (reason.equals(ONE_DECIMAL_SHARES)) return f.formula() != null && f.formula().matches("(\\d+\\.\\d% \\+ )+\\d+\\.\\d% = (99\\.9|100\\.1)%");
            return !reason.equals(DOUBLE_ROUNDING) || f.formula() != null && f.formula().matches("(?s).*\\d\\.\\d{2}50%$");
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
