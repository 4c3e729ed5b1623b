package org.jixiao.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.report.domain.FundRow;
import org.jixiao.report.domain.Indicator;
import org.jixiao.report.domain.PerformanceSheet;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.StatementTable;
import org.jixiao.report.domain.TableRow;
import org.jixiao.report.json.ReportJson;
import org.jixiao.shared.Figure;
import org.junit.jupiter.api.Test;

/**
 * Compares the import of seed 004 with the hand-made canonical fixture (jixiao-core test resources): every
 * table row, every 自评表 value and the unit profile must agree, text and line.
 */
class FixtureComparisonTests {

    private static final Path FIXTURE = Path.of("../jixiao-core/src/test/resources/fixtures/004-shifeng-2021.json");

    @Test
    void seed004TablesAndSheetsAgreeWithTheHandMadeFixture() throws Exception {
        Report fixture = new ReportJson().read(Files.readString(FIXTURE));
        Report imported = new DocumentImporter().importFile(Seeds.path(Seeds.SEED_004)).report();

        Files.write(Path.of("target/fixture-tables-imported.txt"), describeTables(imported));
        Files.write(Path.of("target/fixture-tables-expected.txt"), describeTables(fixture));
        Files.write(Path.of("target/fixture-sheets-imported.txt"), describeSheets(imported));
        Files.write(Path.of("target/fixture-sheets-expected.txt"), describeSheets(fixture));
        assertThat(describeTables(imported)).isEqualTo(describeTables(fixture));
        assertThat(describeSheets(imported)).isEqualTo(describeSheets(fixture));
        assertThat(imported.unit().internalOffices()).isEqualTo(fixture.unit().internalOffices());
        assertThat(imported.unit().duties()).isEqualTo(fixture.unit().duties());
        assertThat(List.of(imported.unit().establishment(), imported.unit().staffTotal(), imported.unit().staffActive(),
                imported.unit().staffRetired(), imported.unit().internalOfficeCount()).stream().map(FixtureComparisonTests::figure).toList())
                .isEqualTo(List.of(fixture.unit().establishment(), fixture.unit().staffTotal(), fixture.unit().staffActive(),
                        fixture.unit().staffRetired(), fixture.unit().internalOfficeCount()).stream().map(FixtureComparisonTests::figure).toList());
    }

    private static List<String> describeTables(Report report) {
        List<String> out = new ArrayList<>();
        for (StatementTable t : report.finalAccounts().tables()) {
            out.add(t.kind() + " " + t.number() + " " + t.unitLabel() + " empty=" + (t.emptyStatement() != null));
            List<String> rows = new ArrayList<>();
            for (TableRow r : t.rows()) {
                Map<String, String> cells = new TreeMap<>();
                r.cells().forEach((k, v) -> cells.put(k, figure(v, r.at().line())));
                rows.add("  " + r.key() + " " + r.name() + " @" + r.at().line() + " " + cells);
            }
            // The fixture lists the income side of a 总表 before its expenditure side; the order is not meaning.
            rows.sort(null);
            out.addAll(rows);
        }
        return out;
    }

    private static List<String> describeSheets(Report report) {
        List<String> out = new ArrayList<>();
        for (PerformanceSheet s : report.selfEvaluation().sheets()) {
            out.add(s.kind() + " " + s.projectName() + " total=" + figure(s.totalScore()) + " grade=" + figure(s.grade())
                    + " weight=" + figure(s.totalWeight()) + " invest=" + figure(s.totalInvestment()) + "/" + figure(s.fiscalInvestment()));
            out.add("  goal " + s.goalExpected() + " | " + s.goalAchieved());
            if (s.funds() != null) {
                out.add("  funds " + figure(s.funds().weight()) + " " + figure(s.funds().executionRate()) + " " + figure(s.funds().score()));
                for (FundRow f : s.funds().rows()) {
                    out.add("  fund " + f.key() + " " + figure(f.initialBudget(), f.at().line()) + " " + figure(f.fullYearBudget(), f.at().line()) + " " + figure(f.executed(), f.at().line()) + " @" + f.at().line());
                }
            }
            s.sectionWeights().forEach(w -> out.add("  weight " + w.level1() + " " + figure(w.weight())));
            for (Indicator i : s.indicators()) {
                Integer line = i.at().line();
                out.add("  " + i.level1() + "/" + i.level2() + "/" + i.name() + " " + figure(i.target(), line) + " " + figure(i.actual(), line) + " "
                        + figure(i.weight(), line) + " " + figure(i.score(), line) + " " + i.deviationReason() + " @" + i.at().line());
            }
        }
        return out;
    }

    private static String figure(Figure f) {
        return figure(f, null);
    }

    /** A figure's text, with its line when it has one of its own (not the line of its row). */
    private static String figure(Figure f, Integer rowLine) {
        if (f == null) return "∅";
        boolean ownLine = f.at() != null && f.at().line() != null && !f.at().line().equals(rowLine);
        return f.text() + (ownLine ? "@" + f.at().line() : "");
    }
}
