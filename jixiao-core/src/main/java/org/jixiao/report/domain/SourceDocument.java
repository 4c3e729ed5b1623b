package org.jixiao.report.domain;

/**
 * The document a report was read from: file name, format ({@code txt}, {@code docx}, {@code xlsx},
 * {@code pdf}, {@code json}) and SHA-256 of its bytes. Absent for reports entered in the editor.
 */
public record SourceDocument(String file, String format, String sha256) {
}
