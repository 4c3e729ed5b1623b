package org.jixiao.importing.document;

import java.util.Objects;

/** A cell's text (trimmed) with its spans where the source states them (1 when unknown or not merged). */
public record CellText(String text, int colSpan, int rowSpan, Place place) {

    public CellText {
        Objects.requireNonNull(text, "text");
    }

    public static CellText of(String text, Place place) {
        return new CellText(text, 1, 1, place);
    }
}
