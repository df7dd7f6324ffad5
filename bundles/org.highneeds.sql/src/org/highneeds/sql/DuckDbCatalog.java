package org.highneeds.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live DuckDB catalog (duckdb_schemas/tables/views/columns/functions/keywords), loaded once and
 * cached until {@link #refresh()}: completion must not query the database on every keystroke. Give it
 * its own connection (e.g. DuckDBConnection.duplicate()) so loading never waits for a running query.
 */
public final class DuckDbCatalog {

    private final Connection connection;
    private volatile CatalogSnapshot snapshot;

    /** A catalog read through a connection the caller keeps ownership of. */
    public DuckDbCatalog(Connection connection) {
        this.connection = connection;
    }

    /** The cached snapshot, loading it on first use. */
    public CatalogSnapshot snapshot() throws SQLException {
        CatalogSnapshot s = snapshot;
        return s != null ? s : refresh();
    }

    /** Reloads the catalog (after CREATE/DROP/ATTACH or an import). */
    public synchronized CatalogSnapshot refresh() throws SQLException {
        try (Statement st = connection.createStatement()) {
            List<CatalogSnapshot.Schema> schemas = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(
                    "SELECT database_name, schema_name FROM duckdb_schemas() ORDER BY database_name, schema_name")) {
                while (rs.next()) {
                    schemas.add(new CatalogSnapshot.Schema(rs.getString(1), rs.getString(2)));
                }
            }
            Map<String, List<CatalogSnapshot.Column>> columns = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT database_name, schema_name, table_name, column_name, data_type, "
                    + "comment FROM duckdb_columns() ORDER BY database_name, schema_name, table_name, column_index")) {
                while (rs.next()) {
                    columns.computeIfAbsent(key(rs.getString(1), rs.getString(2), rs.getString(3)), k -> new ArrayList<>())
                            .add(new CatalogSnapshot.Column(rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            List<CatalogSnapshot.Table> tables = new ArrayList<>();
            // result temp tables of the console are an implementation detail, not the user's objects
            try (ResultSet rs = st.executeQuery("SELECT database_name, schema_name, table_name, false, comment FROM "
                    + "duckdb_tables() WHERE table_name NOT LIKE '\\_\\_hn\\_result\\_%' ESCAPE '\\' "
                    + "UNION ALL SELECT database_name, schema_name, view_name, true, comment FROM duckdb_views() "
                    + "ORDER BY 1, 2, 3")) {
                while (rs.next()) {
                    String db = rs.getString(1);
                    String schema = rs.getString(2);
                    String name = rs.getString(3);
                    tables.add(new CatalogSnapshot.Table(db, schema, name, rs.getBoolean(4),
                            List.copyOf(columns.getOrDefault(key(db, schema, name), List.of())), rs.getString(5)));
                }
            }
            List<CatalogSnapshot.Function> functions = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT DISTINCT function_name, function_type FROM duckdb_functions() "
                    + "WHERE function_name NOT LIKE '\\_\\_%' ESCAPE '\\' ORDER BY 1, 2")) {
                while (rs.next()) {
                    functions.add(new CatalogSnapshot.Function(rs.getString(1), rs.getString(2)));
                }
            }
            List<CatalogSnapshot.Keyword> keywords = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT keyword_name, keyword_category FROM duckdb_keywords() ORDER BY 1")) {
                while (rs.next()) {
                    keywords.add(new CatalogSnapshot.Keyword(rs.getString(1), rs.getString(2)));
                }
            }
            CatalogSnapshot s = new CatalogSnapshot(List.copyOf(schemas), List.copyOf(tables), List.copyOf(functions),
                    List.copyOf(keywords));
            snapshot = s;
            return s;
        }
    }

    private static String key(String db, String schema, String table) {
        return db + '\u0000' + schema + '\u0000' + table;
    }
}
