package org.jixiao.rendering;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helpers for rendered workbooks. */
final class Workbooks {

    private Workbooks() {}

    /** The workbook with every formula replaced by its cached result: what a viewer that does not recalculate shows. */
    static byte[] cachedValuesOnly(byte[] xlsx) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) continue;
                        double cached = cell.getNumericCellValue();
                        cell.removeFormula();
                        cell.setCellValue(cached);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
