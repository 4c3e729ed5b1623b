package org.jixiao.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Renders the laid-out document as DOCX following 公文 conventions (GB/T 9704): A4, margins 3.7/3.5/2.8/2.6 cm
 * (top/bottom/left/right), title in 二号 宋体 (standing in for 方正小标宋), headings 三号 黑体, body 三号 仿宋,
 * East Asian fonts set explicitly; bordered tables whose header rows repeat on each page and whose rows do not
 * split; page numbers in the footer. The reader's machine substitutes fonts it lacks.
 */
final class DocxRenderer {

    static final String TITLE_FONT = "宋体";
    static final String HEADING_FONT = "黑体";
    static final String BODY_FONT = "仿宋";
    static final String TABLE_FONT = "宋体";
    private static final int TWIPS_PER_CM = 567;

    byte[] render(List<Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            footer(doc);
            for (Block b : blocks) {
                if (b instanceof Block.Heading h) heading(doc, h);
                else if (b instanceof Block.Text t) text(doc, t);
                else if (b instanceof Block.PageBreak) pageBreak(doc);
                else if (b instanceof Block.Table t) table(doc, t);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new RenderingException("DOCX 生成失败：" + e.getMessage(), e);
        }
    }

    /** A page break as its own paragraph: {@code <w:br w:type="page"/>}, read alike by Word and LibreOffice. */
    private static void pageBreak(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(0);
        p.createRun().addBreak(BreakType.PAGE);
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(twips(3.7));
        mar.setBottom(twips(3.5));
        mar.setLeft(twips(2.8));
        mar.setRight(twips(2.6));
    }

    private static BigInteger twips(double cm) {
        return BigInteger.valueOf(Math.round(cm * TWIPS_PER_CM));
    }

    private static void footer(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", BODY_FONT, 14, false);
        p.getCTP().addNewFldSimple().setInstr("PAGE \\* MERGEFORMAT");
        run(p, " —", BODY_FONT, 14, false);
    }

    private static void heading(XWPFDocument doc, Block.Heading h) {
        XWPFParagraph p = doc.createParagraph();
        switch (h.level()) {
            case 0 -> {
                p.setAlignment(ParagraphAlignment.CENTER);
                run(p, h.text(), TITLE_FONT, 22, true);
            }
            case 1 -> {
                p.setAlignment(ParagraphAlignment.CENTER);
                run(p, h.text(), HEADING_FONT, 16, true);
            }
            case 2 -> {
                p.setIndentationFirstLine(640);
                run(p, h.text(), HEADING_FONT, 16, false);
            }
            default -> {
                p.setIndentationFirstLine(640);
                run(p, h.text(), "楷体", 16, false);
            }
        }
    }

