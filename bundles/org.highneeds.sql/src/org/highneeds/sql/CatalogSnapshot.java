package org.highneeds.sql;

import java.util.List;
import java.util.Locale;

/**
 * The database objects known at one moment, for completion.
 *
 * @param schemas   schemas as (database, schema)
 * @param tables    tables and views with their columns
 * @param functions distinct function names with their kind
 * @param keywords  SQL keywords as duckdb_keywords() lists them
 */
public record CatalogSnapshot(List<Schema> schemas, List<Table> tables, List<Function> functions, List<Keyword> keywords) {

    /** A schema. */
    public record Schema(String database, String name) {
    }

    /**
     * A keyword.
     *
     * @param category DuckDB's keyword_category: reserved, unreserved, type_function, column_name
     */
    public record Keyword(String name, String category) {
    }

    /**
     * A column of a table or view.
     *
     * @param description what the column holds ({@code COMMENT ON COLUMN}), or null
     */
    public record Column(String name, String type, String description) {

        /** A column without a description. */
        public Column(String name, String type) {
            this(name, type, null);
        }
    }

    /**
     * A table or view.
     *
     * @param description what it holds ({@code COMMENT ON TABLE/VIEW}), or null
     */
    public record Table(String database, String schema, String name, boolean view, List<Column> columns,
            String description) {

        /** A table without a description. */
        public Table(String database, String schema, String name, boolean view, List<Column> columns) {
            this(database, schema, name, view, columns, null);
        }

        /** Qualified name for display, e.g. "main.caseload". */
        public String qualifiedName() {
            return schema + "." + name;
        }
    }

    /**
     * A function.
     *
     * @param kind DuckDB's function_type: scalar, aggregate, table, macro, table_macro, pragma
     */
    public record Function(String name, String kind) {
    }

    /** Tables whose name equals {@code name} (case-insensitive), optionally in a schema and database. */
    public List<Table> findTables(String database, String schema, String name) {
        return tables.stream()
                .filter(t -> t.name().equalsIgnoreCase(name))
                .filter(t -> schema == null || t.schema().equalsIgnoreCase(schema))
                .filter(t -> database == null || t.database().equalsIgnoreCase(database))
                .toList();
    }

    /** True when some schema has this name. */
    public boolean isSchema(String name) {
        return schemas.stream().anyMatch(s -> s.name().equalsIgnoreCase(name));
    }

    /** True when some database has this name. */
    public boolean isDatabase(String name) {
        return schemas.stream().anyMatch(s -> s.database().equalsIgnoreCase(name));
    }

    /** True when the word is a reserved keyword (needs quoting as an identifier). */
    public boolean isReserved(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return keywords.stream().anyMatch(k -> k.name().equals(w) && k.category().equals("reserved"));
    }
}
