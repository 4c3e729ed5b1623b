package org.jixiao.rendering;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each cell of a table sits on the grid (HTML's table model): column positions after spans from the
 * left and from rows above. DOCX and XLSX need absolute positions; HTML does not.
 */
final class GridPlacement {

    /** A cell at its grid position. */
    record Placed(Cell cell, int row, int column) {}

    /** A grid position covered by a cell that starts above it (a vertical merge continuation). */
    record Covered(Cell origin, int originRow, int column) {}

    private final List<List<Object>> grid = new ArrayList<>();
    private final List<Placed> placed = new ArrayList<>();
    private final int columns;

    GridPlacement(List<List<Cell>> rows, int columns) {
        this.columns = columns;
        for (int r = 0; r < rows.size(); r++) {
            ensure(r);
            int c = 0;
            for (Cell cell : rows.get(r)) {
                while (c < columns && grid.get(r).get(c) != null) c += spanAt(r, c);
                if (c >= columns) break;
                placed.add(new Placed(cell, r, c));
                for (int dr = 0; dr < cell.rowSpan(); dr++) {
                    ensure(r + dr);
                    for (int dc = 0; dc < cell.colSpan() && c + dc < columns; dc++) {
                        grid.get(r + dr).set(c + dc, dr == 0 && dc == 0 ? new Placed(cell, r, c)
                                : dc == 0 ? new Covered(cell, r, c) : Boolean.TRUE);
                    }
                }
                c += cell.colSpan();
            }
        }
    }

    private int spanAt(int r, int c) {
        Object o = grid.get(r).get(c);
        if (o instanceof Covered cov) return cov.origin().colSpan();
        return 1;
    }

    private void ensure(int r) {
        while (grid.size() <= r) {
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < columns; i++) row.add(null);
            grid.add(row);
        }
    }

    List<Placed> placed() {
        return placed;
    }

    /** What starts at a position: a Placed cell, a Covered continuation, TRUE inside a span, or null (nothing). */
    Object at(int row, int column) {
        return row < grid.size() ? grid.get(row).get(column) : null;
    }

    int rows() {
        return grid.size();
    }

    int columns() {
        return columns;
    }
}
