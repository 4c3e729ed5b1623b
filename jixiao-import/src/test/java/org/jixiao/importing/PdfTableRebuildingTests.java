package org.jixiao.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.importing.ReportAssertions.table;
import static org.jixiao.importing.ReportAssertions.text;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.TableKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PDF tables rebuilt from text positions, on PDFs made here from seed 004's 公开05表 (lines 229–253): laid out with
 * tabs as Writer does (a tab jumps to the next 1.25 cm stop, an empty cell leaves nothing), and drawn at fixed
 * columns with right-aligned amounts. A cell that cannot be placed is left out with a note, never put in another
 * column.
 */
class PdfTableRebuildingTests {

    private static final float ORIGIN = 56.8f;
    private static final float STEP = 35.45f;
    private static final float SIZE = 10f;
    private static final String[] TITLES = {"2021年度部门决算", "第二部分", "部门决算表"};

    private List<String> rows;

    @BeforeEach
    void seedLines() throws Exception {
        assumeTrue(PdfImportTests.FONT.exists(), "needs fonts-wqy-zenhei");
        rows = Files.readAllLines(Seeds.path(Seeds.SEED_004), StandardCharsets.UTF_8).subList(228, 253);
    }

    @Test
    void tabLaidRowsGetTheirEmptyCellsBackFromTheTabStops() throws Exception {
        ImportResult result = new DocumentImporter().importBytes("05.pdf", pdf(this::tabbed));
        Report report = result.report();

        assertThat(table(report, TableKind.GENERAL_BUDGET_EXPENDITURE).rows()).hasSize(14);
        assertThat(text(report, TableKind.GENERAL_BUDGET_EXPENDITURE, "total", "project")).isEqualTo("1,070.99");
        assertThat(text(report, TableKind.GENERAL_BUDGET_EXPENDITURE, "2010301", "basic")).isEqualTo("335.54");
        assertThat(text(report, TableKind.GENERAL_BUDGET_EXPENDITURE, "2010301", "project")).isEmpty();
        assertThat(text(report, TableKind.GENERAL_BUDGET_EXPENDITURE, "2120199", "project")).isEqualTo("50.00");
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void aPieceOfARowOffTheTabStopsIsLeftOutWithANoteNamingPageAndLine() throws Exception {
        BiFunction<String, PDType0Font, List<Placed>> shifted = (line, font) -> {
            List<Placed> placed = tabbed(line, font);
            if (!line.startsWith("2010301")) return placed;
            List<Placed> out = new ArrayList<>(placed);
            Placed amount = out.get(3);
            out.set(3, new Placed(amount.x() + 12, amount.text()));
            return out;
        };

        ImportResult result = new DocumentImporter().importBytes("05.pdf", pdf(shifted));
        Report report = result.report();

        assertThat(text(report, TableKind.GENERAL_BUDGET_EXPENDITURE, "2010301", "total")).isEqualTo("335.54");
        assertThat(table(report, TableKind.GENERAL_BUDGET_EXPENDITURE).row("2010301").flatMap(r -> r.cell("basic"))).isEmpty();
        assertThat(text(report, TableKind.GENERAL_BUDGET_EXPENDITURE, "2120199", "project")).isEqualTo("50.00");
        assertThat(result.notes()).singleElement().satisfies(n -> {
            assertThat(n.reason()).contains("第1页").contains("335.54").contains("未导入");
            assertThat(n.at().page()).isEqualTo(1);
        });
    }

    @Test
    void rightAlignedAmountsInFixedColumnsAreMatchedByTheirRightEdge() throws Exception {
        ImportResult result = new DocumentImporter().importBytes("05.pdf", pdf((line, font) -> columns(line, font, false)));
        Report report = result.report();

        assertThat(text(report, TableKind.GENERAL_BUDGET_EXPENDITURE, "total", "total")).isEqualTo("1,406.53");
        assertThat(text(report, TableKind.GENERAL_BUDGET_EXPENDITURE, "total", "project")).isEqualTo("1,070.99");
        assertThat(text(report, TableKind.GENERAL_BUDGET_EXPENDITURE, "2010301", "basic")).isEqualTo("335.54");
        assertThat(text(report, TableKind.GENERAL_BUDGET_EXPENDITURE, "2010302", "project")).isEqualTo("634.31");
        assertThat(text(report, TableKind.GENERAL_BUDGET_EXPENDITURE, "2120199", "project")).isEqualTo("50.00");
    }

    @Test
    void anAmountAlignedWithNoOtherIsLeftOutWithANoteInsteadOfLandingInTheWrongColumn() throws Exception {
        // 2010302's 项目支出 634.31 drawn 4 pt right of the 基本支出 column's edge, where that row has no value.
        ImportResult result = new DocumentImporter().importBytes("05.pdf", pdf((line, font) -> columns(line, font, line.startsWith("2010302"))));
        Report report = result.report();

        assertThat(table(report, TableKind.GENERAL_BUDGET_EXPENDITURE).row("2010302").flatMap(r -> r.cell("basic"))).isEmpty();
        assertThat(table(report, TableKind.GENERAL_BUDGET_EXPENDITURE).row("2010302").flatMap(r -> r.cell("project"))).isEmpty();
        assertThat(text(report, TableKind.GENERAL_BUDGET_EXPENDITURE, "2010302", "total")).isEqualTo("634.31");
        assertThat(text(report, TableKind.GENERAL_BUDGET_EXPENDITURE, "2010301", "basic")).isEqualTo("335.54");
        assertThat(result.notes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("第1页").contains("634.31").contains("未导入"));
    }

    /** A piece of text and where it starts. */
    record Placed(float x, String text) {}

    /** Writer's layout of a tab-separated line: each tab jumps to the first stop beyond the text so far. */
    private List<Placed> tabbed(String line, PDType0Font font) {
        List<Placed> placed = new ArrayList<>();
        float at = ORIGIN;
        String[] cells = line.split("\t", -1);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) at = ORIGIN + ((float) Math.floor((at - ORIGIN) / STEP) + 1) * STEP;
            if (cells[i].isEmpty()) continue;
            placed.add(new Placed(at, cells[i]));
            at += width(font, cells[i]);
        }
        return placed;
    }

    /** Fixed columns as a bordered table draws them: codes and names left-aligned, amounts right-aligned at 380, 450, 520. */
    private List<Placed> columns(String line, PDType0Font font, boolean squeezeLastAmountLeft) {
        float[] lefts = {40, 130};
        float[] rights = {380, 450, 520};
        String[] cells = line.split("\t", -1);
        List<Placed> placed = new ArrayList<>();
        if (cells.length < 3) {
            if (!line.isBlank()) placed.add(new Placed(40, line.replace("\t", "").strip()));
            return placed;
        }
        for (int c = 0; c < cells.length && c < 5; c++) {
            if (cells[c].isBlank()) continue;
            if (c < 2) placed.add(new Placed(lefts[c], cells[c]));
            else {
                float right = rights[c - 2];
                if (squeezeLastAmountLeft && c == 4) right = rights[1] + 4;
                placed.add(new Placed(right - width(font, cells[c]), cells[c]));
            }
        }
        return placed;
    }

    private static float width(PDType0Font font, String text) {
        try {
            return font.getStringWidth(text) / 1000 * SIZE;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] pdf(BiFunction<String, PDType0Font, List<Placed>> layout) throws Exception {
        try (PDDocument doc = new PDDocument(); TrueTypeCollection collection = new TrueTypeCollection(PdfImportTests.FONT)) {
            PDType0Font font = PDType0Font.load(doc, collection.getFontByName("WenQuanYiZenHei"), true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                float y = 800;
                List<String> lines = new ArrayList<>(List.of(TITLES));
                lines.addAll(rows);
                for (String line : lines) {
                    for (Placed p : layout.apply(line, font)) {
                        s.beginText();
                        s.setFont(font, SIZE);
                        s.newLineAtOffset(p.x(), y);
                        s.showText(p.text());
                        s.endText();
                    }
                    y -= 14;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
