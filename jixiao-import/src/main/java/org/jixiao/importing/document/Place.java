package org.jixiao.importing.document;

import org.jixiao.shared.Provenance;

/**
 * Where a block, row or cell sits in the source: line (text), page (PDF), paragraph or body element (DOCX),
 * and a cell address ({@code 公开01表!C7} for XLSX, {@code 表格2 第5行第3列} for DOCX).
 */
public record Place(Integer line, Integer page, Integer paragraph, String cell) {

    public static Place line(int line) {
        return new Place(line, null, null, null);
    }

    public static Place page(int page, int line) {
        return new Place(line, page, null, null);
    }

    public static Place paragraph(int paragraph) {
        return new Place(null, null, paragraph, null);
    }

    public static Place cell(Integer paragraph, String cell) {
        return new Place(null, null, paragraph, cell);
    }

    public Provenance toProvenance(String file) {
        return new Provenance(file, line, page, paragraph, null, cell);
    }
}
