package org.jixiao.importing.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns lines of tab-separated text (制表符分隔的文本) into blocks, for every reader whose source is, or is rebuilt
 * as, such lines: plain text, and a PDF whose rows were laid out with tabs.
 *
 * <p>Tables come in three shapes, which may mix in one table (see {@link TableRows} for the rules):
 * <ul>
 * <li>row per line: cells separated by tabs, merged or empty cells leaving runs of tabs (seed 004); blank lines
 * inside a table are skipped;</li>
 * <li>cell per line: each cell on its own line after the tabs that preceded it in the row ({@code k} tabs put
 * {@code k − 1} empty cells before it); a row starts at a line without a leading tab, at a row key (科目编码,
 * 合计, 其中, a weighted 一级指标), or where the cell would not fit in the table's width;</li>
 * <li>wrapped cells: a cell's text broken over lines — a row line that stops after a text cell and is continued
 * by the next line, or a line without tabs, amount or code right after a row that continues its name cell.</li>
 * </ul>
 * Other lines are paragraphs. A wrapped fragment whose cell cannot be told is left out with a {@link ReaderNote}.
 */
public final class TabbedText {

    /** One source line: its text with tabs, where it is, and whether the reader cut it short (the rest is unknown). */
    public record Line(String text, Place place, boolean cut) {

        public Line(String text, Place place) {
            this(text, place, false);
        }
    }

    /** The blocks read, and the lines (or parts) the reader could not place. */
    public record Result(List<Block> blocks, List<ReaderNote> notes) {

        public Result {
            blocks = List.copyOf(blocks);
            notes = List.copyOf(notes);
        }
    }

    private TabbedText() {}

    /** Reads all shapes, wrapped cells included (a text export). */
    public static Result read(List<Line> lines) {
        return read(lines, true);
    }

    /**
     * Reads the lines; {@code joinWrapped} false leaves wrapped-cell joining to a reader that already joined
     * wrapped lines from their geometry (a PDF), where a row's trailing tabs leave no trace.
     */
    public static Result read(List<Line> lines, boolean joinWrapped) {
        List<Block> blocks = new ArrayList<>();
        TableRows table = new TableRows(joinWrapped);
        int i = 0;
        boolean adjacent = false; // the previous line was a row of the current table, no blank line between
        while (i < lines.size()) {
            Line line = lines.get(i);
            String text = line.text();
            if (text.isBlank()) {
                adjacent = false;
                i++;
                continue;
            }
            if (TableRows.isRowPerLine(text)) {
                table.addRowLine(line, adjacent);
                adjacent = true;
                i++;
                continue;
            }
            if (TableRows.isCellLine(text) && adjacent && table.takesCellAsRow()) {
                table.addRowLine(line, true);
                i++;
                continue;
            }
            if (TableRows.isCellLine(text) && table.takesCellLine()) {
                table.addCellLine(line);
                adjacent = true;
                i++;
                continue;
            }
            int next = nextNonBlank(lines, i + 1);
            if (!text.startsWith("\t") && next < lines.size() && TableRows.isCellLine(lines.get(next).text())) {
                table.startCellRow(line);
                adjacent = true;
                i++;
                continue;
            }
            boolean nextIsRow = i + 1 < lines.size() && TableRows.isRowPerLine(lines.get(i + 1).text());
            if (adjacent && table.joinsFragment(line, nextIsRow)) {
                i++;
                continue;
            }
            table.flushInto(blocks);
            adjacent = false;
            String clean = clean(text);
            if (!clean.isEmpty()) {
                String numbering = Numbering.split(stripListMarker(clean)).map(Numbering.Token::token).orElse(null);
                blocks.add(new TextBlock(clean, numbering, false, line.place()));
            }
            i++;
        }
        table.flushInto(blocks);
        return new Result(blocks, table.notes());
    }

    private static int nextNonBlank(List<Line> lines, int from) {
        int j = from;
        while (j < lines.size() && lines.get(j).text().isBlank()) j++;
        return j;
    }

    /** Trims the text and removes residue of the export (Word bookmarks written as {@code [bookmark: _GoBack]}). */
    public static String clean(String s) {
        return s.replaceAll("\\[bookmark: [^\\]]*\\]", "").replace('\u00a0', ' ').replace("\u3000", " ").strip();
    }

    private static String stripListMarker(String text) {
        return text.startsWith("- ") ? text.substring(2) : text;
    }
}
