package org.highneeds.data;

/**
 * Quoting of values and names spliced into DuckDB SQL text, the one place it is done; prefer bound parameters where
 * the statement allows them.
 */
public final class SqlQuoting {

    private SqlQuoting() {
    }

    /** A single-quoted SQL string literal with embedded quotes doubled ({@code it's} -> {@code 'it''s'}); NULL for null. */
    public static String literal(String value) {
        return value == null ? "NULL" : '\'' + value.replace("'", "''") + '\'';
    }

    /** A double-quoted identifier (schema, table, column) with embedded double quotes doubled. */
    public static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
