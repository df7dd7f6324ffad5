package org.highneeds.data.internal.schema;

import org.highneeds.data.SqlQuoting;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.highneeds.data.internal.ees.EesCsv;
import org.highneeds.data.internal.sql.SourceViews;
import org.highneeds.data.internal.sql.Sql;

/**
 * The Java part of schema V060: moves the raw tables of earlier imports ({@code main.raw_p<N>}, one per file, so
 * no script can name them) to schema {@code raw}, then rebuilds the views over them ({@code ees_observation} and
 * the SEN2 source views), whose SELECTs the script has already qualified.
 */
final class AnalystSchemaMigration {

    private AnalystSchemaMigration() {
    }

    /** Runs inside the version's transaction, after V060.sql. */
    static void moveRawTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT table_name FROM duckdb_tables() "
                + "WHERE database_name = current_database() AND schema_name = 'main' "
                + "AND regexp_full_match(table_name, 'raw_p[0-9]+') ORDER BY table_name")) {
            while (r.next()) tables.add(r.getString(1));
        }
        try (Statement s = c.createStatement()) {
            for (String t : tables) {
                // a plain scan keeps the rows in insertion order (DuckDB preserves it by default)
                s.execute("CREATE TABLE " + Sql.raw(t) + " AS SELECT * FROM main." + SqlQuoting.identifier(t));
                s.execute("DROP TABLE main." + SqlQuoting.identifier(t));
            }
        }
        for (String view : SourceViews.views(c)) SourceViews.rebuild(c, view);
        EesCsv.rebuildObservationView(c);
    }
}
