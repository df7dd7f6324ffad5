package org.highneeds.data.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** An in-memory DuckDB with this project's schema resources V020..V039 applied in order (as the runner will). */
public final class TestDb implements AutoCloseable {

    private final Connection connection;

    /** Opens a fresh database and applies the schema. */
    public TestDb() throws SQLException, IOException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        for (int v = 20; v <= 39; v++) {
            String name = "schema/V0" + v + ".sql";
            try (InputStream in = TestDb.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) continue;
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                try (Statement s = connection.createStatement()) {
                    s.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(name + ": " + e.getMessage(), e);
                }
            }
        }
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
