package org.highneeds.data;

import java.util.List;

/**
 * What a table or view of the workspace database holds, as its {@code COMMENT ON} descriptions say: the table's
 * description and each column's name, SQL type and description (null where there is none).
 */
public record TableDescription(String schema, String name, boolean view, String description, List<Column> columns) {

    /** One column, in table order. */
    public record Column(String name, String type, String description) {
    }

    /** Name as written in SQL: {@code name} in the default schema, {@code schema.name} elsewhere. */
    public String qualifiedName() {
        return WorkspaceDatabase.MAIN_SCHEMA.equals(schema) ? name : schema + "." + name;
    }

    /** The column of that name (case-insensitive), or null. */
    public Column column(String columnName) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst().orElse(null);
    }
}
