package org.highneeds.sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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

    private static Connection connect(String url, Properties p) throws SQLException {
        // the driver is called directly, not through DriverManager, which cannot see bundle class loaders in OSGi
        Connection c = new DuckDBDriver().connect(url, p);
        if (c == null) {
            throw new SQLException("DuckDB did not accept the URL " + url);
        }
        return c;
    }
}
