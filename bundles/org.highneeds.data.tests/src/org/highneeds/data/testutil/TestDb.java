package org.highneeds.data.testutil;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.highneeds.data.imports.ImportService;
import org.highneeds.data.imports.ImporterRegistry;
import org.highneeds.data.internal.ees.EesCsvImporter;
import org.highneeds.data.internal.lait.LaitImporter;
import org.highneeds.data.internal.schema.SchemaMigrator;
import org.highneeds.data.internal.sen2.Sen2Importer;

/** A migrated DuckDB database (in memory or a file) with the data-core importers registered. */
public final class TestDb implements AutoCloseable {

    public final Connection connection;
    public final ImportService service;

    private TestDb(Connection c) throws Exception {
        this.connection = c;
        new SchemaMigrator().migrate(c);
        this.service = new ImportService(c, registry());
    }

    /** The registry every test uses. */
    public static ImporterRegistry registry() {
        return new ImporterRegistry(List.of(new EesCsvImporter(), new Sen2Importer(), new LaitImporter()));
    }

    /** In-memory database. */
    public static TestDb memory() throws Exception {
        return new TestDb(DriverManager.getConnection("jdbc:duckdb:"));
    }

    /** An open connection (migrated on the way); closing the TestDb closes it. */
    public static TestDb of(Connection c) throws Exception {
        return new TestDb(c);
    }

    /** File database. */
    public static TestDb file(String path) throws Exception {
        return new TestDb(DriverManager.getConnection("jdbc:duckdb:" + path));
    }

    public long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    public double number(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            if (!r.next()) throw new AssertionError("no row: " + sql);
            return r.getDouble(1);
        }
    }

    public List<List<String>> rows(String sql) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) row.add(r.getString(i));
                out.add(row);
            }
        }
        return out;
    }

    /** Row count of every table and view plus the provenance contents: equal snapshots mean "database unchanged". */
    public Map<String, String> snapshot() throws SQLException {
        Map<String, String> m = new LinkedHashMap<>();
        // keyed by the name as written in SQL: bare in main, schema-qualified in raw and meta
        for (List<String> t : rows("SELECT CASE WHEN table_schema = 'main' THEN table_name ELSE table_schema || '.' || "
                + "table_name END, table_schema, table_name FROM "
                + "information_schema.tables WHERE table_type IN ('BASE TABLE', 'VIEW') ORDER BY 1")) {
            m.put(t.get(0), String.valueOf(count("SELECT count(*) FROM \"" + t.get(1) + "\".\"" + t.get(2) + "\"")));
        }
        m.put("provenance*", rows("SELECT * EXCLUDE (imported_at) FROM provenance ORDER BY id").toString());
        return m;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
