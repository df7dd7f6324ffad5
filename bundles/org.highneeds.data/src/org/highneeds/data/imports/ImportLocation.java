package org.highneeds.data.imports;

/**
 * A place in a source file: file name always, sheet for spreadsheets, 1-based row and column where known
 * ({@code 0} = not applicable), and the column's heading when there is one.
 */
public record ImportLocation(String file, String sheet, long row, int column, String columnName) {

    /** Human-readable form such as {@code caseload.csv, row 12, column 5 (ehcplans)}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (sheet != null && !sheet.isEmpty()) b.append(", sheet '").append(sheet).append('\'');
        if (row > 0) b.append(", row ").append(row);
        if (column > 0) b.append(", column ").append(column);
        if (columnName != null && !columnName.isEmpty()) b.append(" (").append(columnName).append(')');
        return b.toString();
    }
}
