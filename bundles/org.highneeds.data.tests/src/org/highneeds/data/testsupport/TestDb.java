package org.highneeds.data.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.imports.DatasetImporter;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportService;
import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.ImporterRegistry;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.internal.ees.EesCsvImporter;
import org.highneeds.data.internal.lait.LaitImporter;
import org.highneeds.data.internal.schema.SchemaMigrator;
import org.highneeds.data.internal.sen2.Sen2Importer;
import org.highneeds.testing.Sql;

/**
 * A DuckDB database (in memory or a file) with the whole schema migrated, for the data bundle's own tests: either
 * through the {@link ImportService} over the data-core importers (as the workbench imports), or one importer run
 * directly on a {@link TestSink} (the importer's own behaviour, without the framework around it).
 */
public final class TestDb implements AutoCloseable {

    /** The connection; closing the TestDb closes it. */
    public final Connection connection;
    /** The import service over {@link #registry()}. */
    public final ImportService service;
    private final List<TestSink.Warning> warnings = new ArrayList<>();
    private long provenance;

    private TestDb(Connection c) throws SQLException, IOException {
        this.connection = c;
        new SchemaMigrator().migrate(c);
        this.service = new ImportService(c, registry());
    }

    /** The registry of the data-core importers (plain classes, so it also works outside OSGi, in a child JVM). */
    public static ImporterRegistry registry() {
        return new ImporterRegistry(List.of(new EesCsvImporter(), new Sen2Importer(), new LaitImporter()));
    }

    /** An in-memory database (auto-commit on: the import service makes its own transactions). */
    public static TestDb memory() throws Exception {
        return new TestDb(DriverManager.getConnection("jdbc:duckdb:"));
    }

    /**
     * An in-memory database with auto-commit off, for running importers directly: each {@link #load} commits or rolls
     * back as the framework does; writes through a {@link #sink} stay in the open transaction.
     */
    public static TestDb forImporters() throws Exception {
        TestDb db = memory();
        db.connection.setAutoCommit(false);
        return db;
    }

    /** An open connection (migrated on the way); closing the TestDb closes it. */
    public static TestDb of(Connection c) throws Exception {
        return new TestDb(c);
    }

    /** A file database. */
    public static TestDb file(String path) throws Exception {
        return new TestDb(DriverManager.getConnection("jdbc:duckdb:" + path));
    }

    /** A sink writing through this database under {@code provenanceId}, keeping its warnings. */
    public TestSink sink(long provenanceId) {
        return new TestSink(connection, provenanceId, new ArrayList<>());
    }

    /** Loads {@code file} with {@code importer} in a new transaction; rolls back and rethrows on any failure. */
    public ImportSummary load(DatasetImporter importer, Path file) throws ImportException, IOException, SQLException {
        return load(importer, file, new NullProgressMonitor());
    }

    /** Like {@link #load(DatasetImporter, Path)} with the given monitor (e.g. a cancelled one). */
    public ImportSummary load(DatasetImporter importer, Path file, IProgressMonitor monitor)
            throws ImportException, IOException, SQLException {
        TestSink sink = new TestSink(connection, ++provenance, warnings);
        try {
            ImportSummary summary = importer.load(SourceFile.of(file), sink, monitor);
            connection.commit();
            return summary;
        } catch (ImportException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** The warnings of every {@link #load} so far. */
    public List<TestSink.Warning> warnings() {
        return warnings;
    }

    /** The first column of the first row of {@code sql}, or null. */
    public Object scalar(String sql) throws SQLException {
        return Sql.scalar(connection, sql);
    }

    /** The first column of the first row of {@code sql} as a long. */
    public long count(String sql) throws SQLException {
        return Sql.count(connection, sql);
    }

    /** The first column of the first row of {@code sql} as a double. */
    public double number(String sql) throws SQLException {
        return Sql.number(connection, sql);
    }

    /** The rows in {@code table}. */
    public long rowCount(String table) throws SQLException {
        return Sql.rowCount(connection, table);
    }

    /** The first column of every row. */
    public List<String> column(String sql) throws SQLException {
        return Sql.column(connection, sql);
    }

    /** The first row as text. */
    public List<String> row(String sql) throws SQLException {
        return Sql.row(connection, sql);
    }

    /** Every row as text. */
    public List<List<String>> rows(String sql) throws SQLException {
        return Sql.rows(connection, sql);
    }

    /** Temporary tables left on the connection (importers must drop their staging tables). */
    public long tempTables() throws SQLException {
        return count("SELECT count(*) FROM duckdb_tables() WHERE temporary");
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
