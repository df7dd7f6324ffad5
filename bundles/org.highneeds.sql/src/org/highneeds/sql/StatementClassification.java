package org.highneeds.sql;

/**
 * Result of classifying a statement.
 *
 * @param kind    what the statement does
 * @param keyword the leading keyword(s) that decided it, upper case (e.g. "DELETE", "CREATE OR REPLACE", "COPY FROM")
 */
public record StatementClassification(StatementKind kind, String keyword) {

    /** True only for statements that cannot change the database. */
    public boolean readOnly() {
        return kind == StatementKind.READ;
    }

    /** True when the UI should ask for confirmation before running. */
    public boolean destructive() {
        return kind == StatementKind.DESTRUCTIVE;
    }

    /** One-line message explaining why read-only mode refuses this statement. */
    public String readOnlyRefusal() {
        return "Read-only mode: " + (keyword.isEmpty() ? "this statement" : keyword + " statements")
                + " can change the database and are not run. Turn read-only mode off to run it.";
    }
}
