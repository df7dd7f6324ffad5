package org.highneeds.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.highneeds.data.TableSummary;
import org.highneeds.data.WorkspaceDatabase;
import org.highneeds.data.WorkspaceDatabaseException;
import org.highneeds.sql.SqlCommand;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The commands of {@code ./highneeds cli}. Exit codes: 0 success, 1 user error (one line on stderr),
 * 2 internal error.
 */
public final class Cli {

    /** Exit code of a command that worked. */
    public static final int OK = 0;
    /** Exit code of a command the user got wrong or that met a condition the user can fix. */
    public static final int USER_ERROR = 1;
    /** Exit code of a failure inside the workbench. */
    public static final int INTERNAL_ERROR = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Path> workspace;

    /** Creates the command line over the given streams and workspace folder. */
    public Cli(PrintStream out, PrintStream err, Supplier<Path> workspace) {
        this.out = out;
        this.err = err;
        this.workspace = workspace;
    }

    /** Runs the command in {@code args} and returns its exit code. */
    public int run(String[] args) {
        if (args.length == 0) {
            printHelp();
            return USER_ERROR;
        }
        String command = args[0];
        List<String> rest = List.of(args).subList(1, args.length);
        try {
            return switch (command) {
                case "help", "--help", "-h" -> {
                    printHelp();
                    yield OK;
                }
                case "version", "--version" -> version();
                case "tables" -> tables(rest);
                case "sql" -> sql(rest);
                default -> userError("unknown command '" + command + "'; run 'highneeds cli help' for the list of commands");
            };
        } catch (UsageException e) {
            return userError(e.getMessage());
        } catch (WorkspaceDatabaseException e) {
            return userError(e.getMessage());
        } catch (RuntimeException | SQLException e) {
            err.println("highneeds: internal error: " + e);
            e.printStackTrace(err);
            return INTERNAL_ERROR;
        }
    }

    private int userError(String message) {
        err.println("highneeds: " + message);
        return USER_ERROR;
    }

    private void printHelp() {
        out.println("""
                High Needs Workbench command line

                Usage: highneeds cli <command> [options]

                Commands:
                  help                        show this help
                  version                     show the versions of the workbench, Java and DuckDB
                  tables [--format F]         list the workspace database's tables with row counts
                                              (F: table, csv or json; default table)
                  sql [options] "<query>"     run SQL on the workspace database and print the result
                  sql [options] -f file.sql   run a script, statement by statement (sql --help for options)

                Options of the launcher: --workspace DIR chooses the workspace (default ~/highneeds-workspace).
                Exit codes: 0 success, 1 user error, 2 internal error.""");
    }

    private int version() throws WorkspaceDatabaseException, SQLException {
        Bundle self = FrameworkUtil.getBundle(Cli.class);
        out.println("High Needs Workbench " + (self == null ? "(unknown)" : self.getVersion()));
        out.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace.get())) {
            out.println("DuckDB " + db.engineVersion());
            out.println("Workspace database " + db.file());
        }
        return OK;
    }

    private int sql(List<String> args) throws WorkspaceDatabaseException, SQLException {
        if (args.contains("-h") || args.contains("--help")) {
            return new SqlCommand().run(args.toArray(String[]::new), null, out, err);
        }
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace.get()); Connection c = db.connect()) {
            return new SqlCommand().run(args.toArray(String[]::new), c, out, err);
        }
    }

    private int tables(List<String> args) throws WorkspaceDatabaseException, SQLException, UsageException {
        OutputFormat format = OutputFormat.TABLE;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--format") && i + 1 < args.size()) {
                format = OutputFormat.parse(args.get(++i));
            } else if (a.startsWith("--format=")) {
                format = OutputFormat.parse(a.substring("--format=".length()));
            } else {
                throw new UsageException("tables: unexpected argument '" + a + "' (usage: tables [--format table|csv|json])");
            }
        }
        List<TableSummary> tables;
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace.get())) {
            tables = db.tables();
        }
        List<String> header = List.of("schema", "table", "kind", "rows");
        List<List<Object>> rows = new ArrayList<>();
        for (TableSummary t : tables) {
            rows.add(List.of(t.schema(), t.name(), t.view() ? "view" : "table", t.rows()));
        }
        format.print(out, header, rows);
        return OK;
    }
}
