package org.jixiao.importing.document;

import java.util.List;
import java.util.Set;

/**
 * One table row. Merged cells are expanded as in a text export: the merged text sits in the first position
 * and the positions it covers follow as empty cells, so a column index means the same in every row.
 *
 * <p>A reader that could not place some cells (a PDF) marks them unknown: {@code unknown} lists their positions
 * and {@code cut} says that every position from {@code size()} on is unknown too (the rest of the row was left
 * out). An unknown cell is not blank: blank reads as 0.00, unknown is not stated, so no rule checks it.
 */
public record TableLine(List<CellText> cells, Place place, Set<Integer> unknown, boolean cut) {

    public TableLine {
        cells = List.copyOf(cells);
        unknown = Set.copyOf(unknown);
    }

    public TableLine(List<CellText> cells, Place place) {
        this(cells, place, Set.of(), false);
    }

    /** The text of cell {@code i}, or "" beyond the end. */
    public String text(int i) {
        return i >= 0 && i < cells.size() ? cells.get(i).text() : "";
    }

    /** Whether cell {@code i} could not be placed by the reader (not stated, as opposed to blank). */
    public boolean isUnknown(int i) {
        return unknown.contains(i) || (cut && i >= cells.size());
    }

    public int size() {
        return cells.size();
    }

    public Place placeOf(int i) {
        return i >= 0 && i < cells.size() && cells.get(i).place() != null ? cells.get(i).place() : place;
    }
}
