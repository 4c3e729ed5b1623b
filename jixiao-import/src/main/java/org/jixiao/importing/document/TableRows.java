package org.jixiao.importing.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rows of one text table (文本表格) as its lines arrive, in any of the shapes {@link TabbedText} reads; the rules
 * are listed in docs/importing.md (Formats and shapes).
 *
 * <p>Cell per line: a cell line with {@code k} leading tabs lands {@code k} columns after the row's last cell, unless
 * it starts a new row at column {@code k}: a row label (合计, 总计, 总分, 其中…, a weighted 一级指标); after a row
 * holding a number, a 二级指标 name, a cell beyond the widest other row, or text after a skipped column; a label
 * under a label; a sentence under a row of labels.
 *
 * <p>Wrapped cells (text exports only): a row line ending on a text cell, without a trailing tab, narrower than the
 * table is open, and the next lines may continue its last cell and bring the rest of the row, or bring the amounts
 * of a coded row; an open row that nothing continues is cut, its other cells unknown (not blank). A short line
 * without tabs or digits between two rows continues the row's name cell, or is left out with a note when the row
 * has several text cells.
 */
final class TableRows {

    private static final Pattern CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
    private static final Pattern WEIGHTED_LEVEL1 = Pattern.compile(".*指标[(（]\\d+分[)）]");
    private static final Pattern NUMBER = Pattern.compile("[-−]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?\\s*(%|万元|元)?");
    /** A number as an indicator value prints it: a comparator, digits and a short unit ({@code ≥90%}, {@code 710 万元}). */
    private static final Pattern VALUE = Pattern.compile("[≥≤<>=＞＜]?\\s*[-−]?[\\d,]+(\\.\\d+)?\\s*[^\\d\\s]{0,3}");
    private static final Pattern LEVEL2 = Pattern.compile("[^\\d]{2,8}指标");
    private static final Set<String> HEADER_WORDS = Set.of("绩效指标", "一级指标", "二级指标", "三级指标");
    private static final Pattern SENTENCE = Pattern.compile("[。；;：:！？!?]");

    private final boolean joinWrapped;
    private final List<Row> rows = new ArrayList<>();
    private final List<ReaderNote> notes = new ArrayList<>();

    TableRows(boolean joinWrapped) {
        this.joinWrapped = joinWrapped;
    }

    /** A row being assembled; {@code width} counts the cells of its source line(s), trailing empty ones included. */
    private static final class Row {
        final List<CellText> cells = new ArrayList<>();
        final Place place;
        final boolean cellPerLine;
        boolean cut;
        boolean endsInText;
        int width;

        Row(Place place, boolean cellPerLine) {
            this.place = place;
            this.cellPerLine = cellPerLine;
        }

        String text(int i) {
            return i >= 0 && i < cells.size() ? cells.get(i).text() : "";
        }

        boolean hasNumber() {
            return cells.stream().anyMatch(c -> isNumber(c.text()));
        }

        void append(int index, String more) {
            CellText cell = cells.get(index);
            cells.set(index, new CellText(join(cell.text(), more), cell.colSpan(), cell.rowSpan(), cell.place()));
        }

        TableLine toLine() {
            List<CellText> kept = new ArrayList<>(cells);
            while (!kept.isEmpty() && kept.get(kept.size() - 1).text().isEmpty()) kept.remove(kept.size() - 1);
            return new TableLine(kept, place, Set.of(), cut);
        }
    }

    /** A line with at least two cells, i.e. a tab with text on some side of it, that is not a lone cell line. */
    static boolean isRowPerLine(String line) {
        String stripped = line.replaceFirst("^\t+", "");
        return stripped.contains("\t") || (!line.startsWith("\t") && line.contains("\t"));
    }

    /** One cell after leading tabs. */
    static boolean isCellLine(String line) {
        return line.startsWith("\t") && !line.replaceFirst("^\t+", "").contains("\t") && !line.isBlank();
    }

    /** Whether a cell line continues the table: the last row was assembled cell by cell. */
    boolean takesCellLine() {
        return !rows.isEmpty() && last().cellPerLine;
    }

    /**
     * Whether a lone cell after tabs, right after a row of a row-per-line table, is a row of its own (its other
     * cells empty, or following on the next line when it ends a wrapped cell).
     */
    boolean takesCellAsRow() {
        return joinWrapped && !rows.isEmpty() && !last().cellPerLine;
    }

