package org.highneeds.sql;

/**
 * A failed statement, located in the script when DuckDB said where.
 *
 * @param message      DuckDB's message without its LINE/caret context (may have several lines)
 * @param line         1-based line in the script, or the statement's start line when unknown
 * @param column       1-based column in the script, or the statement's start column when unknown
 * @param offset       offset in the script of the error position
 * @param positioned   true when DuckDB gave a position; false when line/column are the statement start
 */
public record SqlError(String message, int line, int column, int offset, boolean positioned) {

    /** First line of the message, for status bars and CLI one-liners. */
    public String headline() {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
