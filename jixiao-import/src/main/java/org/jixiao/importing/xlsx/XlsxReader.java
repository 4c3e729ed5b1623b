package org.jixiao.importing.xlsx;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.importing.Content;
import org.jixiao.importing.ImportLimits;
import org.jixiao.importing.UnreadableDocumentException;
import org.jixiao.importing.document.Block;
import org.jixiao.importing.document.CellText;
import org.jixiao.importing.document.Place;
import org.jixiao.importing.document.SourceDocumentText;
import org.jixiao.importing.document.TableBlock;
import org.jixiao.importing.document.TableLine;

/**
 * Reads an XLSX workbook with POI XSSF (the package is checked by {@link org.jixiao.importing.ooxml.PackageGuard}
 * first, which bounds every part's inflated size). Each sheet becomes one table whose caption is the sheet name;
 * the title rows stay in the table for the mapping to recognise. Values are taken as Excel displays them
 * ({@link DataFormatter}: {@code 1,406.53} stays {@code 1,406.53}); formulas show their cached result. A merged
 * region keeps its text in its first cell and empty cells elsewhere. Provenance is {@code 公开01表!C7}.
 */
public final class XlsxReader {

    private static final int MAX_COLUMNS = 64;
    private static final int MAX_ROWS = 5000;

    private final ImportLimits limits;

    public XlsxReader(ImportLimits limits) {
        this.limits = limits;
    }

    public SourceDocumentText read(String file, byte[] bytes, Content content) throws UnreadableDocumentException {
        new org.jixiao.importing.ooxml.PackageGuard(limits).check(file, bytes, content, "xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter();
            // A total written as a live formula (as ./jixiao render writes them) is read as the value the workbook
            // cached, never as its formula text and never recalculated: we read what the document shows.
            formatter.setUseCachedValuesForFormulaCells(true);
            List<Block> blocks = new ArrayList<>();
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                String name = sheet.getSheetName();
                Map<String, int[]> spans = new HashMap<>();
                for (CellRangeAddress region : sheet.getMergedRegions()) {
                    spans.put(region.getFirstRow() + ":" + region.getFirstColumn(),
                            new int[] {region.getLastColumn() - region.getFirstColumn() + 1, region.getLastRow() - region.getFirstRow() + 1});
                }
                List<TableLine> lines = new ArrayList<>();
                int last = Math.min(sheet.getLastRowNum(), MAX_ROWS);
                for (int r = 0; r <= last; r++) {
                    Row row = sheet.getRow(r);
                    if (row == null) continue;
                    List<CellText> cells = new ArrayList<>();
                    int width = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
                    for (int c = 0; c < width; c++) {
                        Cell cell = row.getCell(c);
                        String text = cell == null ? "" : formatter.formatCellValue(cell).replace('\n', ' ').strip();
                        int[] span = spans.getOrDefault(r + ":" + c, new int[] {1, 1});
                        cells.add(new CellText(text, span[0], span[1], Place.cell(null, name + "!" + new CellAddress(r, c).formatAsString())));
                    }
                    while (!cells.isEmpty() && cells.get(cells.size() - 1).text().isEmpty()) cells.remove(cells.size() - 1);
                    if (cells.isEmpty()) continue;
                    lines.add(new TableLine(cells, Place.cell(null, name + "!A" + (r + 1))));
                }
                if (!lines.isEmpty()) blocks.add(new TableBlock(name, lines, Place.cell(null, name + "!A1")));
            }
            return new SourceDocumentText(file, "xlsx", blocks);
        } catch (Exception e) {
            throw org.jixiao.importing.ooxml.PackageGuard.refusal(file, "xlsx", e);
        }
    }
}
