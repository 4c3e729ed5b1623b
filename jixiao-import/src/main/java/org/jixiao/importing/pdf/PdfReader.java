package org.jixiao.importing.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jixiao.importing.ImportLimits;
import org.jixiao.importing.UnreadableDocumentException;
import org.jixiao.importing.document.ReaderNote;
import org.jixiao.importing.document.SourceDocumentText;
import org.jixiao.importing.document.TabbedText;

/**
 * Reads a PDF's text layer with PDFBox 3. Per page, glyphs are grouped into lines by their baseline and a line
 * into chunks at gaps. Two layouts are told apart:
 *
 * <ul>
 *   <li>text laid out with tabs (a text export opened in Writer or Word and saved as PDF): nearly every chunk
 *       after a gap starts on a default tab stop ({@link TabGrid}). The tab-separated source lines are rebuilt
 *       ({@link TabbedLines}: wrapped lines joined, each gap worth the tabs it crosses) and read like a text file;</li>
 *   <li>anything else, such as tables drawn with borders: consecutive lines of two or more chunks form a table
 *       whose columns are found from the positions of its chunks ({@link PositionedTables}).</li>
 * </ul>
 *
 * A cell that cannot be placed in a column with confidence is left out with a note rather than put in a wrong
 * column. The page and the line on the page are the provenance. A scanned PDF (no text layer) and an encrypted PDF
 * are refused.
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
            List<List<List<Glyph>>> pages = new ArrayList<>();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                Collector collector = new Collector();
                collector.setStartPage(page);
                collector.setEndPage(page);
                collector.getText(doc);
                pages.add(collector.lines());
            }
            List<PageLine> plain = chunked(pages, null);
            if (plain.isEmpty()) {
                throw UnreadableDocumentException.of(file, "PDF 没有文字层（可能是扫描件）", "请提交由 Word/WPS 导出的 PDF，或提供原始 .docx/.xlsx");
            }
            Optional<TabGrid> grid = TabGrid.detect(plain);
            if (grid.isPresent()) {
                TabbedLines.Result rebuilt = TabbedLines.rebuild(grid.get(), chunked(pages, grid.get()));
                TabbedText.Result read = TabbedText.read(rebuilt.lines(), false);
                List<ReaderNote> notes = new ArrayList<>(rebuilt.notes());
                notes.addAll(read.notes());
                return new SourceDocumentText(file, "pdf", read.blocks(), notes);
            }
            PositionedTables.Result read = PositionedTables.read(plain);
            return new SourceDocumentText(file, "pdf", read.blocks(), read.notes());
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

    /**
     * Splits each line into chunks: at a gap wider than about two characters, and, on a tab grid, at any visible
     * gap that ends on a stop (a tab after text that almost reaches the stop leaves less than a point).
     */
    private static List<PageLine> chunked(List<List<List<Glyph>>> pages, TabGrid grid) {
        List<PageLine> lines = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            int number = 0;
            for (List<Glyph> row : pages.get(p)) {
                List<Chunk> chunks = split(row, grid, false);
                // Only a line that is a row already (a gap wider than a space, or text starting on a stop past the
                // margin) is split at narrow gaps: in running text a glyph after a space or CJK–Latin spacing may land
                // on a stop too.
                if (grid != null && (chunks.size() > 1 || (grid.onStop(chunks.get(0).x()) && grid.stop(chunks.get(0).x()) > 0))) {
                    chunks = split(row, grid, true);
                }
                lines.add(new PageLine(p + 1, ++number, row.get(0).y(), chunks));
            }
        }
        return lines;
    }

    private static List<Chunk> split(List<Glyph> row, TabGrid grid, boolean narrow) {
        List<Chunk> chunks = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Glyph g : row) {
            if (!run.isEmpty()) {
                Glyph last = run.get(run.size() - 1);
                float gap = g.x() - last.end();
                boolean tab = grid != null && grid.onStop(g.x()) && (narrow ? gap > 0.4f && !isAutoSpace(last, g, gap) : gap >= g.size());
                if (tab || gap > (narrow ? g.size() : 2.2f * Math.max(g.width(), g.size() * 0.5f))) {
                    chunks.add(Chunk.of(run, text.toString()));
                    run = new ArrayList<>();
                    text.setLength(0);
                } else if (gap > 0.3f * g.width()) {
                    text.append(' ');
                }
            }
            run.add(g);
            text.append(g.text());
        }
        chunks.add(Chunk.of(run, text.toString()));
        return chunks;
    }

    /**
     * Writer puts a fifth of an em between an ideograph and a Latin letter or digit (中西文间距); such a gap that happens
     * to end on a stop is not taken for a tab.
     */
    private static boolean isAutoSpace(Glyph before, Glyph after, float gap) {
        return before.isWide() != after.isWide() && Math.abs(gap - 0.2f * after.size()) <= 0.1f;
    }

    /** Collects glyphs with their positions and groups them into lines by baseline, left to right. */
    private static final class Collector extends PDFTextStripper {
        private static final float MAX_PAGE_UNITS = 14_400f;

        private final List<TextPosition> glyphs = new ArrayList<>();

        Collector() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            glyphs.addAll(positions);
        }

        /**
         * Whether a glyph lies where a page can be: finite coordinates and size within the largest page PDF allows
         * (14,400 units, ISO 32000-1 Annex C). A damaged file may place text at 2³¹ or NaN; such text is never seen,
         * and its position would turn into millions of tabs or columns.
         */
        private static boolean onAPage(TextPosition g) {
            float[] values = {g.getXDirAdj(), g.getYDirAdj(), g.getWidthDirAdj(), g.getHeightDir(), g.getFontSizeInPt()};
            for (float v : values) {
                if (!Float.isFinite(v) || Math.abs(v) > MAX_PAGE_UNITS) return false;
            }
            return true;
        }

        List<List<Glyph>> lines() {
            List<List<TextPosition>> rows = new ArrayList<>();
            List<TextPosition> sorted = new ArrayList<>(glyphs);
            sorted.removeIf(g -> g.getUnicode() == null || g.getUnicode().isBlank() || !onAPage(g));
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
            List<List<Glyph>> lines = new ArrayList<>();
            for (List<TextPosition> row : rows) {
                row.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
                List<Glyph> line = new ArrayList<>(row.size());
                for (TextPosition g : row) {
                    line.add(new Glyph(g.getXDirAdj(), g.getXDirAdj() + g.getWidthDirAdj(), g.getYDirAdj(), g.getFontSizeInPt(), g.getUnicode()));
                }
                lines.add(line);
            }
            return lines;
        }
    }
}
