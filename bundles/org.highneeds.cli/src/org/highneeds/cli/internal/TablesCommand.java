package org.highneeds.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.highneeds.data.TableSummary;
import org.highneeds.data.output.OutputFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tables}: the workspace database's tables and views with their row counts. */
@Command(name = "tables",
        description = {"list the workspace database's tables with row counts", "(F: table, csv or json; default table)"})
final class TablesCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--schema", paramLabel = "S", description = "only the tables of this schema")
    String schema;

    @Option(names = "--format", paramLabel = "F", converter = FormatConverter.class, description = "table, csv or json")
    OutputFormat format = OutputFormat.TABLE;

    TablesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        List<TableSummary> tables = context.database().database().tables();
        List<List<Object>> rows = new ArrayList<>();
        for (TableSummary t : tables) {
            if (schema == null || schema.equals(t.schema())) {
                rows.add(List.of(t.schema(), t.name(), t.view() ? "view" : "table", t.rows()));
            }
        }
        format.print(context.out, List.of("schema", "table", "kind", "rows"), rows);
        return Cli.OK;
    }
}
