package org.highneeds.model.register;

/**
 * One problem found in a commissioners' register workbook.
 *
 * @param severity ERROR (the row is rejected) or WARNING (the row is kept)
 * @param sheet sheet name
 * @param row 1-based Excel row number (1 = header row), 0 for the whole workbook
 * @param column Excel column letter and header, e.g. "J (Start date)", or empty for the whole row
 * @param problem plain-English description
 */
public record RegisterIssue(Severity severity, String sheet, int row, String column, String problem) {

    /** How serious an issue is. */
    public enum Severity {
        /** The row (or sheet) cannot be imported. */
        ERROR,
        /** Worth a look; the row is still importable. */
        WARNING
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(severity == Severity.ERROR ? "Error: " : "Warning: ");
        text.append(sheet == null || sheet.isEmpty() ? "workbook" : "sheet " + sheet);
        if (row > 0) {
            text.append(", row ").append(row);
        }
        if (column != null && !column.isEmpty()) {
            text.append(", column ").append(column);
        }
        return text.append(": ").append(problem).toString();
    }
}
