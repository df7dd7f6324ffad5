package org.highneeds.data.internal.sheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of a sheet: its 1-based row number as in the file and its cells from column 1 to the last non-blank
 * cell (gaps filled with blank cells). Rows with no value at all are not reported by the readers.
 */
public final class SheetRow {

    private final long rowNumber;
    private final List<SheetCell> cells;

    /** Builds a row from cells in any column order; cells may be sparse. */
    public SheetRow(long rowNumber, List<SheetCell> sparseCells) {
        this.rowNumber = rowNumber;
        int last = 0;
        for (SheetCell c : sparseCells) {
            if (!c.isBlank() && c.column() > last) last = c.column();
        }
        SheetCell[] dense = new SheetCell[last];
        for (SheetCell c : sparseCells) {
            if (c.column() <= last) dense[c.column() - 1] = c;
        }
        List<SheetCell> list = new ArrayList<>(last);
        for (int i = 0; i < last; i++) list.add(dense[i] != null ? dense[i] : SheetCell.blank(i + 1));
        this.cells = Collections.unmodifiableList(list);
    }

    /** The 1-based row number in the file. */
    public long rowNumber() {
        return rowNumber;
    }

    /** Cells from column 1 to the last non-blank one. */
    public List<SheetCell> cells() {
        return cells;
    }

    /** The cell at a 1-based column; blank when beyond the last value. */
    public SheetCell cell(int column) {
        return column >= 1 && column <= cells.size() ? cells.get(column - 1) : SheetCell.blank(column);
    }

    /** The cell's text ({@link SheetCell#asText()}), trimmed; empty when blank. */
    public String text(int column) {
        String t = cell(column).asText();
        return t == null ? "" : t.strip();
    }

    /** Number of cells up to the last non-blank one. */
    public int lastColumn() {
        return cells.size();
    }

    /** True when no cell has a value. */
    public boolean isEmpty() {
        return cells.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("row ").append(rowNumber).append(':');
        for (SheetCell c : cells) {
            if (!c.isBlank()) b.append(' ').append(c.columnLetters()).append('=').append(c.asText());
        }
        return b.toString();
    }
}