    void addRowLine(TabbedText.Line line, boolean adjacent) {
        String[] parts = line.text().split("\t", -1);
        String tail = TabbedText.clean(parts[parts.length - 1]);
        boolean endsInText = !tail.isEmpty() && !isNumber(tail);
        if (adjacent && isOpen() && continuesWithAmounts(parts, line)) return;
        if (joinWrapped && adjacent && isOpen() && !line.text().startsWith("\t")) {
            Row row = last();
            String first = TabbedText.clean(parts[0]);
            if (!first.isEmpty() && !isRowKey(first) && !isNumber(first) && row.width + parts.length - 1 <= widthBesides(row)) {
                row.append(row.cells.size() - 1, first);
                for (int p = 1; p < parts.length; p++) row.cells.add(CellText.of(TabbedText.clean(parts[p]), line.place()));
                row.width += parts.length - 1;
                row.endsInText = endsInText;
                row.cut |= line.cut();
                return;
            }
        }
        closeOpenRow();
        Row row = new Row(line.place(), false);
        for (String p : parts) row.cells.add(CellText.of(TabbedText.clean(p), line.place()));
        row.width = parts.length;
        row.endsInText = endsInText;
        row.cut = line.cut();
        rows.add(row);
    }

    /**
     * The amounts of an open row with a 科目编码 printed on the next line, after a tab or not: a name never ends with
     * an amount, so they are the row's next cells. Only when every cell of the line is an amount and the row still
     * fits in the table.
     */
    private boolean continuesWithAmounts(String[] parts, TabbedText.Line line) {
        Row row = last();
        if (row.cells.stream().noneMatch(c -> CODE.matcher(c.text()).matches())) return false;
        int from = TabbedText.clean(parts[0]).isEmpty() ? 1 : 0;
        boolean any = false;
        for (int p = from; p < parts.length; p++) {
            String cell = TabbedText.clean(parts[p]);
            if (!cell.isEmpty() && !isNumber(cell)) return false;
            any |= !cell.isEmpty();
        }
        if (!any) return false;
        if (row.width + parts.length - from > widthBesides(row)) return false;
        for (int p = from; p < parts.length; p++) row.cells.add(CellText.of(TabbedText.clean(parts[p]), line.place()));
        row.width += parts.length - from;
        row.endsInText = false;
        row.cut |= line.cut();
        return true;
    }

    void startCellRow(TabbedText.Line line) {
        closeOpenRow();
        Row row = new Row(line.place(), true);
        row.cells.add(CellText.of(TabbedText.clean(line.text()), line.place()));
        row.width = 1;
        rows.add(row);
    }

    void addCellLine(TabbedText.Line line) {
        String raw = line.text();
        int tabs = 0;
        while (tabs < raw.length() && raw.charAt(tabs) == '\t') tabs++;
        String text = TabbedText.clean(raw.substring(tabs));
        Row row = last();
        int column = row.cells.size() - 1 + tabs;
        int width = widthBesides(row);
        boolean newRow = isRowLabel(text) || (row.hasNumber() && (isLevel2(text) || width > 0 && column >= width || textAfterGap(row, tabs, column, text)))
                || labelUnderLabel(row, tabs, column, text) || sentenceUnderLabel(row, tabs, text);
        if (newRow) {
            row = new Row(line.place(), true);
            for (int k = 0; k < tabs; k++) row.cells.add(CellText.of("", line.place()));
            rows.add(row);
        } else {
            for (int k = 1; k < tabs; k++) row.cells.add(CellText.of("", line.place()));
        }
        row.cells.add(CellText.of(text, line.place()));
        row.width = row.cells.size();
    }

    /**
     * Joins a line without tabs to the row above when it continues a wrapped cell; false when it does not look
     * like a fragment (then it is a paragraph). A fragment whose cell cannot be told is left out with a note.
     */
    boolean joinsFragment(TabbedText.Line line, boolean nextIsRow) {
        if (!joinWrapped || rows.isEmpty() || last().cellPerLine || line.text().startsWith("\t")) return false;
        String text = TabbedText.clean(line.text());
        if (!isFragment(text)) return false;
        Row row = last();
        if (isOpen()) {
            row.append(row.cells.size() - 1, text);
            return true;
        }
        if (!nextIsRow) return false;
        int name = nameCell(row);
        if (name < 0) {
            notes.add(new ReaderNote(line.place(), "第" + line.place().line() + "行“" + text
                    + "”像是上一行某格折行的文字，但上一行有多个文字格，无法确定属于哪一格，未导入"));
        } else {
            row.append(name, text);
        }
        return true;
    }

    void flushInto(List<Block> blocks) {
        if (rows.isEmpty()) return;
        closeOpenRow();
        List<TableLine> lines = rows.stream().map(Row::toLine).toList();
        blocks.add(new TableBlock(null, lines, lines.get(0).place()));
        rows.clear();
    }

    List<ReaderNote> notes() {
        return notes;
    }

    /**
     * An open row that no line continued stops short of the table: what its other cells hold is not known, so they
     * are unknown (not blank, which reads as 0.00); a row with a 科目编码 gets a note, its amounts are missing.
     */
    private void closeOpenRow() {
        if (!isOpen()) return;
        Row row = last();
        row.cut = true;
        row.endsInText = false;
        if (row.cells.stream().anyMatch(c -> CODE.matcher(c.text()).matches())) {
            notes.add(new ReaderNote(row.place, "第" + row.place.line() + "行在“" + row.text(row.cells.size() - 1)
                    + "”处断开（折行），下一行接不上，其后的单元格无法确定，未导入（这些单元格不核查）"));
        }
    }

