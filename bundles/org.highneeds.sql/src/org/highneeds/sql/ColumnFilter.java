package org.highneeds.sql;

/**
 * A filter on one column of a result, compared on the value's text.
 *
 * @param column 0-based column index
 * @param op     how to compare
 * @param text   the text to look for (CONTAINS ignores case)
 */
public record ColumnFilter(int column, Op op, String text) {

    /** Comparison of a column's text with the filter text. */
    public enum Op {
        /** Case-insensitive substring. */
        CONTAINS,
        /** Exact text equality. */
        EQUALS,
        /** The value is NULL. */
        IS_NULL
    }
}
