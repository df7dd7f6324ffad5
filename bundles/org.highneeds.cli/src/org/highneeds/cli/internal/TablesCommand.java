package org.highneeds.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.highneeds.data.TableDescription;
import org.highneeds.data.TableSummary;
import org.highneeds.data.WorkspaceDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tables}: the workspace database's tables and views with their row counts, or with their descriptions. */
@Command(name = "tables",
        description = {"list the workspace database's tables with row counts", "(F: table, csv or json; default table)",
                "--describe: each table and column of the analysts' schema (main, or --schema S) with its description"})
final class TablesCommand extends CliCommand {

    @Option(names = "--schema", paramLabel = "S", description = "only the tables of this schema")
    String schema;

    @Option(names = "--describe", description = "list each table and its columns with their types and descriptions")
    boolean describe;

    @Mixin
    FormatOption output = new FormatOption();

    TablesCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        if (describe) {
            return describe();
        }
        List<TableSummary> tables = context.database().database().tables();
        List<List<Object>> rows = new ArrayList<>();
        for (TableSummary t : tables) {
            if (schema == null || schema.equals(t.schema())) {
                rows.add(List.of(t.schema(), t.name(), t.view() ? "view" : "table", t.rows()));
            }
        }
        output.format.print(context.out, List.of("schema", "table", "kind", "rows"), rows, output.rawCsv);
        return Cli.OK;
    }

    /** One row per table (its kind and description) followed by one row per column (its type and description). */
    private Integer describe() throws Exception {
        String inSchema = schema == null ? WorkspaceDatabase.MAIN_SCHEMA : schema;
        List<List<Object>> rows = new ArrayList<>();
        for (TableDescription t : context.database().database().describe(inSchema)) {
            rows.add(Arrays.asList(t.schema(), t.name(), "", t.view() ? "view" : "table", nullToEmpty(t.description())));
            for (TableDescription.Column c : t.columns()) {
                rows.add(Arrays.asList(t.schema(), t.name(), c.name(), c.type(), nullToEmpty(c.description())));
            }
        }
        output.format.print(context.out, List.of("schema", "table", "column", "type", "description"), rows, output.rawCsv);
        return Cli.OK;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
