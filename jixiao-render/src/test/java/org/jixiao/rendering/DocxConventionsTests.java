package org.jixiao.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;

/** The DOCX of seed 004 follows 公文 conventions: A4, margins, East Asian fonts, repeated table headers, page numbers. */
class DocxConventionsTests {

    private static XWPFDocument doc;

    @BeforeAll
    static void render() throws Exception {
        doc = new XWPFDocument(new ByteArrayInputStream(new OfficialDocuments().render(Fixtures.load(Fixtures.SHIFENG), RenderFormat.DOCX)));
    }

    @Test
    void a4WithOfficialMargins() {
        var sect = doc.getDocument().getBody().getSectPr();
        assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        CTPageMar m = sect.getPgMar();
        assertThat(m.getTop()).isEqualTo(BigInteger.valueOf(2098));     // 3.7 cm
        assertThat(m.getBottom()).isEqualTo(BigInteger.valueOf(1985));  // 3.5 cm
        assertThat(m.getLeft()).isEqualTo(BigInteger.valueOf(1588));    // 2.8 cm
        assertThat(m.getRight()).isEqualTo(BigInteger.valueOf(1474));   // 2.6 cm
    }

    @Test
    void namesTheEastAsianFontsOfTitleHeadingsAndBody() {
        boolean title = false;
        boolean heading = false;
        boolean body = false;
        for (XWPFParagraph p : doc.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                String east = r.getFontFamily(XWPFRun.FontCharRange.eastAsia);
                if ("宋体".equals(east) && r.getFontSizeAsDouble() != null && r.getFontSizeAsDouble() == 22) title = true;
                if ("黑体".equals(east) && r.getFontSizeAsDouble() == 16) heading = true;
                if ("仿宋".equals(east) && r.getFontSizeAsDouble() == 16) body = true;
            }
        }
        assertThat(title).as("二号 宋体 title").isTrue();
        assertThat(heading).as("三号 黑体 heading").isTrue();
        assertThat(body).as("三号 仿宋 body").isTrue();
    }

    @Test
    void tablesRepeatTheirHeaderRowsAndKeepRowsWhole() {
        XWPFTable first = doc.getTables().get(0);
        assertThat(first.getRow(0).isRepeatHeader()).isTrue();
        assertThat(first.getRow(2).isRepeatHeader()).isTrue();
        assertThat(first.getRow(3).isRepeatHeader()).isFalse();
        assertThat(first.getRow(3).isCantSplitRow()).isTrue();
        assertThat(first.getCTTbl().getTblPr().getTblBorders()).isNotNull();
    }

    @Test
    void footerCarriesThePageNumberField() {
        assertThat(doc.getFooterList()).isNotEmpty();
        assertThat(doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
    }
}
