package org.jixiao.importing.document;

import java.util.List;

/** A source document read into blocks (原文结构): its file name, the format read and the blocks in order. */
public record SourceDocumentText(String fileName, String format, List<Block> blocks) {

    public SourceDocumentText {
        blocks = List.copyOf(blocks);
    }
}
