package org.jixiao.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

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
}
