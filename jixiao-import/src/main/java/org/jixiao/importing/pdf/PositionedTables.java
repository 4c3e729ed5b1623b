package org.jixiao.importing.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.importing.document.Block;
import org.jixiao.importing.document.CellText;
import org.jixiao.importing.document.Numbering;
import org.jixiao.importing.document.Place;
import org.jixiao.importing.document.ReaderNote;
import org.jixiao.importing.document.TableBlock;
import org.jixiao.importing.document.TableLine;
import org.jixiao.importing.document.TextBlock;

/**
 * Reads a PDF not laid out with tabs (tables drawn with borders, or text placed at fixed positions): lines with two
 * or more chunks are table rows, consecutive rows one table (across a page break too, keeping a short one-cell line
 * between two rows); other lines are paragraphs, a wrapped paragraph line joined to the line it continues.
 *
 * <p>Columns come from the data rows (rows with a number): text is matched by where it starts and numbers by where
 * they end (right-aligned amounts start wherever their width puts them), and the spans of these groups that overlap
 * are one column. Header rows are then put in the column they overlap most. A number aligned with no other number of
 * the table, and two numbers falling in one column of a row, cannot be placed with confidence: they are left out,
 * with a note.
 */
final class PositionedTables {

    private static final float LEFT_TOLERANCE = 12f;
    private static final float RIGHT_TOLERANCE = 3f;

    /** The blocks read, and a note for each cell left out. */
    record Result(List<Block> blocks, List<ReaderNote> notes) {}

    private final List<Block> blocks = new ArrayList<>();
    private final List<ReaderNote> notes = new ArrayList<>();

    static Result read(List<PageLine> lines) {
        PositionedTables tables = new PositionedTables();
        tables.addLines(lines);
        return new Result(tables.blocks, tables.notes);
    }

