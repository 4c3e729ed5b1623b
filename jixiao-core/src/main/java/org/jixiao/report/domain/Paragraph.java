package org.jixiao.report.domain;

import java.util.Objects;
import org.jixiao.shared.Provenance;

/** One paragraph of narrative text with where it came from. */
public record Paragraph(String text, Provenance at) {

    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
