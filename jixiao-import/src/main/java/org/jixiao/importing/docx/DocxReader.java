package org.jixiao.importing.docx;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.importing.Content;
import org.jixiao.importing.ImportLimits;
import org.jixiao.importing.UnreadableDocumentException;
import org.jixiao.importing.document.Block;
import org.jixiao.importing.document.CellText;
import org.jixiao.importing.document.Numbering;
import org.jixiao.importing.document.Place;
import org.jixiao.importing.document.SourceDocumentText;
import org.jixiao.importing.document.TableBlock;
import org.jixiao.importing.document.TableLine;
import org.jixiao.importing.document.TextBlock;
import org.jixiao.importing.ooxml.PackageGuard;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a DOCX (Word) document with POI XWPF. Body elements in order; the element index (1-based) is the
 * provenance {@code paragraph}. A paragraph's numbering comes from Word's list numbering (numPr, rendered by
 * {@code XWPFParagraph.getNumLevelText} with the running counter) when present, else from its own text.
 * Table cells spanning columns (gridSpan) are followed by empty cells; cells continuing a vertical merge
 * (vMerge) are empty, as in a text export, with the span recorded on the first cell.
 */
public final class DocxReader {

    /** The most columns a Word table can have. */
    private static final int MAX_COLUMNS = 63;

    private final ImportLimits limits;

    public DocxReader(ImportLimits limits) {
        this.limits = limits;
    }

    public SourceDocumentText read(String file, byte[] bytes, Content content) throws UnreadableDocumentException {
        new PackageGuard(limits).check(file, bytes, content, "docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Block> blocks = new ArrayList<>();
            Map<String, Integer> counters = new HashMap<>();
            int index = 0;
            int tableNo = 0;
            List<TableLine> tabRows = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                index++;
                if (element instanceof XWPFParagraph p) {
                    String raw = p.getText();
                    if (raw.strip().isEmpty()) continue;
                    if (raw.contains("\t")) {
                        // A table typed with tabs (or a text export opened in Word): one row per paragraph.
                        tabRows.add(tabRow(raw, index));
                        continue;
                    }
                    flush(blocks, tabRows);
                    String text = raw.strip();
                    String numbering = listNumbering(p, counters);
                    String full = numbering != null && Numbering.split(text).isEmpty() ? numbering + text : text;
                    if (numbering == null) numbering = Numbering.split(text).map(Numbering.Token::token).orElse(null);
                    String style = p.getStyle();
                    boolean heading = style != null && style.toLowerCase().startsWith("heading");
                    blocks.add(new TextBlock(full, numbering, heading, Place.paragraph(index)));
                } else if (element instanceof XWPFTable t) {
                    flush(blocks, tabRows);
                    tableNo++;
                    blocks.add(table(t, index, tableNo));
                }
            }
            flush(blocks, tabRows);
            return new SourceDocumentText(file, "docx", blocks);
        } catch (Exception e) {
            throw PackageGuard.refusal(file, "docx", e);
        }
    }

    private static TableLine tabRow(String raw, int index) {
        List<CellText> cells = new ArrayList<>();
        String[] parts = raw.split("\t", -1);
        for (int c = 0; c < parts.length; c++) cells.add(CellText.of(parts[c].strip(), Place.cell(index, "第" + index + "段 第" + (c + 1) + "格")));
        while (!cells.isEmpty() && cells.get(cells.size() - 1).text().isEmpty()) cells.remove(cells.size() - 1);
        return new TableLine(cells, Place.paragraph(index));
    }

    private static void flush(List<Block> blocks, List<TableLine> rows) {
        if (rows.isEmpty()) return;
        blocks.add(new TableBlock(null, rows, rows.get(0).place()));
        rows.clear();
    }

    /** The list label Word would print (e.g. {@code 一、} or {@code 1.}), counting items per list and level. */
    private static String listNumbering(XWPFParagraph p, Map<String, Integer> counters) {
        BigInteger numId = p.getNumID();
        if (numId == null) return null;
        String pattern = p.getNumLevelText();
        if (pattern == null) return null;
        BigInteger ilvl = p.getNumIlvl() == null ? BigInteger.ZERO : p.getNumIlvl();
        String key = numId + "/" + ilvl;
        int n = counters.merge(key, 1, Integer::sum);
        // A new item at a level restarts the deeper levels of the same list.
        counters.keySet().removeIf(k -> k.startsWith(numId + "/") && new BigInteger(k.substring(k.indexOf('/') + 1)).compareTo(ilvl) > 0);
        String fmt = p.getNumFmt();
        String value = "chineseCounting".equals(fmt) || "chineseCountingThousand".equals(fmt) || "ideographTraditional".equals(fmt)
                ? chinese(n) : "decimalEnclosedCircle".equals(fmt) ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n);
        return pattern.replaceAll("%\\d", value).strip();
    }

    /** The Chinese numeral Word prints for item {@code n} of a chineseCounting list: 一 … 十九, 二十 … 九十九, 一百, 一百零一 …. */
    static String chinese(int n) {
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) return digits[Math.max(n, 0)];
        if (n < 20) return "十" + (n % 10 == 0 ? "" : digits[n % 10]);
        if (n < 100) return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
        if (n >= 10_000) return String.valueOf(n);
        String[] units = {"千", "百", "十", ""};
        int[] places = {1000, 100, 10, 1};
        StringBuilder s = new StringBuilder();
        boolean zero = false;
        for (int i = 0; i < places.length; i++) {
            int d = n / places[i] % 10;
            if (d == 0) {
                zero = !s.isEmpty();
                continue;
            }
            if (zero) s.append("零");
            zero = false;
            s.append(digits[d]).append(units[i]);
        }
        return s.toString();
    }

    /**
     * A cell's gridSpan, within what a Word table can hold (63 columns): a damaged or hostile {@code w:gridSpan} of
     * 2³¹ − 1 would otherwise become two billion empty cells. Zero or less is one column.
     */
    private static int gridSpan(CTTcPr pr, int columnsBefore) {
        if (pr == null || pr.getGridSpan() == null || pr.getGridSpan().getVal() == null) return 1;
        BigInteger value = pr.getGridSpan().getVal();
        int room = Math.max(1, MAX_COLUMNS - columnsBefore);
        return value.compareTo(BigInteger.ONE) < 0 ? 1 : value.min(BigInteger.valueOf(room)).intValue();
    }

    private static TableBlock table(XWPFTable t, int index, int tableNo) {
        List<TableLine> lines = new ArrayList<>();
        int r = 0;
        for (XWPFTableRow row : t.getRows()) {
            r++;
            List<CellText> cells = new ArrayList<>();
            int c = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = gridSpan(pr, cells.size());
                boolean continued = pr != null && pr.getVMerge() != null && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                c++;
                String text = continued ? "" : cell.getText().replace('\n', ' ').strip();
                Place place = Place.cell(index, "表格" + tableNo + " 第" + r + "行第" + c + "列");
                int rowSpan = pr != null && pr.getVMerge() != null && !continued ? 2 : 1;
                cells.add(new CellText(text, span, rowSpan, place));
                for (int k = 1; k < span; k++) cells.add(new CellText("", 1, 1, place));
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).text().isEmpty()) cells.remove(cells.size() - 1);
            lines.add(new TableLine(cells, Place.cell(index, "表格" + tableNo + " 第" + r + "行")));
        }
        return new TableBlock(null, lines, Place.paragraph(index));
    }
}
