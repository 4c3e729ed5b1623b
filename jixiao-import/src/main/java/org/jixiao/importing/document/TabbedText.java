package org.jixiao.importing.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns lines of tab-separated text (制表符分隔的文本) into blocks, for every reader whose source is, or is rebuilt
 * as, such lines: plain text, and a PDF whose rows were laid out with tabs.
 *
 * <p>Tables come in two shapes. Row per line: cells separated by tabs, merged or empty cells leaving runs of
 * tabs (seed 004); blank lines inside a table are skipped. Cell per line: a row starts at a line without a
 * leading tab, and each following line that starts with tabs is the next cell — {@code k} leading tabs put
 * {@code k − 1} empty cells before it. Other lines are paragraphs.
 */
public final class TabbedText {

    /** One source line: its text with tabs, where it is, and whether the reader cut it short (the rest is unknown). */
    public record Line(String text, Place place, boolean cut) {

        public Line(String text, Place place) {
            this(text, place, false);
        }
    }

    private TabbedText() {}

    public static List<Block> blocks(List<Line> lines) {
        List<Block> blocks = new ArrayList<>();
        List<TableLine> table = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i).text();
            Place place = lines.get(i).place();
            if (line.isBlank()) {
                i++;
                continue;
            }
            if (isRowPerLine(line)) {
                table.add(new TableLine(cells(line.split("\t", -1), place), place, java.util.Set.of(), lines.get(i).cut()));
                i++;
                continue;
            }
            int next = nextNonBlank(lines, i + 1);
            if (!line.startsWith("\t") && next < lines.size() && isContinuation(lines.get(next).text())) {
                List<CellText> cells = new ArrayList<>();
                cells.add(CellText.of(clean(line), place));
                int j = next;
                while (j < lines.size() && isContinuation(lines.get(j).text())) {
                    String cell = lines.get(j).text();
                    int tabs = 0;
                    while (tabs < cell.length() && cell.charAt(tabs) == '\t') tabs++;
                    for (int k = 1; k < tabs; k++) cells.add(CellText.of("", lines.get(j).place()));
                    cells.add(CellText.of(clean(cell.substring(tabs)), lines.get(j).place()));
                    j = nextNonBlank(lines, j + 1);
                }
                table.add(new TableLine(cells, place));
                i = j;
                continue;
            }
            flush(blocks, table);
            String text = clean(line);
            if (!text.isEmpty()) {
                String numbering = Numbering.split(stripListMarker(text)).map(Numbering.Token::token).orElse(null);
                blocks.add(new TextBlock(text, numbering, false, place));
            }
            i++;
        }
        flush(blocks, table);
        return blocks;
    }

    /** A line with at least two cells, i.e. a tab with text on some side of it, that is not a lone continuation cell. */
    private static boolean isRowPerLine(String line) {
        String stripped = line.replaceFirst("^\t+", "");
        return stripped.contains("\t") || (!line.startsWith("\t") && line.contains("\t"));
    }

    private static boolean isContinuation(String line) {
        return line.startsWith("\t") && !line.replaceFirst("^\t+", "").contains("\t") && !line.isBlank();
    }

    private static int nextNonBlank(List<Line> lines, int from) {
        int j = from;
        while (j < lines.size() && lines.get(j).text().isBlank()) j++;
        return j;
    }

    private static List<CellText> cells(String[] parts, Place place) {
        List<CellText> cells = new ArrayList<>(parts.length);
        for (String p : parts) cells.add(CellText.of(clean(p), place));
        while (!cells.isEmpty() && cells.get(cells.size() - 1).text().isEmpty()) cells.remove(cells.size() - 1);
        return cells;
    }

    private static void flush(List<Block> blocks, List<TableLine> table) {
        if (table.isEmpty()) return;
        blocks.add(new TableBlock(null, table, table.get(0).place()));
        table.clear();
    }

    /** Trims the text and removes residue of the export (Word bookmarks written as {@code [bookmark: _GoBack]}). */
    public static String clean(String s) {
        return s.replaceAll("\\[bookmark: [^\\]]*\\]", "").replace('\u00a0', ' ').replace("\u3000", " ").strip();
    }

    private static String stripListMarker(String text) {
        return text.startsWith("- ") ? text.substring(2) : text;
    }
}
