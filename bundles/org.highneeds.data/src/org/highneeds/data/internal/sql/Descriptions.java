package org.highneeds.data.internal.sql;

import org.highneeds.data.SqlQuoting;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The descriptions ({@code COMMENT ON}) of one view, kept across its rebuild: DuckDB drops a view's comments on
 * {@code CREATE OR REPLACE VIEW}, and importers rebuild their views on every import.
 */
public final class Descriptions {

    private final String schema;
    private final String view;
    private final String comment;
    private final Map<String, String> columns;

    private Descriptions(String schema, String view, String comment, Map<String, String> columns) {
        this.schema = schema;
        this.view = view;
        this.comment = comment;
        this.columns = columns;
    }

    /** The description of view {@code schema.view} and of its columns as they are now (none when it is missing). */
    public static Descriptions ofView(Connection c, String schema, String view) throws SQLException {
        String comment = null;
        try (PreparedStatement p = c.prepareStatement("SELECT comment FROM duckdb_views() WHERE database_name = "
                + "current_database() AND schema_name = ? AND view_name = ?")) {
            p.setString(1, schema);
            p.setString(2, view);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) comment = r.getString(1);
            }
        }
        Map<String, String> columns = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT column_name, comment FROM duckdb_columns() WHERE "
                + "database_name = current_database() AND schema_name = ? AND table_name = ? AND comment IS NOT NULL "
                + "ORDER BY column_index")) {
            p.setString(1, schema);
            p.setString(2, view);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) columns.put(r.getString(1), r.getString(2));
            }
        }
        return new Descriptions(schema, view, comment, columns);
    }

    /** Applies the kept descriptions again to the view, for the columns it still has. */
    public void restore(Connection c) throws SQLException {
        String name = SqlQuoting.identifier(schema) + "." + SqlQuoting.identifier(view);
        try (Statement s = c.createStatement()) {
            if (comment != null) s.execute("COMMENT ON VIEW " + name + " IS " + SqlQuoting.literal(comment));
            for (Map.Entry<String, String> e : columns.entrySet()) {
                if (hasColumn(c, e.getKey())) {
                    s.execute("COMMENT ON COLUMN " + name + "." + SqlQuoting.identifier(e.getKey()) + " IS " + SqlQuoting.literal(e.getValue()));
                }
            }
        }
    }

    private boolean hasColumn(Connection c, String column) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM duckdb_columns() WHERE database_name = "
                + "current_database() AND schema_name = ? AND table_name = ? AND column_name = ?")) {
            p.setString(1, schema);
            p.setString(2, view);
            p.setString(3, column);
            try (ResultSet r = p.executeQuery()) {
                return r.next() && r.getLong(1) > 0;
            }
        }
    }
}
