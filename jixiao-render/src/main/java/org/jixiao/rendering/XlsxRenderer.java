package org.jixiao.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Renders every table and 自评表 as its own sheet: title and unit above, header rows repeated when printed,
 * amounts {@code #,##0.00}, and live formulas for totals and rates (合计 = SUM of the rows under it, 类 = SUM of
 * 款, 执行率 = 执行数 ÷ 预算数, 得分 = 分值 × 执行率, 总分 = SUM) with their cached values set, so a viewer that
 * does not recalculate still shows the numbers.
 */
final class XlsxRenderer {

    private static final String FONT = "宋体";

    byte[] render(List<Block> blocks) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            for (Block b : blocks) if (b instanceof Block.Table t) sheet(wb, styles, t);
            if (wb.getNumberOfSheets() == 0) wb.createSheet("说明").createRow(0).createCell(0).setCellValue("本报告没有表格");
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new RenderingException("XLSX 生成失败：" + e.getMessage(), e);
        }
    }

    private static void sheet(XSSFWorkbook wb, Styles styles, Block.Table t) {
        String name = org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(t.sheetName());
        if (wb.getSheet(name) != null) name = org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(name + (wb.getNumberOfSheets() + 1));
        XSSFSheet sheet = wb.createSheet(name);
        int r = 0;
        XSSFCell title = sheet.createRow(r).createCell(0);
        title.setCellValue(t.title());
        title.setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, Math.max(1, t.columns() - 1)));
        r++;
        if (t.unitLabel() != null) sheet.createRow(r++).createCell(0).setCellValue(t.unitLabel());
        List<List<Cell>> rows = new ArrayList<>(t.header());
        rows.addAll(t.body());
        GridPlacement grid = new GridPlacement(rows, t.columns());
        int top = r;
        Map<String, String> address = new HashMap<>();
        for (GridPlacement.Placed p : grid.placed()) {
            if (p.cell().id() != null) address.put(p.cell().id(), new CellReference(top + p.row(), p.column()).formatAsString(false));
        }
        for (int i = 0; i < grid.rows(); i++) {
            XSSFRow row = sheet.createRow(top + i);
            for (int c = 0; c < t.columns(); c++) row.createCell(c).setCellStyle(i < t.header().size() ? styles.header : styles.text);
        }
        int[] widths = new int[t.columns()];
        for (GridPlacement.Placed p : grid.placed()) {
            Cell cell = p.cell();
            XSSFCell x = sheet.getRow(top + p.row()).getCell(p.column());
            if (cell.isNumeric()) {
                if (cell.formula() != null) x.setCellFormula(cell.formula().excel(address));
                x.setCellValue(cell.number().doubleValue()); // for a formula cell: the cached result
                x.setCellStyle(styles.number(cell.numberFormat()));
            } else if (cell.kind() == Cell.Kind.AMOUNT && cell.formula() != null) {
                x.setCellFormula(cell.formula().excel(address));
                x.setCellValue(0);
                x.setCellStyle(styles.number(cell.numberFormat()));
            } else if (!cell.text().isEmpty()) {
                x.setCellValue(cell.text());
                x.setCellStyle(cell.kind() == Cell.Kind.HEADER ? styles.header : styles.text);
            }
            if (cell.colSpan() > 1 || cell.rowSpan() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(top + p.row(), top + p.row() + cell.rowSpan() - 1, p.column(),
                        p.column() + cell.colSpan() - 1));
            }
            if (cell.colSpan() == 1) widths[p.column()] = Math.max(widths[p.column()], Math.min(40, display(cell.text())));
        }
        for (int c = 0; c < t.columns(); c++) sheet.setColumnWidth(c, Math.max(8, widths[c] + 2) * 256);
        int end = top + grid.rows();
        for (String n : t.notes()) sheet.createRow(end++).createCell(0).setCellValue(n);
        if (t.emptyStatement() != null) sheet.createRow(end).createCell(0).setCellValue(t.emptyStatement());
        if (!t.header().isEmpty()) sheet.setRepeatingRows(new CellRangeAddress(top, top + t.header().size() - 1, 0, t.columns() - 1));
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setForceFormulaRecalculation(false);
    }

    /** Display width: a CJK character takes two columns. */
    private static int display(String s) {
        int w = 0;
        for (char ch : s.toCharArray()) w += ch > 0x2E80 ? 2 : 1;
        return w;
    }

    /** The cell styles of one workbook (a workbook allows a limited number, so they are shared). */
    private static final class Styles {
        final XSSFWorkbook wb;
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final Map<String, CellStyle> numbers = new HashMap<>();

        Styles(XSSFWorkbook wb) {
            this.wb = wb;
            XSSFFont big = wb.createFont();
            big.setFontName(FONT);
            big.setFontHeightInPoints((short) 16);
            big.setBold(true);
            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            XSSFFont bold = wb.createFont();
            bold.setFontName(FONT);
            bold.setFontHeightInPoints((short) 10);
            bold.setBold(true);
            header = bordered();
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            text = bordered();
            text.setWrapText(true);
        }

        CellStyle bordered() {
            CellStyle s = wb.createCellStyle();
            XSSFFont f = wb.createFont();
            f.setFontName(FONT);
            f.setFontHeightInPoints((short) 10);
            s.setFont(f);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        }

        CellStyle number(String format) {
            String f = format == null ? "#,##0.00" : format;
            return numbers.computeIfAbsent(f, k -> {
                CellStyle s = bordered();
                s.setDataFormat(wb.createDataFormat().getFormat(k));
                s.setAlignment(HorizontalAlignment.RIGHT);
                return s;
            });
        }
    }
}
