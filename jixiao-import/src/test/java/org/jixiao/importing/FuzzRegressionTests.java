package org.jixiao.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per crash the importer fuzzer ({@link ImporterFuzzTests}, docs/reliability.md "Hostile input") found,
 * each rebuilding the cause on its own rather than replaying the fuzzer's bytes.
 */
class FuzzRegressionTests {

    private static byte[] seed004Pdf() throws Exception {
        try (InputStream in = FuzzRegressionTests.class.getClassLoader().getResourceAsStream("seeds-converted/seed-004.pdf")) {
            return in.readAllBytes();
        }
    }

    /** Seed 004's PDF with text drawn on page 3 at (x, y), as a damaged number in a {@code Td} operator would. */
    private static byte[] withTextAt(float x, float y) throws Exception {
        try (PDDocument doc = Loader.loadPDF(seed004Pdf())) {
            try (PDPageContentStream content = new PDPageContentStream(doc, doc.getPage(2), PDPageContentStream.AppendMode.APPEND, false)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(x, y);
                content.showText("12.34");
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * Fuzz case {@code seed-004-plain-content.pdf@-9084011343128350095} (a number of a content stream set to 2³¹):
     * text placed about 2·10⁹ points to the right lies "on" a tab stop in float arithmetic, and the tab-grid reader
     * appended a billion tabs before it: OutOfMemoryError at -Xmx512m. Text off any possible page is now ignored.
     */
    @Test
    void textFarOffThePageIsIgnoredInsteadOfBecomingBillionsOfTabs() throws Exception {
        ImportResult plain = new DocumentImporter().importBytes("seed-004.pdf", seed004Pdf());
        for (float x : new float[] {2_147_483_647f, 1e30f, -2_147_483_648f}) {
            ImportResult damaged = new DocumentImporter().importBytes("seed-004.pdf", withTextAt(x, 500));

            assertThat(FixtureComparisonTests.describeTables(damaged.report(), true)).as("x = %s", x)
                    .isEqualTo(FixtureComparisonTests.describeTables(plain.report(), true)).isNotEmpty();
            assertThat(FixtureComparisonTests.describeSheets(damaged.report(), true)).isEqualTo(FixtureComparisonTests.describeSheets(plain.report(), true));
        }
    }

    /**
     * Fuzz case {@code seed-004-word-tables.docx@-3700022056313428063} (a zip header's name length overwritten): the
     * JDK's zip reader throws IllegalArgumentException for an entry name that is not UTF-8, which escaped the
     * package pre-scan. Now the file is refused as a damaged package.
     */
    @ParameterizedTest
    @ValueSource(strings = {"docx", "xlsx"})
    void aZipEntryNameThatIsNotUtf8IsRefusedAsADamagedPackage(String extension) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.ISO_8859_1)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/docum\u00e9nt.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> new DocumentImporter().importBytes("damaged." + extension, bytes.toByteArray()))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("damaged." + extension).hasMessageContaining("文件已损坏");
    }

    /**
     * Fuzz case {@code seed-004-word-tables.docx@8994441172579706109} (a number in document.xml set to 2³¹ − 1):
     * a {@code w:gridSpan} of 2147483647 made the DOCX reader add two billion empty cells (OutOfMemoryError at
     * -Xmx512m). A span is now kept within the 63 columns a Word table can have; zero or less is one column.
     */
    @Test
    void aHugeOrNegativeGridSpanStaysWithinAWordTable() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable table = doc.createTable(2, 3);
            table.getRow(0).getCell(0).setText("项目");
            table.getRow(0).getCell(1).setText("金额");
            table.getRow(1).getCell(0).setText("合计");
            table.getRow(1).getCell(2).setText("12.34");
            table.getRow(0).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(Integer.MAX_VALUE));
            table.getRow(1).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(-5));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            docx = out.toByteArray();
        }

        ImportResult result = new DocumentImporter().importBytes("span.docx", docx);

        assertThat(result.report()).isNotNull();
    }

    /** Found beside the crash above: item 100 of a 一、二、… list (chineseCounting) was an index out of bounds. */
    @Test
    void chineseListNumbersGoBeyondNinetyNine() {
        assertThat(org.jixiao.importing.docx.DocxReaderAccess.chinese(9)).isEqualTo("九");
        assertThat(org.jixiao.importing.docx.DocxReaderAccess.chinese(15)).isEqualTo("十五");
        assertThat(org.jixiao.importing.docx.DocxReaderAccess.chinese(99)).isEqualTo("九十九");
        assertThat(org.jixiao.importing.docx.DocxReaderAccess.chinese(100)).isEqualTo("一百");
        assertThat(org.jixiao.importing.docx.DocxReaderAccess.chinese(105)).isEqualTo("一百零五");
        assertThat(org.jixiao.importing.docx.DocxReaderAccess.chinese(110)).isEqualTo("一百一十");
        assertThat(org.jixiao.importing.docx.DocxReaderAccess.chinese(1001)).isEqualTo("一千零一");
        assertThat(org.jixiao.importing.docx.DocxReaderAccess.chinese(2300)).isEqualTo("二千三百");
    }
}
