package org.jixiao.importing.document;

/** A heading, paragraph or table of the source, in document order. */
public sealed interface Block permits TextBlock, TableBlock {
    Place place();
}
