package org.jixiao.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a stated value came from (来源): the source file, the line (text), page (PDF) or paragraph (DOCX),
 * and the table and cell it sits in. Every field is optional; a value typed into the editor has none.
 */
public record Provenance(String file, Integer line, Integer page, Integer paragraph, String table, String cell) {

    public static Provenance line(int line) {
        return new Provenance(null, line, null, null, null, null);
    }

    public static Provenance cell(String table, String cell, Integer line) {
        return new Provenance(null, line, null, null, table, cell);
    }

    public Provenance withFile(String file) {
        return new Provenance(file, line, page, paragraph, table, cell);
    }

    /** A short Chinese description, e.g. {@code 公开03表 201/基本支出 第152行}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (file != null) parts.add(file);
        if (table != null) parts.add(table);
        if (cell != null) parts.add(cell);
        if (page != null) parts.add("第" + page + "页");
        if (paragraph != null) parts.add("第" + paragraph + "段");
        if (line != null) parts.add("第" + line + "行");
        return String.join(" ", parts);
    }
}
