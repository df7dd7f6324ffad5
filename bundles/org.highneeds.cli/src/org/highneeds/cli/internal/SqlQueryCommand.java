package org.highneeds.cli.internal;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.highneeds.sql.SqlCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code sql}: a query or a script over the workspace database, by the SQL console's core, which reads its own
 * options ({@code sql --help} lists them).
 */
@Command(name = "sql",
        description = {"run SQL on the workspace database and print the result, or a script",
                "(-f file.sql) statement by statement (sql --help for options)"})
final class SqlQueryCommand extends CliCommand {

    @Parameters(paramLabel = "\"<query>\"|-f file.sql", arity = "0..*", description = "the query, or -f and a script, with the options of sql --help")
    List<String> args = new ArrayList<>();

    SqlQueryCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        String[] given = args.toArray(String[]::new);
        if (args.contains("-h") || args.contains("--help")) {
            return new SqlCommand().run(given, null, context.out, context.err);
        }
        try (Connection c = context.database().database().connect()) {
            int status = new SqlCommand().run(given, c, context.out, context.err);
            if (status == Cli.OK && changesData(args)) {
                context.database().fireChanged();
            }
            return status;
        }
    }

    /** Whether the run may have changed the data (anything but a read-only run of queries). */
    private static boolean changesData(List<String> args) {
        return !args.contains("--read-only");
    }
}
