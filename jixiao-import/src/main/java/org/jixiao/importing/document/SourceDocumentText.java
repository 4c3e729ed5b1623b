package org.jixiao.importing.document;

import java.util.List;

/**
 * A source document read into blocks (原文结构): its file name, the format read, the blocks in order, and what the
 * reader itself left out (a PDF table cell it could not place in a column).
 */
public record SourceDocumentText(String fileName, String format, List<Block> blocks, List<ReaderNote> notes) {

    public SourceDocumentText {
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    public SourceDocumentText(String fileName, String format, List<Block> blocks) {
        this(fileName, format, blocks, List.of());
    }
}
