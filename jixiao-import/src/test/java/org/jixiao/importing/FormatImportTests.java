package org.jixiao.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.importing.ReportAssertions.cell;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.Section;
import org.jixiao.report.domain.TableKind;
import org.junit.jupiter.api.Test;

/** The same content in every format and shape gives the same values, each with provenance in its own terms. */
class FormatImportTests {

    private final DocumentImporter importer = new DocumentImporter();

    @Test
    void gb18030CopyOfSeed004ImportsTheSameValues() throws Exception {
        String text = Files.readString(Seeds.path(Seeds.SEED_004), StandardCharsets.UTF_8);
        byte[] gb = text.getBytes(Charset.forName("GB18030"));

        ImportResult result = importer.importBytes("004-gbk.txt", gb);

        ReportAssertions.hasSeed004Tables(result.report());
        ReportAssertions.hasSeed004Sheets(result.report());
        assertThat(cell(result.report(), TableKind.INCOME_EXPENDITURE_SUMMARY, "income.general-budget", "amount").at().line()).isEqualTo(85);
    }

    @Test
    void utf8WithByteOrderMarkImportsTheSameValues() throws Exception {
        byte[] text = Files.readAllBytes(Seeds.path(Seeds.SEED_004));
        byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bom, 3, text.length);

        Report report = importer.importBytes("004-bom.txt", bom).report();

        ReportAssertions.hasSeed004Tables(report);
        assertThat(report.header().unitName()).isEqualTo("株洲市石峰区机关事务服务中心");
    }

    @Test
    void oneCellPerLineTableImportsTheSameValues() throws Exception {
        byte[] variant = TestDocuments.seed004WithCellPerLineTable().getBytes(StandardCharsets.UTF_8);

        ImportResult result = importer.importBytes("004-cell-per-line.txt", variant);

        ReportAssertions.hasSeed004Tables(result.report());
        assertThat(result.notes()).isEmpty();
        // Each row now starts on its own line further down the file.
        assertThat(cell(result.report(), TableKind.EXPENDITURE, "total", "project").at().line()).isGreaterThan(162);
    }

    @Test
    void docxBuiltFromSeed004ImportsTheSameValuesWithParagraphAndCellProvenance() throws Exception {
        ImportResult result = importer.importBytes("004.docx", TestDocuments.seed004Docx());
        Report report = result.report();

        assertThat(result.format()).isEqualTo(DocumentFormat.DOCX);
        ReportAssertions.hasSeed004Tables(report);
        ReportAssertions.hasSeed004Sheets(report);
        var figure = cell(report, TableKind.EXPENDITURE, "total", "project");
        assertThat(figure.at().paragraph()).isPositive();
        assertThat(figure.at().cell()).matches("表格3 第4行第5列");
        // The chapters of the 情况说明 are Word list items: the token comes from the numbering definition.
        List<Section> accounts = report.narrative().stream().filter(s -> s.part().equals("final-accounts") && s.level() == 1).toList();
        assertThat(accounts).extracting(Section::numbering).containsExactly(
                "一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、", "十一、", "十二、", "十三、", "十四、", "十五、");
        assertThat(accounts.get(0).heading()).isEqualTo("收入支出决算总体情况说明");
        assertThat(accounts.get(0).at().paragraph()).isPositive();
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void xlsxWithOneSheetPerTableImportsTheSameValuesWithSheetCellProvenance() throws Exception {
        ImportResult result = importer.importBytes("004.xlsx", TestDocuments.seed004Xlsx());
        Report report = result.report();

        assertThat(result.format()).isEqualTo(DocumentFormat.XLSX);
        ReportAssertions.hasSeed004Tables(report);
        ReportAssertions.hasSeed004Sheets(report);
        assertThat(report.finalAccounts().tables()).extracting(t -> t.number())
                .containsExactly("公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表");
        assertThat(cell(report, TableKind.INCOME_EXPENDITURE_SUMMARY, "income.general-budget", "amount").at().cell()).isEqualTo("公开01表!C6");
        assertThat(cell(report, TableKind.BASIC_EXPENDITURE_DETAIL, "30231", "amount").at().cell()).isEqualTo("公开06表!F29");
        assertThat(result.notes()).isEmpty();
    }
}
