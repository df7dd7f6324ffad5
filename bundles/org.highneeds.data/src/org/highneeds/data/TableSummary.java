package org.highneeds.data;

/** One table or view of the workspace database with its exact row count. */
public record TableSummary(String schema, String name, boolean view, long rows) {

    /** Name as written in SQL: {@code name} in the default schema, {@code schema.name} elsewhere. */
    public String qualifiedName() {
        return "main".equals(schema) ? name : schema + "." + name;
    }
}
