package org.highneeds.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duckdb.DuckDBConnection;
import org.highneeds.data.internal.schema.SchemaMigrator;

/**
 * The workspace's DuckDB database: one file in the workspace folder holding all imported national data.
 * Opening it brings its schema up to date (versioned migrations, each in its own transaction).
 * <p>
 * DuckDB allows one writing process per file, so a second workbench or CLI on the same workspace gets a
 * {@link WorkspaceDatabaseInUseException} naming the other process rather than a driver stack trace.
 */
public final class WorkspaceDatabase implements AutoCloseable {

    /** File name of the database inside the workspace folder. */
    public static final String FILE_NAME = "highneeds.duckdb";

    private static final Pattern LOCK_HOLDER = Pattern.compile("PID (\\d+)");

    private final Path file;
    private final DuckDBConnection connection;

    private WorkspaceDatabase(Path file, DuckDBConnection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens the database of the workspace folder {@code workspace}, creating folder and file on first use.
     *
     * @throws WorkspaceDatabaseInUseException when another process has the database open
     * @throws WorkspaceDatabaseException when the file cannot be created or is not a DuckDB database
     */
    public static WorkspaceDatabase open(Path workspace) throws WorkspaceDatabaseException {
        Path file = workspace.resolve(FILE_NAME).toAbsolutePath();
        try {
            Files.createDirectories(workspace);
        } catch (IOException e) {
            throw new WorkspaceDatabaseException("Cannot create the workspace folder " + workspace + ": " + e.getMessage(), e);
        }
        try {
            // DriverManager does not see the driver through OSGi class loaders, so load it explicitly.
            Class.forName("org.duckdb.DuckDBDriver");
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, new Properties());
            try {
                new SchemaMigrator(WorkspaceDatabase.class.getClassLoader()).migrate(c);
            } catch (SQLException | IOException e) {
                c.close();
                throw new WorkspaceDatabaseException("Cannot bring the schema of the workspace database " + file
                        + " up to date; the database is unchanged: " + firstLine(String.valueOf(e.getMessage())), e);
            }
            return new WorkspaceDatabase(file, c.unwrap(DuckDBConnection.class));
        } catch (ClassNotFoundException e) {
            throw new WorkspaceDatabaseException("The DuckDB driver is missing from this installation.", e);
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    private static WorkspaceDatabaseException translate(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Could not set lock") || message.contains("Conflicting lock")) {
            Matcher pid = LOCK_HOLDER.matcher(message);
            String holder = pid.find() ? "process " + pid.group(1) : "another process";
            return new WorkspaceDatabaseInUseException("The workspace database " + file + " is in use by " + holder
                    + " (another High Needs Workbench or CLI on the same workspace). Close it, or choose another workspace.", e);
        }
        if (message.contains("not a valid DuckDB database") || message.contains("database file") && message.contains("corrupt")) {
            return new WorkspaceDatabaseException("The file " + file + " is not a readable DuckDB database: " + firstLine(message), e);
        }
        return new WorkspaceDatabaseException("Cannot open the workspace database " + file + ": " + firstLine(message), e);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /**
     * A new connection to the same database for one unit of work (a job, a view refresh); the caller closes it.
     * Connections share the database instance, so they see each other's committed changes.
     */
    public Connection connect() throws SQLException {
        return connection.duplicate();
    }

    /** The DuckDB engine version, e.g. {@code v1.4.4}. */
    public String engineVersion() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT version()")) {
            r.next();
            return r.getString(1);
        }
    }

    /**
     * The user-visible tables and views of the database with exact row counts, ordered by schema and name.
     * DuckDB's own catalogs are left out.
     */
    public List<TableSummary> tables() throws SQLException {
        List<TableSummary> result = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            List<String[]> names = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT schema_name, table_name, 'TABLE' FROM duckdb_tables() WHERE NOT internal "
                    + "UNION ALL SELECT schema_name, view_name, 'VIEW' FROM duckdb_views() WHERE NOT internal AND NOT temporary "
                    + "ORDER BY 1, 2")) {
                while (r.next()) {
                    names.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
                }
            }
            for (String[] n : names) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + SqlQuoting.identifier(n[0]) + "." + SqlQuoting.identifier(n[1]))) {
                    r.next();
                    result.add(new TableSummary(n[0], n[1], "VIEW".equals(n[2]), r.getLong(1)));
                }
            }
        }
        return result;
    }

    /**
     * Quotes an SQL identifier for DuckDB, doubling embedded quotes.
     *
     * @deprecated use {@link SqlQuoting#identifier(String)}, the one quoting helper
     */
    @Deprecated(forRemoval = true)
    public static String quote(String identifier) {
        return SqlQuoting.identifier(identifier);
    }

    /** Closes the database; connections obtained from {@link #connect()} should be closed first. */
    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
