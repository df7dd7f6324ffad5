package org.highneeds.cli.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.highneeds.data.imports.DatasetCatalog;
import org.highneeds.data.imports.DatasetDescriptor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code datasets}: the dataset catalogue and what of it has been imported. */
@Command(name = "datasets",
        description = "the dataset catalogue and what has been imported (provenance)")
final class DatasetsCommand extends CliCommand {

    @Mixin
    FormatOption output = new FormatOption();

    DatasetsCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        DatasetCatalog catalog = DatasetCatalog.fromExtensions();
        catalog.problems().forEach(p -> context.err.println("highneeds: warning: " + p));
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = context.database().database().connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT importer, count(*), sum(rows), min(period_from), max(period_to), "
                        + "strftime(max(imported_at), '%Y-%m-%d %H:%M') FROM provenance WHERE superseded_by IS NULL GROUP BY importer")) {
            Map<String, List<Object>> imported = new HashMap<>();
            while (r.next()) {
                imported.put(r.getString(1), Arrays.asList(r.getLong(2), r.getLong(3), period(r.getString(4), r.getString(5)), r.getString(6)));
            }
            for (DatasetDescriptor d : catalog.datasets()) {
                List<Object> i = imported.getOrDefault(d.id(), Arrays.asList(0L, 0L, null, null));
                rows.add(Arrays.asList(d.id(), d.title(), d.publisher(), i.get(0), i.get(1), i.get(2), i.get(3)));
            }
        }
        output.format.print(context.out, List.of("dataset", "title", "publisher", "files", "rows", "periods", "last imported"), rows, output.rawCsv);
        return Cli.OK;
    }

    private static String period(String from, String to) {
        if (from == null && to == null) {
            return null;
        }
        return Objects.equals(from, to) ? from : from + ".." + to;
    }
}
