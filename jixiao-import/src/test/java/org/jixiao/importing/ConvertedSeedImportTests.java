package org.jixiao.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.importing.ReportAssertions.cell;

import java.io.InputStream;
import java.util.List;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.Section;
import org.jixiao.report.domain.TableKind;
import org.junit.jupiter.api.Test;

/** Seed 004 as LibreOffice saved it (src/test/resources/seeds-converted, see its README). */
class ConvertedSeedImportTests {

    private final DocumentImporter importer = new DocumentImporter();

    @Test
    void libreOfficeDocxWithTabSeparatedRowsImportsTheSameValues() throws Exception {
        ImportResult result = importer.importBytes("seed-004.docx", resource("seed-004.docx"));
        Report report = result.report();

        ReportAssertions.hasSeed004Tables(report);
        ReportAssertions.hasSeed004Sheets(report);
        assertThat(cell(report, TableKind.EXPENDITURE, "total", "project").at().paragraph()).isPositive();
        assertThat(report.narrative().stream().filter(s -> s.part().equals("final-accounts") && s.level() == 1).map(Section::numbering))
                .hasSize(15);
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void libreOfficePdfRebuildsTabSeparatedRowsWithTheSameValuesAsTheText() throws Exception {
        ImportResult result = importer.importBytes("seed-004.pdf", resource("seed-004.pdf"));
        Report report = result.report();
        Report text = importer.importFile(Seeds.path(Seeds.SEED_004)).report();

        assertThat(report.header().unitName()).isEqualTo("株洲市石峰区机关事务服务中心");
        assertThat(report.header().fiscalYear()).isEqualTo(2021);
        ReportAssertions.hasSeed004Tables(report);
        ReportAssertions.hasSeed004Sheets(report);
        assertThat(withoutSpaces(FixtureComparisonTests.describeTables(report, false)))
                .isEqualTo(withoutSpaces(FixtureComparisonTests.describeTables(text, false)));
        assertThat(withoutSpaces(FixtureComparisonTests.describeSheets(report, false)))
                .isEqualTo(withoutSpaces(FixtureComparisonTests.describeSheets(text, false)));
        assertThat(cell(report, TableKind.EXPENDITURE, "total", "project").at().page()).isEqualTo(3);
        List<Section> accounts = report.narrative().stream().filter(s -> s.part().equals("final-accounts") && s.level() == 1).toList();
        assertThat(accounts).extracting(Section::numbering).hasSize(15).startsWith("一、", "二、", "三、");
        assertThat(accounts.get(0).at().page()).isPositive();
    }

    /** Writer spaces ideographs from digits (中西文间距), which the PDF keeps as a gap: compare without spaces. */
    private static List<String> withoutSpaces(List<String> lines) {
        return lines.stream().map(l -> l.replace(" ", "")).toList();
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = ConvertedSeedImportTests.class.getResourceAsStream("/seeds-converted/" + name)) {
            return in.readAllBytes();
        }
    }
}
