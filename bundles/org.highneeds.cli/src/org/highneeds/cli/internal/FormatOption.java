package org.highneeds.cli.internal;

import org.highneeds.data.output.OutputFormat;

import picocli.CommandLine.Option;

/** {@code --format table|csv|json} (and {@code --raw-csv}) of the commands that print results. */
final class FormatOption {

    @Option(names = "--format", paramLabel = "F", converter = FormatConverter.class, description = "table, csv or json (default table)")
    OutputFormat format = OutputFormat.TABLE;

    @Option(names = "--raw-csv", description = "csv cells as they are, for machines (by default text starting with = + - @ "
            + "gets a leading ' so a spreadsheet does not run it as a formula)")
    boolean rawCsv;
}
