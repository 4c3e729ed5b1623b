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

    static List<String> describeTables(Report report) {
        return describeTables(report, true);
    }

    /** Every table row as text; {@code withLines} adds the line of each row and of each value on a line of its own. */
    static List<String> describeTables(Report report, boolean withLines) {
        List<String> out = new ArrayList<>();
        for (StatementTable t : report.finalAccounts().tables()) {
            out.add(t.kind() + " " + t.number() + " " + t.unitLabel() + " empty=" + (t.emptyStatement() != null));
            List<String> rows = new ArrayList<>();
            for (TableRow r : t.rows()) {
                Map<String, String> cells = new TreeMap<>();
                r.cells().forEach((k, v) -> cells.put(k, figure(v, line(r.at().line(), withLines), withLines)));
                rows.add("  " + r.key() + " " + r.name() + " @" + line(r.at().line(), withLines) + " " + cells);
            }
            // The fixture lists the income side of a 总表 before its expenditure side; the order is not meaning.
            rows.sort(null);
            out.addAll(rows);
        }
        return out;
    }

    static List<String> describeSheets(Report report) {
        return describeSheets(report, true);
    }

    /** Every 自评表 value as text; {@code withLines} as for {@link #describeTables(Report, boolean)}. */
    static List<String> describeSheets(Report report, boolean withLines) {
        List<String> out = new ArrayList<>();
        for (PerformanceSheet s : report.selfEvaluation().sheets()) {
            out.add(s.kind() + " " + s.projectName() + " total=" + figure(s.totalScore(), null, withLines) + " grade=" + figure(s.grade(), null, withLines)
                    + " weight=" + figure(s.totalWeight(), null, withLines) + " invest=" + figure(s.totalInvestment(), null, withLines) + "/" + figure(s.fiscalInvestment(), null, withLines));
            out.add("  goal " + s.goalExpected() + " | " + s.goalAchieved());
            if (s.funds() != null) {
                out.add("  funds " + figure(s.funds().weight(), null, withLines) + " " + figure(s.funds().executionRate(), null, withLines) + " " + figure(s.funds().score(), null, withLines));
                for (FundRow f : s.funds().rows()) {
                    out.add("  fund " + f.key() + " " + figure(f.initialBudget(), line(f.at().line(), withLines), withLines) + " " + figure(f.fullYearBudget(), line(f.at().line(), withLines), withLines) + " " + figure(f.executed(), line(f.at().line(), withLines), withLines) + " @" + line(f.at().line(), withLines));
                }
            }
            s.sectionWeights().forEach(w -> out.add("  weight " + w.level1() + " " + figure(w.weight(), null, withLines)));
            for (Indicator i : s.indicators()) {
                Integer line = line(i.at().line(), withLines);
                out.add("  " + i.level1() + "/" + i.level2() + "/" + i.name() + " " + figure(i.target(), line, withLines) + " " + figure(i.actual(), line, withLines) + " "
                        + figure(i.weight(), line, withLines) + " " + figure(i.score(), line, withLines) + " " + i.deviationReason() + " @" + line(i.at().line(), withLines));
            }
        }
        return out;
    }

    private static String figure(Figure f) {
        return figure(f, null);
    }

    private static Integer line(Integer line, boolean withLines) {
        return withLines ? line : null;
    }

    /** A figure's text, with its line when it has one of its own (not the line of its row). */
    private static String figure(Figure f, Integer rowLine) {
        return figure(f, rowLine, true);
    }

    private static String figure(Figure f, Integer rowLine, boolean withLines) {
        if (f == null) return "∅";
        boolean ownLine = withLines && f.at() != null && f.at().line() != null && !f.at().line().equals(rowLine);
        return f.text() + (ownLine ? "@" + f.at().line() : "");
    }
}
