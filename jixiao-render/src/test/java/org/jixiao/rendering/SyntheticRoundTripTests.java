package org.jixiao.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.checking.StandardRuleKinds;
import org.jixiao.importing.DocumentImporter;
import org.jixiao.report.domain.Report;
import org.jixiao.rules.Finding;
import org.jixiao.rules.RuleEngine;
import org.jixiao.rules.Severity;
import org.jixiao.synthetic.ErrorCategory;
import org.jixiao.synthetic.ErrorInjector;
import org.jixiao.synthetic.InjectedReport;
import org.jixiao.synthetic.ProvinceGenerator;
import org.jixiao.synthetic.ReportGenerator;
import org.jixiao.synthetic.UnitIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The round trip on generated reports: for {@code synthetic.seeds} seeds (30 unless raised) a consistent report
 * is rendered to DOCX and XLSX and imported back; every table value comes back and the engine finds nothing of
 * severity ≥ WARNING in the imported document. Reports with one planted error in the tables or 自评表 come back
 * with exactly the ground-truth findings: the document prints what the report states.
 */
class SyntheticRoundTripTests {

    static final int SEEDS = Integer.getInteger("synthetic.seeds", 30);

    private final OfficialDocuments documents = new OfficialDocuments();
    private final RuleEngine engine = StandardRuleKinds.engine();
    private final ProvinceGenerator province = new ProvinceGenerator();
    private final ReportGenerator generator = new ReportGenerator();

    /** The unit and year choice of SyntheticConsistencyTests (jixiao-core), so seed n is the same report there and here. */
    static Report report(ReportGenerator generator, ProvinceGenerator province, long seed) {
        UnitIdentity unit = province.unit((int) (seed * 7919 % province.size()));
        int year = ProvinceGenerator.YEARS.get((int) (seed % ProvinceGenerator.YEARS.size()));
        return generator.generate(seed, unit, year);
    }

    @Test
    void consistentReportsComeBackWholeAndClean() throws Exception {
        List<String> problems = new ArrayList<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            Report source = report(generator, province, seed);
            for (RenderFormat format : List.of(RenderFormat.DOCX, RenderFormat.XLSX)) {
                Report back = roundTrip(source, format);
                for (String d : RoundTrips.tableDifferences(source, back)) problems.add("seed " + seed + " " + format + " " + d);
                for (Finding f : engine.check(back).findings()) {
                    if (f.severity().compareTo(Severity.WARNING) < 0) continue;
                    problems.add("seed " + seed + " " + format + " " + describe(f));
                }
            }
        }
        assertThat(problems).as("differences and findings after the round trip of %d generated reports", SEEDS).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ErrorCategory.class, names = {"TABLE_SUM", "CROSS_TABLE", "ROW_BALANCE", "THREE_PUBLIC_TOTAL",
            "SELF_EVALUATION_WEIGHTS", "TOTAL_SCORE", "GRADE"})
    void plantedErrorsComeBackThroughTheDocx(ErrorCategory category) throws Exception {
        plantedErrorsComeBack(category, RenderFormat.DOCX);
    }

    /** The workbook too: a stated figure its parts do not give keeps no live formula, so it stays wrong. */
    @ParameterizedTest
    @EnumSource(value = ErrorCategory.class, names = {"TABLE_SUM", "CROSS_TABLE", "ROW_BALANCE", "THREE_PUBLIC_TOTAL",
            "SELF_EVALUATION_WEIGHTS", "TOTAL_SCORE", "GRADE"})
    void plantedErrorsComeBackThroughTheXlsx(ErrorCategory category) throws Exception {
        plantedErrorsComeBack(category, RenderFormat.XLSX);
    }

    private void plantedErrorsComeBack(ErrorCategory category, RenderFormat format) throws Exception {
        ErrorInjector injector = new ErrorInjector();
        int tried = 0;
        List<String> problems = new ArrayList<>();
        for (long seed = 0; seed < SEEDS && tried < 5; seed++) {
            Optional<InjectedReport> injected = injector.inject(report(generator, province, seed), category, seed);
            if (injected.isEmpty()) continue;
            tried++;
            InjectedReport planted = injected.get();
            Report back = roundTrip(planted.report(), format);
            for (String d : RoundTrips.tableDifferences(planted.report(), back)) problems.add("seed " + seed + " " + d);
            List<Finding> findings = engine.check(back).findings();
            for (ErrorCategory.Expectation x : planted.truth().expected()) {
                if (findings.stream().noneMatch(f -> f.severity() == x.severity() && reportedRules(f).stream().anyMatch(x::matches))) {
                    problems.add("seed " + seed + " " + planted.truth().change() + ": no " + x.rule() + " " + x.severity());
                }
            }
            for (Finding f : findings) {
                if (f.severity().compareTo(Severity.WARNING) >= 0 && !category.explains(f.rule())) {
                    problems.add("seed " + seed + " " + planted.truth().change() + ": unexplained " + describe(f));
                }
            }
        }
        assertThat(tried).as("reports %s applies to", category).isPositive();
        assertThat(problems).as("%s after the %s round trip", category, format).isEmpty();
    }

    /**
     * The rules a finding speaks for: its own and, for a finding merged with others that prove the same mistake
     * with the same evidence at the same place of an imported document (SameEvidence), those it names (另见 …).
     */
    static List<String> reportedRules(Finding f) {
        return f.rules();
    }

    private Report roundTrip(Report source, RenderFormat format) throws Exception {
        byte[] bytes = documents.render(source, format);
        return new DocumentImporter().importBytes("rendered." + format.extension(), bytes).report();
    }

    private static String describe(Finding f) {
        return f.rule() + " " + f.severity() + " " + f.message() + " | stated " + f.stated() + " expected " + f.expected()
                + (f.location() == null ? "" : " @ " + f.location().describe());
    }
}
