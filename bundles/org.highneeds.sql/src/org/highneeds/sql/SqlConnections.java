package org.highneeds.sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.duckdb.DuckDBDriver;

/** Opens DuckDB connections for the console. */
public final class SqlConnections {

    private SqlConnections() {
    }

    /**
     * Opens a DuckDB database file. Read-only uses DuckDB's access mode, so even a statement the
     * classifier missed cannot write; note DuckDB cannot open one file read-only and read-write in the same process.
     */
    public static Connection open(Path databaseFile, boolean readOnly) throws SQLException {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty(DuckDBDriver.DUCKDB_READONLY_PROPERTY, "true");
        }
        return connect("jdbc:duckdb:" + databaseFile.toAbsolutePath(), p);
    }

    /** Opens a fresh in-memory DuckDB database. */
    public static Connection openInMemory() throws SQLException {
        return connect("jdbc:duckdb:", new Properties());
    }

    /** Appended to a refusal of the sandbox so the user knows it is read-only mode, not a broken file. */
    public static final String SANDBOX_NOTE = " (read-only mode: files, web addresses and extensions outside the"
            + " workspace database are not reachable)";

    /**
     * Shuts the database of {@code connection} off from the outside for the rest of its life: no files, no network,
     * no extension installed or loaded, and the settings locked so a statement cannot turn them back on. DuckDB's
     * settings are per database, not per connection, so this is for a database opened for a read-only run only.
     */
    public static void sandbox(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET enable_external_access = false");
            s.execute("SET autoinstall_known_extensions = false");
            s.execute("SET autoload_known_extensions = false");
            s.execute("SET lock_configuration = true");
        }
    }

    /** Whether DuckDB's message is a refusal of the sandbox of {@link #sandbox(Connection)}. */
    public static boolean isSandboxRefusal(String message) {
        return message != null && (message.startsWith("Permission Error") || message.contains("disabled through configuration")
                || message.contains("Extension"));
    }

    private static Connection connect(String url, Properties p) throws SQLException {
        // never fetch an extension from the network behind the user's back; installed ones still load
        p.putIfAbsent("autoinstall_known_extensions", "false");
        // the driver is called directly, not through DriverManager, which cannot see bundle class loaders in OSGi
        Connection c = new DuckDBDriver().connect(url, p);
        if (c == null) {
            throw new SQLException("DuckDB did not accept the URL " + url);
        }
        return c;
    }
}
