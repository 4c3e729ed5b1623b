package org.jixiao.importing.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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

/**
 * Reads a PDF's text layer with PDFBox 3. Per page, glyphs are grouped into lines by their baseline (y), and a
 * line into cells wherever the horizontal gap between glyphs exceeds about two character widths. A line with
 * two or more cells is a table row; consecutive rows form a table; other lines are paragraphs. The page and the
 * line on the page are the provenance. A scanned PDF (no text layer) yields nothing and is refused; an
 * encrypted PDF is refused.
 */
public final class PdfReader {

    private final ImportLimits limits;

    public PdfReader(ImportLimits limits) {
        this.limits = limits;
    }

    public SourceDocumentText read(String file, byte[] bytes) throws UnreadableDocumentException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted()) throw encrypted(file);
            if (doc.getNumberOfPages() > limits.maxPdfPages()) {
                throw UnreadableDocumentException.of(file, "PDF 有 " + doc.getNumberOfPages() + " 页，超过上限 " + limits.maxPdfPages() + " 页", "请只提交决算与自评部分");
            }
            List<Block> blocks = new ArrayList<>();
            List<PageLine> all = new ArrayList<>();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                Collector collector = new Collector();
                collector.setStartPage(page);
                collector.setEndPage(page);
                collector.getText(doc);
                List<List<PositionedCell>> lines = collector.lines();
                for (int i = 0; i < lines.size(); i++) all.add(new PageLine(page, i + 1, lines.get(i)));
            }
            addLines(blocks, all);
            if (blocks.isEmpty()) {
                throw UnreadableDocumentException.of(file, "PDF 没有文字层（可能是扫描件）", "请提交由 Word/WPS 导出的 PDF，或提供原始 .docx/.xlsx");
            }
            return new SourceDocumentText(file, "pdf", blocks);
        } catch (InvalidPasswordException e) {
            throw encrypted(file);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(file, null, "文件已损坏，无法作为 PDF 读取（" + e.getClass().getSimpleName() + "）", "请重新导出 PDF", e);
        }
    }

    private static UnreadableDocumentException encrypted(String file) {
        return UnreadableDocumentException.of(file, "PDF 已加密", "请提交未加密的 PDF，或提供原始 .docx/.xlsx");
    }

    /** A cell of a rebuilt line with the x position where its text starts. */
    private record PositionedCell(float x, String text) {}

    /** A rebuilt line with its page and its line number on the page. */
    private record PageLine(int page, int line, List<PositionedCell> cells) {}

    /**
     * Lines with two or more cells are table rows; consecutive rows form one table, across a page break too. A
     * short one-cell line between two rows (a wrapped cell, a lone amount) stays in the table.
     */
    private static void addLines(List<Block> blocks, List<PageLine> lines) {
        List<PageLine> table = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            boolean row = line.cells().size() >= 2
                    || (!table.isEmpty() && i + 1 < lines.size() && lines.get(i + 1).cells().size() >= 2 && line.cells().get(0).text().length() <= 12);
            if (row) {
                table.add(line);
                continue;
            }
            if (!table.isEmpty()) {
                blocks.add(table(table));
                table = new ArrayList<>();
            }
            String text = line.cells().get(0).text();
            blocks.add(new TextBlock(text, Numbering.split(text).map(Numbering.Token::token).orElse(null), false, Place.page(line.page(), line.line())));
        }
        if (!table.isEmpty()) blocks.add(table(table));
    }

    /**
     * Puts each cell of a table in a column: the columns are the clusters of the x positions where cells start,
     * so a cell left empty in the PDF (no glyphs) becomes an empty cell and the columns line up as in a text export.
     */
    private static TableBlock table(List<PageLine> rows) {
        List<Float> starts = new ArrayList<>();
        for (PageLine row : rows) for (PositionedCell c : row.cells()) starts.add(c.x());
        starts.sort(null);
        List<Float> columns = new ArrayList<>();
        for (float x : starts) {
            if (columns.isEmpty() || x - columns.get(columns.size() - 1) > COLUMN_TOLERANCE) columns.add(x);
        }
        List<TableLine> lines = new ArrayList<>();
        for (PageLine row : rows) {
            Place place = Place.page(row.page(), row.line());
            List<CellText> cells = new ArrayList<>();
            for (PositionedCell c : row.cells()) {
                int column = 0;
                for (int k = 0; k < columns.size(); k++) if (columns.get(k) <= c.x() + 0.01f) column = k;
                while (cells.size() < column) cells.add(CellText.of("", place));
                if (cells.size() == column) cells.add(CellText.of(c.text(), place));
                else cells.set(cells.size() - 1, CellText.of(cells.get(cells.size() - 1).text() + " " + c.text(), place));
            }
            lines.add(new TableLine(cells, place));
        }
        return new TableBlock(null, lines, lines.get(0).place());
    }

    private static final float COLUMN_TOLERANCE = 12f;

    /** Collects glyphs with their positions and rebuilds lines and cells. */
    private static final class Collector extends PDFTextStripper {
        private final List<TextPosition> glyphs = new ArrayList<>();

        Collector() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            glyphs.addAll(positions);
        }

        List<List<PositionedCell>> lines() {
            List<List<TextPosition>> rows = new ArrayList<>();
            List<TextPosition> sorted = new ArrayList<>(glyphs);
            sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
            for (TextPosition g : sorted) {
                List<TextPosition> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
                if (row != null && Math.abs(row.get(0).getYDirAdj() - g.getYDirAdj()) <= Math.max(2, g.getHeightDir() * 0.5)) row.add(g);
                else {
                    row = new ArrayList<>();
                    row.add(g);
                    rows.add(row);
                }
            }
            List<List<PositionedCell>> lines = new ArrayList<>();
            for (List<TextPosition> row : rows) {
                row.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
                List<PositionedCell> cells = new ArrayList<>();
                StringBuilder cell = new StringBuilder();
                float end = -1;
                float start = 0;
                for (TextPosition g : row) {
                    float gap = g.getXDirAdj() - end;
                    float width = Math.max(g.getWidthDirAdj(), 1);
                    if (end >= 0 && gap > 2.2f * Math.max(width, g.getFontSizeInPt() * 0.5f)) {
                        cells.add(new PositionedCell(start, cell.toString().strip()));
                        cell.setLength(0);
                    } else if (end >= 0 && gap > 0.3f * width && !cell.isEmpty()) {
                        cell.append(' ');
                    }
                    if (cell.isEmpty()) start = g.getXDirAdj();
                    cell.append(g.getUnicode());
                    end = g.getXDirAdj() + g.getWidthDirAdj();
                }
                cells.add(new PositionedCell(start, cell.toString().strip()));
                cells.removeIf(c -> c.text().isEmpty());
                if (!cells.isEmpty()) lines.add(cells);
            }
            return lines;
        }
    }
}
