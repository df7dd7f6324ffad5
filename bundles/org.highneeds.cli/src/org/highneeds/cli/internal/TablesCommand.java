package org.highneeds.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.highneeds.data.TableSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tables}: the workspace database's tables and views with their row counts. */
@Command(name = "tables",
        description = {"list the workspace database's tables with row counts", "(F: table, csv or json; default table)"})
final class TablesCommand extends CliCommand {

    @Option(names = "--schema", paramLabel = "S", description = "only the tables of this schema")
    String schema;

    @Mixin
    FormatOption output = new FormatOption();

    TablesCommand(CliContext context) {
        super(context);
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
        output.format.print(context.out, List.of("schema", "table", "kind", "rows"), rows);
        return Cli.OK;
    }
}
