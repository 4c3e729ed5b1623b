package org.jixiao.rendering;

import java.util.List;

/**
 * One block of a laid-out document (版式块): the format-neutral form every renderer walks, so HTML, PDF, DOCX
 * and XLSX show the same headings, sentences and tables in the same order.
 */
sealed interface Block {

    /** A heading: level 0 is the document title (二号), 1 a part (第一部分, 三号黑体), 2 and deeper a section. */
    record Heading(int level, String text) implements Block {}

    /** A paragraph of body text (三号仿宋); {@code style} says how it is placed. */
    record Text(String text, Style style) implements Block {
        static Text body(String text) {
            return new Text(text, Style.BODY);
        }
    }

    /** Where a paragraph is placed. */
    enum Style { BODY, CENTER, RIGHT, NOTE, CONTENTS }

    /** A page break (cover, contents and each table start a page). */
    record PageBreak() implements Block {}

    /**
     * A table with its number (公开01表), title, unit label (金额单位：万元), header rows (repeated on every page),
     * body rows, notes and the empty-table sentence. {@code sheetName} names its XLSX sheet.
     */
    record Table(String sheetName, String number, String title, String unitLabel, List<List<Cell>> header,
                 List<List<Cell>> body, List<String> notes, String emptyStatement, int columns) implements Block {
        public Table {
            header = List.copyOf(header);
            body = List.copyOf(body);
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }
}
