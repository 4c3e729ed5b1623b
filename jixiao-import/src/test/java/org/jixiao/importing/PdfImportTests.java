package org.jixiao.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.importing.ReportAssertions.cell;
import static org.jixiao.importing.ReportAssertions.text;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.Section;
import org.jixiao.report.domain.TableKind;
import org.junit.jupiter.api.Test;

/**
 * A PDF made in test code with PDFBox and the TrueType CJK font WenQuanYi Zen Hei (Debian fonts-wqy-zenhei;
 * Noto CJK's CFF outlines do not work in PDFBox): page 1 holds seed 004's 公开05表 (lines 229–253) with its cells
 * at fixed x positions, page 2 two chapters of the 情况说明.
 */
class PdfImportTests {

    static final File FONT = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final float[] COLUMNS = {40, 120, 330, 400, 470};

    @Test
    void pdfTableRowsAreRebuiltFromPositionsWithPageProvenance() throws Exception {
        assumeTrue(FONT.exists(), "needs fonts-wqy-zenhei");

        ImportResult result = new DocumentImporter().importBytes("005.pdf", seed004Table05Pdf());
        Report report = result.report();

        assertThat(result.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(report.finalAccounts().tables()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TableKind.GENERAL_BUDGET_EXPENDITURE);
            assertThat(t.number()).isEqualTo("公开05表");
            assertThat(t.rows()).hasSize(14);
        });
        assertThat(text(report, TableKind.GENERAL_BUDGET_EXPENDITURE, "total", "project")).isEqualTo("1,070.99");
        assertThat(text(report, TableKind.GENERAL_BUDGET_EXPENDITURE, "2010301", "basic")).isEqualTo("335.54");
        assertThat(text(report, TableKind.GENERAL_BUDGET_EXPENDITURE, "2010301", "project")).isEmpty();
        assertThat(text(report, TableKind.GENERAL_BUDGET_EXPENDITURE, "2120199", "project")).isEqualTo("50.00");
        assertThat(cell(report, TableKind.GENERAL_BUDGET_EXPENDITURE, "2120199", "project").at().page()).isEqualTo(1);
        List<Section> sections = report.narrative().stream().filter(s -> s.part().equals("final-accounts")).toList();
        assertThat(sections).extracting(Section::numbering).containsExactly("一、", "二、");
        assertThat(sections.get(1).at().page()).isEqualTo(2);
        assertThat(sections.get(1).paragraphs().get(0).text()).startsWith("本年收入合计1474.07万元");
        assertThat(report.header().unitName()).isEqualTo("株洲市石峰区机关事务服务中心");
        assertThat(result.notes()).isEmpty();
    }

    static byte[] seed004Table05Pdf() throws Exception {
        List<String> lines = Files.readAllLines(Seeds.path(Seeds.SEED_004), StandardCharsets.UTF_8);
        try (PDDocument doc = new PDDocument(); TrueTypeCollection collection = new TrueTypeCollection(FONT)) {
            TrueTypeFont face = collection.getFontByName("WenQuanYiZenHei");
            PDType0Font font = PDType0Font.load(doc, face, true);
            PDPage first = new PDPage(PDRectangle.A4);
            doc.addPage(first);
            try (PDPageContentStream s = new PDPageContentStream(doc, first)) {
                float y = 800;
                for (String title : List.of("第二部分", "部门决算表", "一般公共预算财政拨款支出决算表", "公开05表", "部门：株洲市石峰区机关事务服务中心", "金额单位：万元")) {
                    write(s, font, 12, 40, y, title);
                    y -= 20;
                }
                for (int n = 237; n <= 253; n++) {
                    String[] cells = lines.get(n - 1).split("\t", -1);
                    for (int c = 0; c < cells.length && c < COLUMNS.length; c++) {
                        if (!cells[c].isBlank()) write(s, font, 9, COLUMNS[c], y, cells[c]);
                    }
                    y -= 16;
                }
            }
            PDPage second = new PDPage(PDRectangle.A4);
            doc.addPage(second);
            try (PDPageContentStream s = new PDPageContentStream(doc, second)) {
                float y = 800;
                for (String line : List.of("第三部分", "2021年度部门决算情况说明", "一、收入支出决算总体情况说明",
                        "2021年度收、支总计1474.07万元。", "二、收入决算情况说明", "本年收入合计1474.07万元，其中：财政拨款收入1406.53万元。")) {
                    write(s, font, 11, 40, y, line);
                    y -= 20;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void write(PDPageContentStream s, PDType0Font font, float size, float x, float y, String text) throws Exception {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }
}
