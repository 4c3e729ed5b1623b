package org.jixiao.importing.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.importing.document.ReaderNote;
import org.jixiao.importing.document.TabbedText;

/**
 * Rebuilds the tab-separated source lines of a PDF laid out on a {@link TabGrid}: a line wrapped by the layout is
 * joined to the line it continues, and each gap becomes as many tabs as stops it crosses, so a row comes back with
 * its empty cells exactly as the text it was made from. A piece of text off the grid in a row cannot be given a
 * cell: it and the rest of its row are left out, with a note.
 */
final class TabbedLines {

    private final TabGrid grid;
    private final List<TabbedText.Line> lines = new ArrayList<>();
    private final List<ReaderNote> notes = new ArrayList<>();

    private TabbedLines(TabGrid grid) {
        this.grid = grid;
    }

    /** The rebuilt lines in order, and a note for each row cut short. */
    record Result(List<TabbedText.Line> lines, List<ReaderNote> notes) {}

    static Result rebuild(TabGrid grid, List<PageLine> pageLines) {
        TabbedLines rebuilt = new TabbedLines(grid);
        rebuilt.run(pageLines);
        return new Result(rebuilt.lines, rebuilt.notes);
    }

    private void run(List<PageLine> pageLines) {
        StringBuilder text = null;
        PageLine first = null;
        PageLine previous = null;
        boolean cut = false;
        for (PageLine line : pageLines) {
            boolean continues = previous != null && grid.wraps(previous, line);
            if (!continues) {
                if (text != null) lines.add(new TabbedText.Line(text.toString(), first.place(), cut));
                text = new StringBuilder();
                first = line;
                cut = false;
            }
            if (!cut) cut = !append(text, line, continues);
            previous = line;
        }
        if (text != null) lines.add(new TabbedText.Line(text.toString(), first.place(), cut));
        keepShortLinesInTables();
    }

    /**
     * A short line without tabs between two rows was a row whose other cells were empty (a trailing tab leaves no
     * trace in the PDF: {@code 项目总实施期:2021年度⇥}); it stays in its table, as in the text. So does a lone 合计 or
     * 总计 right after a row (the total row of an empty table).
     */
    private void keepShortLinesInTables() {
        for (int i = 1; i < lines.size(); i++) {
            TabbedText.Line line = lines.get(i);
            if (line.text().contains("\t") || line.text().length() > 20 || !isRow(lines.get(i - 1))) continue;
            if ((i + 1 < lines.size() && isRow(lines.get(i + 1))) || line.text().strip().matches("合计|总计")) {
                lines.set(i, new TabbedText.Line(line.text() + "\t", line.place(), line.cut()));
            }
        }
    }

    private static boolean isRow(TabbedText.Line line) {
        return line.text().replaceFirst("^\t+", "").contains("\t");
    }

    /** Appends a physical line's pieces with their tabs; false when a piece is off the grid (the rest is left out). */
    private boolean append(StringBuilder text, PageLine line, boolean continues) {
        List<Chunk> chunks = line.chunks();
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            boolean single = chunks.size() == 1 && !continues;
            if (!grid.onStop(c.x())) {
                // A paragraph may be indented or centred; only a piece inside a row needs a cell.
                if (single) {
                    text.append(c.text());
                    return true;
                }
                notes.add(new ReaderNote(line.place(), "第" + line.page() + "页第" + line.line() + "行“" + abbreviate(c.text())
                        + "”起的内容不在制表位上，无法确定所在的列，未导入（这些单元格不核查）"));
                return false;
            }
            int tabs = i == 0 ? grid.stop(c.x()) : grid.tabsBetween(chunks.get(i - 1).end(), grid.stop(c.x()));
            if (i == 0 && continues && tabs == 0) {
                // A cell or paragraph wrapped inside its text: no tab was lost; a Latin word break was a space.
                if (!text.isEmpty() && isLatin(text.charAt(text.length() - 1)) && isLatin(c.text().charAt(0))) text.append(' ');
            }
            text.append("\t".repeat(Math.max(tabs, 0))).append(c.text());
        }
        return true;
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    private static String abbreviate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }
}