    private static void text(XWPFDocument doc, Block.Text t) {
        XWPFParagraph p = doc.createParagraph();
        switch (t.style()) {
            case CENTER -> {
                p.setAlignment(ParagraphAlignment.CENTER);
                run(p, t.text(), TITLE_FONT, 22, true);
            }
            case CONTENTS -> run(p, t.text(), BODY_FONT, 16, false);
            case NOTE, RIGHT -> run(p, t.text(), TABLE_FONT, 10.5, false);
            case BODY -> {
                p.setIndentationFirstLine(640);
                p.setSpacingBetween(28, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
                run(p, t.text(), BODY_FONT, 16, false);
            }
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, double size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text == null ? "" : text);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
        r.setFontSize(size);
        r.setBold(bold);
        return r;
    }

    private static void table(XWPFDocument doc, Block.Table t) {
        // Title, then number, then unit, as the published documents (seed 004) print them: a number above the
        // title reads as the previous table's number.
        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        run(title, t.title(), TITLE_FONT, 16, true);
        if (t.number() != null) {
            XWPFParagraph n = doc.createParagraph();
            n.setAlignment(ParagraphAlignment.RIGHT);
            run(n, t.number(), TABLE_FONT, 10.5, false);
        }
        if (t.unitLabel() != null) {
            XWPFParagraph u = doc.createParagraph();
            u.setAlignment(ParagraphAlignment.RIGHT);
            run(u, t.unitLabel(), TABLE_FONT, 10.5, false);
        }
        List<List<Cell>> rows = new java.util.ArrayList<>(t.header());
        rows.addAll(t.body());
        if (rows.isEmpty()) return;
        GridPlacement grid = new GridPlacement(rows, t.columns());
        int[] widths = columnWidths(grid, t.columns());
        XWPFTable table = doc.createTable(grid.rows(), t.columns());
        var tblGrid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (tblGrid.sizeOfGridColArray() > 0) tblGrid.removeGridCol(0);
        for (int w : widths) tblGrid.addNewGridCol().setW(BigInteger.valueOf(w));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.PCT);
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        for (int r = 0; r < grid.rows(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            if (r < t.header().size()) row.setRepeatHeader(true);
            int k = 0;
            for (int c = 0; c < t.columns(); ) {
                Object at = grid.at(r, c);
                XWPFTableCell cell = row.getCell(k++);
                int span = 1;
                if (at instanceof GridPlacement.Placed p) {
                    span = p.cell().colSpan();
                    fill(cell, p.cell());
                    if (p.cell().rowSpan() > 1) pr(cell).addNewVMerge().setVal(STMerge.RESTART);
                } else if (at instanceof GridPlacement.Covered cov) {
                    span = cov.origin().colSpan();
                    pr(cell).addNewVMerge().setVal(STMerge.CONTINUE);
                    fill(cell, Cell.empty());
                } else {
                    fill(cell, Cell.empty());
                }
                int width = 0;
                for (int w = c; w < Math.min(t.columns(), c + Math.max(1, span)); w++) width += widths[w];
                if (pr(cell).getTcW() == null) pr(cell).addNewTcW();
                pr(cell).getTcW().setType(STTblWidth.DXA);
                pr(cell).getTcW().setW(BigInteger.valueOf(width));
                if (span > 1) pr(cell).addNewGridSpan().setVal(BigInteger.valueOf(span));
                c += Math.max(1, span);
            }
            for (int extra = row.getTableCells().size() - 1; extra >= k; extra--) row.removeCell(extra);
        }
        for (String note : t.notes()) run(doc.createParagraph(), note, TABLE_FONT, 10.5, false);
        if (t.emptyStatement() != null) run(doc.createParagraph(), t.emptyStatement(), TABLE_FONT, 10.5, false);
    }

    /** Column widths in twips from the longest single-column text, filling the type area (15.6 cm). */
    private static int[] columnWidths(GridPlacement grid, int columns) {
        int[] chars = new int[columns];
        java.util.Arrays.fill(chars, 4);
        for (GridPlacement.Placed p : grid.placed()) {
            if (p.cell().colSpan() != 1) continue;
            int w = 0;
            for (char ch : p.cell().text().toCharArray()) w += ch > 0x2E80 ? 2 : 1;
            chars[p.column()] = Math.max(chars[p.column()], Math.min(w, 28));
        }
        int total = java.util.Arrays.stream(chars).sum();
        int area = (int) Math.round((21.0 - 2.8 - 2.6) * TWIPS_PER_CM);
        int[] out = new int[columns];
        for (int i = 0; i < columns; i++) out[i] = area * chars[i] / total;
        return out;
    }

    private static void fill(XWPFTableCell cell, Cell c) {
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        p.setAlignment(switch (c.kind()) {
            case AMOUNT, NUMBER -> ParagraphAlignment.RIGHT;
            case HEADER -> ParagraphAlignment.CENTER;
            default -> ParagraphAlignment.LEFT;
        });
        if (!c.text().isEmpty()) run(p, c.text(), TABLE_FONT, 9, c.kind() == Cell.Kind.HEADER);
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        pr(cell).addNewTcW().setType(STTblWidth.AUTO);
    }

    private static CTTcPr pr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }
}
