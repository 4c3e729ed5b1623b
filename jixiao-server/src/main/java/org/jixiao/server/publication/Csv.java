package org.jixiao.server.publication;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV for Excel and for machines: UTF-8 with a byte-order mark (so Excel reads the Chinese), CRLF line ends,
 * RFC 4180 quoting, and text cells that a spreadsheet would run as a formula ({@code = + - @}, tab, CR at the
 * start) prefixed with an apostrophe (CSV injection).
 */
final class Csv {

    private final StringBuilder out = new StringBuilder(8192).append('\uFEFF');

    /** A line of text cells (each protected against formula injection). */
    Csv text(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            out.append(quote(defuse(cells.get(i))));
        }
        out.append("\r\n");
        return this;
    }

    /** A line whose cells are each text (defused) or, for a {@link java.math.BigDecimal}, a plain number. */
    Csv line(List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            Object cell = cells.get(i);
            if (cell instanceof java.math.BigDecimal number) out.append(number.toPlainString());
            else if (cell instanceof Number number) out.append(number);
            else out.append(quote(defuse(cell == null ? "" : cell.toString())));
        }
        out.append("\r\n");
        return this;
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String defuse(String cell) {
        if (cell == null || cell.isEmpty()) return "";
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + cell : cell;
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) return cell;
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