    private void addLines(List<PageLine> lines) {
        float margin = Float.MAX_VALUE;
        for (PageLine l : lines) margin = Math.min(margin, l.start());
        float rightEdge = PageLine.rightEdge(lines);
        float pitch = PageLine.pitch(lines);
        List<PageLine> table = new ArrayList<>();
        StringBuilder paragraph = null;
        PageLine paragraphStart = null;
        PageLine previous = null;
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            boolean row = line.chunks().size() >= 2
                    || (!table.isEmpty() && i + 1 < lines.size() && lines.get(i + 1).chunks().size() >= 2 && line.chunks().get(0).text().length() <= 12);
            if (row) {
                paragraph = flushParagraph(paragraph, paragraphStart);
                table.add(line);
                previous = line;
                continue;
            }
            if (!table.isEmpty()) {
                table(table);
                table = new ArrayList<>();
            }
            String text = line.chunks().get(0).text();
            if (paragraph != null && previous != null && previous.chunks().size() == 1 && wraps(previous, line, margin, rightEdge, pitch)) {
                paragraph.append(text);
            } else {
                flushParagraph(paragraph, paragraphStart);
                paragraph = new StringBuilder(text);
                paragraphStart = line;
            }
            previous = line;
        }
        flushParagraph(paragraph, paragraphStart);
        if (!table.isEmpty()) table(table);
    }

    /** A one-chunk line continues the one before when it starts at the margin and its first piece would not have fitted. */
    private static boolean wraps(PageLine previous, PageLine next, float margin, float rightEdge, float pitch) {
        return previous.isFollowedBy(next, pitch) && Math.abs(next.start() - margin) < 1f && previous.end() + next.chunks().get(0).leadAfter(previous.chunks().get(0)) > rightEdge + 0.5f;
    }

    private StringBuilder flushParagraph(StringBuilder paragraph, PageLine start) {
        if (paragraph == null) return null;
        String text = paragraph.toString();
        blocks.add(new TextBlock(text, Numbering.split(text).map(Numbering.Token::token).orElse(null), false, start.place()));
        return null;
    }

    /** A group of chunks taken to be one column, with the horizontal span they cover. */
    private static final class Column {
        float from;
        float to;

        Column(Chunk c) {
            from = c.x();
            to = c.end();
        }

        boolean overlaps(Column other) {
            return from < other.to && other.from < to;
        }

        void absorb(Column other) {
            from = Math.min(from, other.from);
            to = Math.max(to, other.to);
        }

        float overlap(Chunk c) {
            return Math.min(to, c.end()) - Math.max(from, c.x());
        }
    }

    private void table(List<PageLine> rows) {
        List<Column> columns = columns(rows);
        List<TableLine> lines = new ArrayList<>();
        for (PageLine row : rows) {
            Place place = row.place();
            String[] cells = new String[columns.size()];
            boolean[] doubtful = new boolean[columns.size()];
            java.util.Set<Integer> unknown = new java.util.HashSet<>();
            List<Integer> unaligned = new ArrayList<>();
            for (Chunk c : row.chunks()) {
                int k = columnOf(columns, c);
                if (c.isNumber() && !alignedWithOthers(c, rows)) {
                    notes.add(new ReaderNote(place, "第" + row.page() + "页第" + row.line() + "行的“" + c.text()
                            + "”与所在列的其他数字既不左对齐也不右对齐，无法确定属于哪一列，未导入（该单元格不核查）"));
                    unaligned.add(k);
                    continue;
                }
                if (cells[k] == null) cells[k] = c.text();
                else if (c.isNumber() || cells[k].matches("[-−]?[\\d,]+(\\.\\d+)?%?")) doubtful[k] = true;
                else cells[k] = cells[k] + " " + c.text();
            }
            // A number aligned with nothing may belong to the column it overlaps or to either neighbour: whichever of
            // them has no value in this row is unknown, not blank.
            for (int k : unaligned) {
                for (int j = Math.max(0, k - 1); j <= Math.min(cells.length - 1, k + 1); j++) if (cells[j] == null) unknown.add(j);
            }
            List<CellText> out = new ArrayList<>();
            for (int k = 0; k < cells.length; k++) {
                if (doubtful[k]) {
                    notes.add(new ReaderNote(place, "第" + row.page() + "页第" + row.line() + "行第" + (k + 1) + "列有两段文字（“" + cells[k]
                            + "”等），无法确定各属哪一列，未导入（这些单元格不核查）"));
                    cells[k] = "";
                    unknown.add(k);
                }
                out.add(CellText.of(cells[k] == null ? "" : cells[k], place));
            }
            while (!out.isEmpty() && out.get(out.size() - 1).text().isEmpty() && !unknown.contains(out.size() - 1)) out.remove(out.size() - 1);
            lines.add(new TableLine(out, place, unknown, false));
        }
        blocks.add(new TableBlock(null, lines, lines.get(0).place()));
    }

    /**
     * The columns: text chunks of the data rows grouped by start, numbers by end, then groups whose spans overlap
     * merged, left to right. Without data rows every chunk is grouped by its start.
     */
    private static List<Column> columns(List<PageLine> rows) {
        List<Chunk> data = new ArrayList<>();
        for (PageLine row : rows) {
            if (row.chunks().stream().anyMatch(Chunk::isNumber)) data.addAll(row.chunks());
        }
        if (data.isEmpty()) rows.forEach(r -> data.addAll(r.chunks()));
        List<Column> groups = new ArrayList<>();
        groups.addAll(cluster(data.stream().filter(c -> !c.isNumber()).sorted(Comparator.comparingDouble(Chunk::x)).toList(), false));
        groups.addAll(cluster(data.stream().filter(Chunk::isNumber).sorted(Comparator.comparingDouble(Chunk::end)).toList(), true));
        groups.sort(Comparator.comparingDouble(c -> c.from));
        List<Column> merged = new ArrayList<>();
        for (Column g : groups) {
            Column last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.overlaps(g)) last.absorb(g);
            else merged.add(g);
        }
        return merged;
    }

    private static List<Column> cluster(List<Chunk> sorted, boolean byEnd) {
        List<Column> out = new ArrayList<>();
        float anchor = Float.NaN;
        for (Chunk c : sorted) {
            float at = byEnd ? c.end() : c.x();
            if (out.isEmpty() || at - anchor > (byEnd ? RIGHT_TOLERANCE : LEFT_TOLERANCE)) {
                out.add(new Column(c));
                anchor = at;
            } else {
                out.get(out.size() - 1).absorb(new Column(c));
            }
        }
        return out;
    }

    /**
     * Whether a number lines up with another number of the table, by its start (left-aligned) or its end
     * (right-aligned). A number aligned with none could belong to either neighbouring column; a table with a single
     * number cannot tell and keeps it.
     */
    private static boolean alignedWithOthers(Chunk c, List<PageLine> rows) {
        int numbers = 0;
        for (PageLine row : rows) {
            for (Chunk other : row.chunks()) {
                if (other == c || !other.isNumber()) continue;
                numbers++;
                if (Math.abs(other.end() - c.end()) <= RIGHT_TOLERANCE || Math.abs(other.x() - c.x()) <= RIGHT_TOLERANCE) return true;
            }
        }
        return numbers == 0;
    }

    /** The column a chunk overlaps most; a chunk overlapping none goes to the column whose span is nearest. */
    private static int columnOf(List<Column> columns, Chunk c) {
        int best = 0;
        float bestScore = -Float.MAX_VALUE;
        for (int k = 0; k < columns.size(); k++) {
            Column col = columns.get(k);
            float score = col.overlap(c);
            if (score > bestScore) {
                bestScore = score;
                best = k;
            }
        }
        return best;
    }
}
