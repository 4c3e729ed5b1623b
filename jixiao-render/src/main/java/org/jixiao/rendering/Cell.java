package org.jixiao.rendering;

import java.math.BigDecimal;

/**
 * One table cell as laid out: its text as printed, its spans, what kind of value it holds, the number behind
 * an amount or rate (for XLSX), an id other cells' formulas refer to, and the formula that computes it.
 */
record Cell(String text, int colSpan, int rowSpan, Kind kind, BigDecimal number, String id, Formula formula, String numberFormat) {

    /** What a cell holds: a header or label, a code, an amount (万元), a rate or score, or free text. */
    enum Kind { HEADER, LABEL, CODE, AMOUNT, NUMBER, TEXT }

    static Cell header(String text) {
        return new Cell(text, 1, 1, Kind.HEADER, null, null, null, null);
    }

    static Cell label(String text) {
        return new Cell(text == null ? "" : text, 1, 1, Kind.LABEL, null, null, null, null);
    }

    static Cell code(String text) {
        return new Cell(text, 1, 1, Kind.CODE, null, null, null, null);
    }

    static Cell text(String text) {
        return new Cell(text == null ? "" : text, 1, 1, Kind.TEXT, null, null, null, null);
    }

    static Cell empty() {
        return label("");
    }

    Cell span(int columns) {
        return new Cell(text, columns, rowSpan, kind, number, id, formula, numberFormat);
    }

    Cell rows(int rows) {
        return new Cell(text, colSpan, rows, kind, number, id, formula, numberFormat);
    }

    Cell withId(String newId) {
        return new Cell(text, colSpan, rowSpan, kind, number, newId, formula, numberFormat);
    }

    Cell withFormula(Formula f) {
        return new Cell(text, colSpan, rowSpan, kind, number, id, f, numberFormat);
    }

    boolean isNumeric() {
        return number != null;
    }
}
