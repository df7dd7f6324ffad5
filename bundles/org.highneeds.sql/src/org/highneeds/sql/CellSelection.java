package org.highneeds.sql;

import java.util.List;

/**
 * Cells chosen in a grid: the cross product of rows and columns (view row indices, column indices).
 *
 * @param rows          view row indices, in the order to copy
 * @param columns       column indices, in the order to copy
 * @param includeHeader true to start with a line of column names
 */
public record CellSelection(List<Long> rows, List<Integer> columns, boolean includeHeader) {

    /** Canonical constructor copying the lists. */
    public CellSelection {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }

    /** A rectangle of rows {@code [firstRow, lastRow]} and columns {@code [firstColumn, lastColumn]}. */
    public static CellSelection range(long firstRow, long lastRow, int firstColumn, int lastColumn, boolean header) {
        List<Long> r = new java.util.ArrayList<>();
        for (long i = firstRow; i <= lastRow; i++) {
            r.add(i);
        }
        List<Integer> c = new java.util.ArrayList<>();
        for (int i = firstColumn; i <= lastColumn; i++) {
            c.add(i);
        }
        return new CellSelection(r, c, header);
    }
}
