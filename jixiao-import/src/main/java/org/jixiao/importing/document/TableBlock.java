package org.jixiao.importing.document;

import java.util.List;

/** A table: a caption when the source gives one (an XLSX sheet name), and its rows in order. */
public record TableBlock(String caption, List<TableLine> rows, Place place) implements Block {

    public TableBlock {
        rows = List.copyOf(rows);
    }
}
