package org.jixiao.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Seed 004's text rewritten line by line in the shapes other exports use (docs/importing.md, Formats and shapes):
 * one cell per line, cells wrapped onto further lines, amounts printed with 万元. Lines are named by their number in
 * the seed, so edits do not shift each other. jixiao-cli's CrossFormatCheckTests keeps a copy for its check.
 */
public final class TextShapes {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(,\\d{3})+\\.\\d{2}|\\d+\\.\\d{2}");

    private final String[] lines;

    private TextShapes(List<String> lines) {
        this.lines = lines.toArray(String[]::new);
    }

    public static TextShapes of(Path file) throws IOException {
        return new TextShapes(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static TextShapes seed004() throws IOException {
        return of(Seeds.path(Seeds.SEED_004));
    }

    /** Lines {@code from}–{@code to} one cell per line: each non-empty cell after the tabs that preceded it in the row. */
    TextShapes cellPerLine(int from, int to) {
        for (int n = from; n <= to; n++) {
            String[] cells = line(n).split("\t", -1);
            StringBuilder s = new StringBuilder();
            int previous = 0;
            boolean first = true;
            for (int c = 0; c < cells.length; c++) {
                if (cells[c].isEmpty()) continue;
                if (!first) s.append('\n');
                s.append("\t".repeat(c - previous)).append(cells[c]);
                previous = c;
                first = false;
            }
            lines[n - 1] = s.toString();
        }
        return this;
    }

    /** Breaks cell {@code cell} of line {@code n} after {@code keep} characters; the rest of the row follows the break. */
    TextShapes wrapInRow(int n, int cell, int keep) {
        String[] cells = line(n).split("\t", -1);
        lines[n - 1] = String.join("\t", List.of(cells).subList(0, cell)) + (cell > 0 ? "\t" : "") + cells[cell].substring(0, keep) + "\n"
                + cells[cell].substring(keep) + tail(cells, cell);
        return this;
    }

    /** Breaks cell {@code cell} of line {@code n} after {@code keep} characters; the rest of its text alone on the next line. */
    TextShapes wrapAfterRow(int n, int cell, int keep) {
        String[] cells = line(n).split("\t", -1);
        String rest = cells[cell].substring(keep);
        cells[cell] = cells[cell].substring(0, keep);
        lines[n - 1] = String.join("\t", cells) + "\n" + rest;
        return this;
    }

    /** Spreads the row over three lines: cell {@code cell} broken after {@code first} and after {@code second} characters. */
    TextShapes wrapOverThreeLines(int n, int cell, int first, int second) {
        String[] cells = line(n).split("\t", -1);
        String text = cells[cell];
        lines[n - 1] = String.join("\t", List.of(cells).subList(0, cell)) + "\t" + text.substring(0, first) + "\n"
                + text.substring(first, second) + "\n" + text.substring(second) + tail(cells, cell);
        return this;
    }

    /** Breaks line {@code n} before cell {@code cell}: the rest of the row on the next line, after a tab when {@code tab}. */
    TextShapes breakBefore(int n, int cell, boolean tab) {
        String[] cells = line(n).split("\t", -1);
        lines[n - 1] = String.join("\t", List.of(cells).subList(0, cell)) + "\n" + (tab ? "\t" : "")
                + String.join("\t", List.of(cells).subList(cell, cells.length));
        return this;
    }

    /** Prints every amount of lines {@code from}–{@code to} with 万元, without thousands separators when {@code plain}. */
    TextShapes amountsInWanYuan(int from, int to, boolean plain) {
        for (int n = from; n <= to; n++) {
            String[] cells = line(n).split("\t", -1);
            for (int c = 0; c < cells.length; c++) {
                if (AMOUNT.matcher(cells[c]).matches()) cells[c] = (plain ? cells[c].replace(",", "") : cells[c]) + "万元";
            }
            lines[n - 1] = String.join("\t", cells);
        }
        return this;
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }

    /**
     * Seed 004 in every shape at once, for end-to-end tests elsewhere (jixiao-cli's CrossFormatCheckTests): 公开02/05表
     * and the 整体 自评表 one cell per line, 公开03表 wrapped and broken before its amounts, with 万元 amounts, 三级指标
     * names wrapped.
     */
    public TextShapes allShapesOfSeed004() {
        return cellPerLine(129, 148).cellPerLine(237, 253).cellPerLine(579, 598).amountsInWanYuan(159, 178, true)
                .wrapInRow(167, 1, 12).wrapAfterRow(164, 1, 8).breakBefore(176, 2, false).wrapAfterRow(618, 3, 4).wrapInRow(622, 3, 5);
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    private String line(int n) {
        if (lines[n - 1].contains("\n")) throw new IllegalStateException("line " + n + " was rewritten already");
        return lines[n - 1];
    }

    private static String tail(String[] cells, int cell) {
        StringBuilder s = new StringBuilder();
        for (int c = cell + 1; c < cells.length; c++) s.append('\t').append(cells[c]);
        return s.toString();
    }
}
