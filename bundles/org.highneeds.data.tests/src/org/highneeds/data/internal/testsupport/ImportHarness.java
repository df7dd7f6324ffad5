package org.highneeds.data.internal.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.imports.DatasetImporter;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportLocation;
import org.highneeds.data.imports.ImportSink;
import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.SourceFile;

/**
 * A throw-away in-memory DuckDB with this project's schema (classpath {@code schema/V040.sql .. V059.sql}) and a
 * minimal {@link ImportSink}: each load runs in its own transaction, committed on success and rolled back on failure,
 * as the real import framework does.
 */
public final class ImportHarness implements AutoCloseable {

    /** A warning the importer reported. */
    public record Warning(ImportLocation where, String message) {
    }

    private final Connection connection;
    private final List<Warning> warnings = new ArrayList<>();
    private long provenance;

    /** Opens the database and applies the schema. */
    public ImportHarness() throws SQLException, IOException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        for (int v = 40; v <= 59; v++) {
            String name = String.format("schema/V%03d.sql", v);
            try (InputStream in = ImportHarness.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) continue;
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                try (Statement s = connection.createStatement()) {
                    for (String statement : sql.split(";\\s*(\\n|$)")) {
                        if (!statement.replaceAll("(?m)^\\s*--.*$", "").isBlank()) s.execute(statement);
                    }
                }
            }
        }
        connection.setAutoCommit(false);
    }

    /** Loads {@code file} with {@code importer} in a new transaction; rolls back and rethrows on any failure. */
    public ImportSummary load(DatasetImporter importer, Path file) throws ImportException, IOException, SQLException {
        return load(importer, file, new NullProgressMonitor());
    }

    /** Like {@link #load(DatasetImporter, Path)} with the given monitor (e.g. a cancelled one). */
    public ImportSummary load(DatasetImporter importer, Path file, org.eclipse.core.runtime.IProgressMonitor monitor)
            throws ImportException, IOException, SQLException {
        long id = ++provenance;
        ImportSink sink = new ImportSink() {
            @Override
            public Connection connection() {
                return connection;
            }

            @Override
            public long provenanceId() {
                return id;
            }

            @Override
            public void warn(ImportLocation where, String message) {
                warnings.add(new Warning(where, message));
            }
        };
        try {
            ImportSummary summary = importer.load(SourceFile.of(file), sink, monitor);
            connection.commit();
            return summary;
        } catch (ImportException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** Warnings reported so far. */
    public List<Warning> warnings() {
        return warnings;
    }

    /** Rows in {@code table}. */
    public long count(String table) throws SQLException {
        return ((Number) value("SELECT count(*) FROM " + table)).longValue();
    }

    /** First column of the first row of {@code sql}, or null. */
    public Object value(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getObject(1) : null;
        }
    }

    /** First row of {@code sql} as strings. */
    public List<String> row(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            if (r.next()) {
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) out.add(r.getString(i));
            }
            return out;
        }
    }

    /** Temporary tables left on the connection (importers must drop their staging tables). */
    public long tempTables() throws SQLException {
        return ((Number) value("SELECT count(*) FROM duckdb_tables() WHERE temporary")).longValue();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
