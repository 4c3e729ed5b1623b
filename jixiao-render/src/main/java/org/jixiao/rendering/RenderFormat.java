package org.jixiao.rendering;

/** The formats official documents are rendered in, with their file extensions. */
public enum RenderFormat {
    HTML("html"), PDF("pdf"), DOCX("docx"), XLSX("xlsx");

    private final String extension;

    RenderFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
