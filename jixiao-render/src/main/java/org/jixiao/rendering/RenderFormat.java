package org.jixiao.rendering;

/** The formats official documents are rendered in, with their file extensions and media types. */
public enum RenderFormat {
    HTML("html", "text/html; charset=UTF-8"),
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    RenderFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The media type for a {@code Content-Type} header (HTML with its charset, UTF-8). */
    public String mediaType() {
        return mediaType;
    }
}
