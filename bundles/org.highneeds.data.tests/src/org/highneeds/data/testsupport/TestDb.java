package org.highneeds.data.testsupport;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.highneeds.data.internal.schema.SchemaMigrator;

/** An in-memory DuckDB with this project's whole schema applied by the real migrator (as a workspace has it). */
public final class TestDb implements AutoCloseable {

    private final Connection connection;

    /** Opens a fresh database and applies the schema. */
    public TestDb() throws SQLException, IOException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        // the generic sheet importer keeps its registry in meta (V060), so the spreadsheet importers need it all
        new SchemaMigrator().migrate(connection);
        connection.setAutoCommit(false);
    }

    /** The connection (auto-commit off). */
    public Connection connection() {
        return connection;
    }

    /** A sink writing through this database with the given provenance id. */
    public TestSink sink(long provenanceId) {
        return new TestSink(connection, provenanceId);
    }

    /** One value of a scalar query. */
    public Object scalar(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    /** The first column of every row. */
    public List<String> column(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
