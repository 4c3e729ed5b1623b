package org.jixiao.report.domain;

import java.util.List;
import org.jixiao.shared.Provenance;

/**
 * A narrative section: its heading as written, the numbering token ({@code 一、}, {@code （一）}, {@code 1、},
 * {@code (1)}, {@code ①}), its nesting level (1 = top), which document part it belongs to, and its paragraphs.
 * Headings that the document does not number have a null numbering.
 */
public record Section(String part, String numbering, String heading, int level, List<Paragraph> paragraphs, Provenance at) {

    public Section {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }
}
