package org.highneeds.cli.internal;

import org.highneeds.data.output.OutputFormat;

import picocli.CommandLine.Option;

/** {@code --format table|csv|json} of the commands that print results. */
final class FormatOption {

    @Option(names = "--format", paramLabel = "F", converter = FormatConverter.class, description = "table, csv or json (default table)")
    OutputFormat format = OutputFormat.TABLE;
}
