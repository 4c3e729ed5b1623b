package org.jixiao.importing;

import java.util.Locale;

/** The formats the importer reads, named as in {@code source.format} of the JSON model. */
public enum DocumentFormat {
    TXT("txt"), DOCX("docx"), XLSX("xlsx"), PDF("pdf");

    private final String label;

    DocumentFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The format a file name announces; anything else is read as text (and refused if it is binary). */
    static DocumentFormat fromFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx")) return DOCX;
        if (lower.endsWith(".xlsx")) return XLSX;
        if (lower.endsWith(".pdf")) return PDF;
        return TXT;
    }
}
