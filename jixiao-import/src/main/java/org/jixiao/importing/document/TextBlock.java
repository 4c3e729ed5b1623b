package org.jixiao.importing.document;

import java.util.Objects;

/**
 * A heading or paragraph: its text as written (numbering included), the numbering token the document gives it
 * ({@code 一、}, {@code （一）}, {@code 1.}, {@code ①}, or from Word's list numbering), and whether the source
 * marks it as a heading (a DOCX heading style); text sources leave that to the mapping.
 */
public record TextBlock(String text, String numbering, boolean styledHeading, Place place) implements Block {

    public TextBlock {
        Objects.requireNonNull(text, "text");
    }
}
