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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The analysts' schema: the tables and views a person queries, each described. */
    public static final String MAIN_SCHEMA = "main";

    /** Files as published (one all-text table per import, {@code raw_p<provenance id>}), read by the views in main. */
    public static final String RAW_SCHEMA = "raw";

    /** The importers' and migrator's bookkeeping: nothing an analyst reads. */
    public static final String META_SCHEMA = "meta";

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
            Properties config = new Properties();
            // an extension is never fetched from the network behind the user's back; installed ones still load
            config.setProperty("autoinstall_known_extensions", "false");
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, config);
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
     * The tables and views of every schema of the database (main, raw, meta and any a user made) with exact row
     * counts and descriptions, ordered by schema and name. DuckDB's own catalogs are left out.
     */
    public List<TableSummary> tables() throws SQLException {
        return tables(null);
    }

    /** Like {@link #tables()} for one schema, e.g. {@link #MAIN_SCHEMA}; {@code null} for every schema. */
    public List<TableSummary> tables(String schema) throws SQLException {
        List<TableSummary> result = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            List<String[]> names = new ArrayList<>();
            try (ResultSet r = s.executeQuery(OBJECTS + (schema == null ? "" : " WHERE schema_name = " + SqlQuoting.literal(schema))
                    + " ORDER BY 1, 2")) {
                while (r.next()) {
                    names.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)});
                }
            }
            for (String[] n : names) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + SqlQuoting.identifier(n[0]) + "." + SqlQuoting.identifier(n[1]))) {
                    r.next();
                    result.add(new TableSummary(n[0], n[1], "VIEW".equals(n[2]), r.getLong(1), n[3]));
                }
            }
        }
        return result;
    }

    /**
     * The tables and views of {@code schema} ({@code null}: every schema) with their descriptions and their columns'
     * names, types and descriptions, ordered by schema and name; cheap (no rows are counted).
     */
    public List<TableDescription> describe(String schema) throws SQLException {
        List<TableDescription> result = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            Map<String, List<TableDescription.Column>> columns = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT schema_name, table_name, column_name, data_type, comment "
                    + "FROM duckdb_columns() WHERE database_name = current_database() AND NOT internal"
                    + (schema == null ? "" : " AND schema_name = " + SqlQuoting.literal(schema))
                    + " ORDER BY schema_name, table_name, column_index")) {
                while (r.next()) {
                    columns.computeIfAbsent(r.getString(1) + '\u0000' + r.getString(2), k -> new ArrayList<>())
                            .add(new TableDescription.Column(r.getString(3), r.getString(4), r.getString(5)));
                }
            }
            try (ResultSet r = s.executeQuery(OBJECTS + (schema == null ? "" : " WHERE schema_name = " + SqlQuoting.literal(schema))
                    + " ORDER BY 1, 2")) {
                while (r.next()) {
                    result.add(new TableDescription(r.getString(1), r.getString(2), "VIEW".equals(r.getString(3)),
                            r.getString(4), List.copyOf(columns.getOrDefault(r.getString(1) + '\u0000' + r.getString(2),
                                    List.of()))));
                }
            }
        }
        return result;
    }

    /** The description of one table or view, or empty when {@code schema.name} does not exist. */
    public Optional<TableDescription> describe(String schema, String name) throws SQLException {
        return describe(schema).stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Tables and views of the database file (not of attached or temporary catalogs): schema, name, kind, comment. */
    private static final String OBJECTS = "SELECT * FROM (SELECT schema_name, table_name, 'TABLE', comment FROM duckdb_tables() "
            + "WHERE database_name = current_database() AND NOT internal AND NOT temporary UNION ALL SELECT schema_name, "
            + "view_name, 'VIEW', comment FROM duckdb_views() WHERE database_name = current_database() AND NOT internal "
            + "AND NOT temporary)";

    /** Closes the database; connections obtained from {@link #connect()} should be closed first. */
    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
