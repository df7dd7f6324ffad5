package org.highneeds.data;

/**
 * One table or view of the workspace database with its exact row count and its description (the {@code COMMENT ON}
 * text, or null when it has none).
 */
public record TableSummary(String schema, String name, boolean view, long rows, String description) {

    /** A summary without a description. */
    public TableSummary(String schema, String name, boolean view, long rows) {
        this(schema, name, view, rows, null);
    }

    /** Name as written in SQL: {@code name} in the default schema, {@code schema.name} elsewhere. */
    public String qualifiedName() {
        return WorkspaceDatabase.MAIN_SCHEMA.equals(schema) ? name : schema + "." + name;
    }

    /** True for the analysts' schema {@code main}; false for staging ({@code raw}), bookkeeping ({@code meta}) and others. */
    public boolean userFacing() {
        return WorkspaceDatabase.MAIN_SCHEMA.equals(schema);
    }
}
