package org.highneeds.sql;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.output.OutputFormat;

/**
 * The {@code highneeds cli sql} command: runs a query or a script file and prints results.
 * Exit codes: 0 ok, 1 user error (bad arguments, SQL error, read-only refusal) with one line on err,
 * 2 internal error.
 */
public final class SqlCommand {

    /** Usage text printed for --help and bad arguments. */
    public static final String USAGE = """
            usage: highneeds cli sql [options] "<query>"
                   highneeds cli sql [options] -f file.sql
            options:
              --format table|csv|json   output format (default table)
              --raw-csv                 csv cells as they are (by default text starting with = + - @
                                        is prefixed with ' so a spreadsheet does not run it as a formula)
              --max-rows N              rows shown in table format (default 1000; csv/json print all)
              --param name=value        value for :name (repeatable)
              --atomic                  run the script as one transaction: all of it or, on an
                                        error, none of it
              --read-only               refuse statements that change the database, and reach no
                                        file, address or extension outside the database
              -h, --help                this text""";

    /** Runs the command; never throws and never exits the JVM. */
    public int run(String[] args, Connection connection, PrintStream out, PrintStream err) {
        String query = null;
        Path file = null;
        OutputFormat format = OutputFormat.TABLE;
        long maxRows = 1000;
        boolean readOnly = false;
        boolean rawCsv = false;
        boolean atomic = false;
        Map<String, String> params = new LinkedHashMap<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "-h", "--help" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    case "-f", "--file" -> file = Path.of(value(args, ++i, a));
                    case "--format" -> {
                        String v = value(args, ++i, a);
                        try {
                            format = OutputFormat.parse(v);
                        } catch (IllegalArgumentException e) {
                            return userError(err, "unknown --format '" + v + "' (use table, csv or json)");
                        }
                    }
                    case "--max-rows" -> {
                        String v = value(args, ++i, a);
                        try {
                            maxRows = Long.parseLong(v);
                        } catch (NumberFormatException e) {
                            return userError(err, "--max-rows needs a whole number, got '" + v + "'");
                        }
                    }
                    case "--param" -> {
                        String v = value(args, ++i, a);
                        int eq = v.indexOf('=');
                        if (eq <= 0) {
                            return userError(err, "--param needs name=value, got '" + v + "'");
                        }
                        params.put(v.substring(0, eq).replaceFirst("^:", ""), v.substring(eq + 1));
                    }
                    case "--read-only" -> readOnly = true;
                    case "--raw-csv" -> rawCsv = true;
                    case "--atomic" -> atomic = true;
                    default -> {
                        if (a.startsWith("-") && query == null && !a.equals("-")) {
                            return userError(err, "unknown option " + a + " (see --help)");
                        }
                        if (query != null) {
                            return userError(err, "give one query (quote it) or -f file.sql");
                        }
                        query = a;
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            return userError(err, e.getMessage());
        }
        if ((query == null) == (file == null)) {
            return userError(err, "give either a query or -f file.sql (see --help)");
        }
        String source = query != null ? "query" : file.toString();
        String text;
        try {
            text = query != null ? query : readScript(file);
        } catch (NoSuchFileException e) {
            return userError(err, "no such file: " + file);
        } catch (CharacterCodingException e) {
            return userError(err, file + " is not UTF-8 text");
        } catch (IOException e) {
            return userError(err, "cannot read " + file + ": " + e.getMessage());
        }
        SqlScript script = SqlScript.parse(text);
        if (script.statements().isEmpty()) {
            return userError(err, "no SQL statement in " + source);
        }
        boolean transaction = false;
        try (SqlSession session = new SqlSession(connection, readOnly)) {
            if (readOnly) {
                SqlConnections.sandbox(connection);
            }
            if (atomic) {
                sql(connection, "BEGIN TRANSACTION");
                transaction = true;
            }
            int ran = 0;
            int changing = 0;
            for (SqlStatement st : script.statements()) {
                ExecutionResult r = session.execute(script, st, params, new NullProgressMonitor());
                if (!r.ok()) {
                    SqlError e = r.error();
                    if (transaction) {
                        rollBack(connection);
                        transaction = false;
                    }
                    return userError(err, source + (script.statements().size() > 1 || file != null
                            ? " line " + e.line() + ", column " + e.column() : "") + ": " + e.headline()
                            + (readOnly && SqlConnections.isSandboxRefusal(e.message()) ? SqlConnections.SANDBOX_NOTE : "")
                            + ran(ran, changing, atomic));
                }
                ran++;
                changing += r.classification().readOnly() ? 0 : 1;
                if (r.result() != null) {
                    try (SqlResult result = r.result()) {
                        ResultWriter.write(result, format, format == OutputFormat.TABLE ? maxRows : -1, rawCsv, out);
                    }
                } else if (format == OutputFormat.TABLE && r.updateCount() >= 0) {
                    out.println("(" + r.updateCount() + " row" + (r.updateCount() == 1 ? "" : "s") + " changed)");
                }
            }
            if (transaction) {
                sql(connection, "COMMIT");
                transaction = false;
            }
            out.flush();
            return 0;
        } catch (SQLException e) {
            return userError(err, firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            err.println("sql: internal error: " + e);
            return 2;
        } finally {
            if (transaction) {
                rollBack(connection);
            }
        }
    }

    /** What became of the statements before the one that failed, so the user knows what is in the database now. */
    private static String ran(int ran, int changing, boolean atomic) {
        if (atomic) {
            return ran == 0 ? "" : "; the script was rolled back: none of its statements changed anything (--atomic)";
        }
        if (changing == 0) {
            return "";
        }
        return "; " + (ran == 1 ? "the statement before it ran" : "the " + ran + " statements before it ran")
                + " and " + (ran == 1 ? "its" : "their") + " changes stay (--atomic runs a script as one transaction)";
    }

    private static void sql(Connection connection, String sql) throws SQLException {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private static void rollBack(Connection connection) {
        try {
            sql(connection, "ROLLBACK");
        } catch (SQLException e) {
            // a failed rollback leaves DuckDB's transaction aborted: nothing of it is committed either way
        }
    }

    private static String readScript(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String s = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int userError(PrintStream err, String message) {
        err.println("sql: " + message);
        return 1;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