    private Row last() {
        return rows.get(rows.size() - 1);
    }

    /** The last row stopped after a text cell, with no trailing tab, before reaching the table's width. */
    private boolean isOpen() {
        if (!joinWrapped || rows.isEmpty()) return false;
        Row row = last();
        return !row.cellPerLine && row.endsInText && row.width < widthBesides(row);
    }

    private int widthBesides(Row row) {
        int width = 0;
        for (Row r : rows) if (r != row) width = Math.max(width, r.width);
        return width;
    }

    /**
     * A text landing under a number of the previous row while column {@code k} holds a label in that row and in
     * this one: the label of the next row (合计 | 其中：当年财政拨款 | 其他资金).
     */
    private boolean labelUnderLabel(Row row, int k, int column, String text) {
        int index = rows.indexOf(row);
        if (index < 1 || isNumber(text)) return false;
        Row previous = rows.get(index - 1);
        String atK = previous.text(k);
        return isNumber(previous.text(column)) && !atK.isEmpty() && !isNumber(atK) && isText(row.text(k));
    }

    /**
     * Text after the row's last number that skips a column (an empty cell between) where the previous row has
     * nothing: a row one column short, as 自评表 exports print them, followed by the next row's indicator.
     */
    private boolean textAfterGap(Row row, int k, int column, String text) {
        int index = rows.indexOf(row);
        if (k < 2 || isNumber(text) || !isNumber(row.text(row.cells.size() - 1)) || index < 1) return false;
        return rows.get(index - 1).text(column).isEmpty();
    }

    /** A 二级指标 name (数量指标, 社会效益指标 …), not a header word: it begins a row after a row of values. */
    private static boolean isLevel2(String text) {
        String t = text.replaceAll("\\s", "");
        return LEVEL2.matcher(t).matches() && !HEADER_WORDS.contains(t);
    }

    /**
     * A sentence after a row of labels that starts at the first column, at the column of one of them: the row
     * below those labels (年度总体目标 | 预期目标 | 实际完成情况, then the goals).
     */
    private static boolean sentenceUnderLabel(Row row, int k, String text) {
        boolean sentence = !isNumber(text) && (text.length() > 20 || text.matches(".*[，。；].*"));
        return sentence && !row.hasNumber() && isText(row.text(0)) && k < row.cells.size() && isText(row.text(k));
    }

    /** The row's name cell: the text after a 科目编码, else its only text cell; -1 when there is none or several. */
    private static int nameCell(Row row) {
        for (int i = 0; i + 1 < row.cells.size(); i++) {
            if (CODE.matcher(row.text(i)).matches() && isText(row.text(i + 1))) return i + 1;
        }
        int found = -1;
        for (int i = 0; i < row.cells.size(); i++) {
            if (!isText(row.text(i))) continue;
            if (found >= 0) return -1;
            found = i;
        }
        return found;
    }

    private static boolean isText(String s) {
        return !s.isEmpty() && !VALUE.matcher(s).matches() && !CODE.matcher(s).matches();
    }

    static boolean isNumber(String s) {
        return NUMBER.matcher(s.strip()).matches();
    }

    /** A cell that begins a row: a 科目编码 or a {@linkplain #isRowLabel row label}. */
    static boolean isRowKey(String s) {
        return CODE.matcher(s.strip()).matches() || isRowLabel(s);
    }

    /**
     * A label that begins a row wherever it stands: a total (not 小计, a column header too), 其中…, or a 一级指标 with
     * its weight. A code after tabs does not (公开06表 prints three codes in a row; a score of 100 looks like one).
     */
    static boolean isRowLabel(String s) {
        String t = s.replaceAll("\\s", "");
        return t.equals("合计") || t.equals("总计")  || t.equals("总分")
                || t.startsWith("其中") || WEIGHTED_LEVEL1.matcher(t).matches();
    }

    /** Short text with no digit, no sentence punctuation, numbering, note or title shape. */
    private static boolean isFragment(String t) {
        return !t.isEmpty() && t.length() <= 40 && t.chars().noneMatch(Character::isDigit) && !SENTENCE.matcher(t).find()
                && !isRowKey(t) && !t.endsWith("表") && !t.startsWith("注") && !t.startsWith("备注") && !t.startsWith("- ")
                && !t.matches("第.{1,3}部分.*") && Numbering.split(t).isEmpty();
    }

    /** Joins wrapped text: directly between ideographs or full-width punctuation, with a space between Latin words. */
    private static String join(String a, String b) {
        if (a.isEmpty()) return b;
        boolean latin = a.charAt(a.length() - 1) < 0x2E80 && b.charAt(0) < 0x2E80;
        return latin ? a + " " + b : a + b;
    }
}
