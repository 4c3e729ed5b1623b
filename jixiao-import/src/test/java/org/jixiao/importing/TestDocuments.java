package org.jixiao.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Builds test documents from seed 004's text in code, so each format test reads the same content: a DOCX with
 * paragraphs, list numbering and merged table cells, an XLSX with one sheet per table, and text variants.
 */
final class TestDocuments {

    private static final Pattern CHAPTER = Pattern.compile("^([一二三四五六七八九十]+)、(.*)$");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(,\\d{3})*\\.\\d{2}|\\d+\\.\\d{2}");

    private TestDocuments() {}

    static List<String> seed004Lines() throws IOException {
        return Files.readAllLines(Seeds.path(Seeds.SEED_004), StandardCharsets.UTF_8);
    }

    /** Groups the seed into paragraphs (a String) and tables (a List of rows of cells), blank lines dropped. */
    static List<Object> blocks(List<String> lines) {
        List<Object> blocks = new ArrayList<>();
        List<List<String>> table = null;
        for (String line : lines) {
            if (line.isBlank()) continue;
            if (line.contains("\t")) {
                if (table == null) {
                    table = new ArrayList<>();
                    blocks.add(table);
                }
                List<String> cells = new ArrayList<>(List.of(line.split("\t", -1)));
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) cells.remove(cells.size() - 1);
                table.add(cells);
            } else {
                table = null;
                blocks.add(line.strip());
            }
        }
        return blocks;
    }

    /**
     * Seed 004 as a DOCX. The chapters of the 情况说明 (一、 … 十五、) are Word list items whose token comes from
     * the numbering definition, not the text; the first header row of each table merges its groups with
     * gridSpan; the 一级指标 column of the 自评表s is a vertical merge.
     */
    @SuppressWarnings("unchecked")
    static byte[] seed004Docx() throws IOException {
        List<String> lines = seed004Lines();
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BigInteger numId = chineseList(doc);
            boolean inAccountsNarrative = false;
            for (Object block : blocks(lines)) {
                if (block instanceof String text) {
                    if (text.equals("2021年度部门决算情况说明")) inAccountsNarrative = true;
                    if (text.equals("第四部分")) inAccountsNarrative = false;
                    XWPFParagraph p = doc.createParagraph();
                    var chapter = CHAPTER.matcher(text);
                    if (inAccountsNarrative && chapter.matches()) {
                        p.setNumID(numId);
                        p.setNumILvl(BigInteger.ZERO);
                        text = chapter.group(2);
                    }
                    XWPFRun run = p.createRun();
                    run.setText(text);
                    run.setFontFamily("宋体", XWPFRun.FontCharRange.eastAsia);
                } else {
                    table(doc, (List<List<String>>) block);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static BigInteger chineseList(XWPFDocument doc) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ONE);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
        level.addNewLvlText().setVal("%1、");
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }

    private static void table(XWPFDocument doc, List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable table = doc.createTable(rows.size(), width);
        boolean sheet = rows.stream().anyMatch(r -> r.contains("一级指标"));
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < width; c++) row.getCell(c).setText(c < cells.size() ? cells.get(c) : "");
            if (sheet && r > 0 && cells.size() > 2 && cells.get(1).isEmpty() && !cells.get(0).equals("总分")) {
                // The 一级指标 column: continue the merge of the cell above.
                CTTcPr pr = cellPr(row.getCell(1));
                pr.addNewVMerge().setVal(STMerge.CONTINUE);
                CTTcPr above = cellPr(table.getRow(r - 1).getCell(1));
                if (above.getVMerge() == null && !rows.get(r - 1).get(1).isEmpty()) above.addNewVMerge().setVal(STMerge.RESTART);
            }
        }
        // First row: a group label followed by empty cells spans them (收入 | 支出, 预算数 | 决算数).
        List<String> first = rows.get(0);
        XWPFTableRow row = table.getRow(0);
        for (int c = width - 1; c >= 0; c--) {
            String text = c < first.size() ? first.get(c) : "";
            if (text.isEmpty()) continue;
            int span = 1;
            while (c + span < width && (c + span >= first.size() || first.get(c + span).isEmpty())) span++;
            if (span > 1 && c + span <= width) {
                for (int k = c + span - 1; k > c; k--) row.removeCell(k);
                cellPr(row.getCell(c)).addNewGridSpan().setVal(BigInteger.valueOf(span));
            }
        }
    }

    private static CTTcPr cellPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    /**
     * Seed 004's nine tables and five 自评表s as an XLSX: one sheet per table, named by its number (公开01表 …),
     * the title in A1, then the table rows. Amounts are numbers formatted {@code #,##0.00}, so they display
     * as printed; the first header row's groups are merged regions.
     */
    @SuppressWarnings("unchecked")
    static byte[] seed004Xlsx() throws IOException {
        List<String> lines = seed004Lines();
        List<Object> blocks = blocks(lines);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle thousands = wb.createCellStyle();
            thousands.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            CellStyle plain = wb.createCellStyle();
            plain.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            String title = null;
            int sheets = 0;
            String[] names = {"公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表",
                    "整体自评表", "项目自评表1", "项目自评表2", "项目自评表3", "项目自评表4"};
            XSSFSheet last = null;
            for (Object block : blocks) {
                if (block instanceof String text && last != null && (text.startsWith("注") || text.contains("本表无数据"))) {
                    last.createRow(last.getLastRowNum() + 1).createCell(0).setCellValue(text);
                    continue;
                }
                if (block instanceof String text) {
                    if (text.endsWith("表") && text.length() < 40 && !text.startsWith("公开") && !text.startsWith("- ")) title = text;
                    continue;
                }
                if (title == null) continue;
                XSSFSheet sheet = wb.createSheet(names[sheets++]);
                last = sheet;
                sheet.createRow(0).createCell(0).setCellValue(title);
                sheet.createRow(1).createCell(0).setCellValue("金额单位：万元");
                List<List<String>> rows = (List<List<String>>) block;
                for (int r = 0; r < rows.size(); r++) {
                    XSSFRow row = sheet.createRow(r + 2);
                    List<String> cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        String text = cells.get(c);
                        if (text.isEmpty()) continue;
                        XSSFCell cell = row.createCell(c);
                        if (AMOUNT.matcher(text).matches()) {
                            cell.setCellValue(Double.parseDouble(text.replace(",", "")));
                            cell.setCellStyle(text.contains(",") ? thousands : plain);
                        } else {
                            cell.setCellValue(text);
                        }
                    }
                }
                List<String> first = rows.get(0);
                for (int c = 0; c < first.size(); c++) {
                    if (first.get(c).isEmpty()) continue;
                    int span = 1;
                    while (c + span < first.size() && first.get(c + span).isEmpty()) span++;
                    if (span > 1) sheet.addMergedRegion(new CellRangeAddress(2, 2, c, c + span - 1));
                }
                title = null;
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /**
     * Seed 004 with 公开03表 (lines 159–178) written one cell per line: a row starts at a line without a tab,
     * and each further cell is on its own line after one tab per position it advances.
     */
    static String seed004WithCellPerLineTable() throws IOException {
        List<String> lines = seed004Lines();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            if (number < 159 || number > 178) {
                s.append(lines.get(i)).append('\n');
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(lines.get(i).split("\t", -1)));
            // An exporter that writes one cell per line cannot start a row with an empty cell: 合计 moves left.
            if (cells.get(0).isEmpty()) {
                cells.set(0, cells.get(1));
                cells.set(1, "");
            }
            s.append(cells.get(0)).append('\n');
            int tabs = 1;
            for (int c = 1; c < cells.size(); c++) {
                if (cells.get(c).isEmpty()) {
                    tabs++;
                    continue;
                }
                s.append("\t".repeat(tabs)).append(cells.get(c)).append('\n');
                tabs = 1;
            }
        }
        return s.toString();
    }
}
