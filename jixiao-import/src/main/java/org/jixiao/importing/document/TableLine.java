package org.jixiao.importing.document;

import java.util.List;

/**
 * One table row. Merged cells are expanded as in a text export: the merged text sits in the first position
 * and the positions it covers follow as empty cells, so a column index means the same in every row.
 */
public record TableLine(List<CellText> cells, Place place) {

    public TableLine {
        cells = List.copyOf(cells);
    }

    /** The text of cell {@code i}, or "" beyond the end. */
    public String text(int i) {
        return i >= 0 && i < cells.size() ? cells.get(i).text() : "";
    }

    public int size() {
        return cells.size();
    }

    public Place placeOf(int i) {
        return i >= 0 && i < cells.size() && cells.get(i).place() != null ? cells.get(i).place() : place;
    }
}
