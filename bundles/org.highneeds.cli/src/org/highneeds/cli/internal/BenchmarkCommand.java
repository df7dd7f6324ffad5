package org.highneeds.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.analysis.AnalysisException;
import org.highneeds.analysis.BenchmarkEngine;
import org.highneeds.analysis.BenchmarkExport;
import org.highneeds.analysis.BenchmarkFormat;
import org.highneeds.analysis.BenchmarkRequest;
import org.highneeds.analysis.BenchmarkTable;
import org.highneeds.analysis.ComparatorGroup;
import org.highneeds.analysis.LaProfile;
import org.highneeds.model.ComparatorSet;
import org.highneeds.model.persistence.AreaModelException;
import org.highneeds.model.persistence.AreaModelStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code highneeds cli benchmark}: one indicator for an LA against a comparator group over a span of years, the LA
 * profile across all indicators, or the list of indicators (the contributed and the workspace's user-defined ones).
 * The numbers come from the benchmark engine service, the same as the Benchmarking view's.
 */
@Command(name = "benchmark",
        description = {"an indicator for an LA (default: my LA), its comparators, their mean and England by",
                "year, with changes, bands and ranks (--profile: all indicators; --list: the indicators)"},
        footer = {"  --group: sn (statistical neighbours, default), region, type (LA type), england, a comma list of",
                "           LA codes (e.g. 303,304,305), or the name of a comparator group saved in --area FILE.xmi",
                "  --from/--to: period years (January of a census, calendar year, or the year a financial year ends)"})
final class BenchmarkCommand extends CliCommand {

    static final String USAGE = "benchmark --la CODE --indicator ID [--from YEAR] [--to YEAR] [--group G] "
            + "[--area FILE.xmi] [--format table|csv|json] [--xlsx FILE] | benchmark --la CODE --profile [--group G] "
            + "| benchmark --list";

    @Option(names = "--la", paramLabel = "CODE", description = "the LA's 3-digit DfE number (default: my LA of the workspace)")
    String la;

    @Option(names = "--indicator", paramLabel = "ID", description = "the indicator (--list shows them)")
    String indicator;

    @Option(names = "--from", paramLabel = "YEAR", description = "the first period year")
    String from;

    @Option(names = "--to", paramLabel = "YEAR", description = "the last period year")
    String to;

    @Option(names = "--group", paramLabel = "G", description = "the comparators: sn, region, type, england, LA codes or a saved group")
    String group = "sn";

    @Option(names = "--area", paramLabel = "FILE.xmi", description = "a local area model whose comparator groups --group may name")
    Path area;

    @Mixin
    FormatOption output = new FormatOption();

    @Option(names = "--xlsx", paramLabel = "FILE", description = "also write the table (or profile) to an Excel workbook")
    Path xlsx;

    @Option(names = "--profile", description = "the LA across all indicators")
    boolean profile;

    @Option(names = "--list", description = "list the indicators with their definitions")
    boolean list;

    BenchmarkCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        Integer fromYear = from == null ? null : year(from, "--from");
        Integer toYear = to == null ? null : year(to, "--to");
        BenchmarkEngine engine = context.engine();
        engine.registry().problems().forEach(p -> context.err.println("highneeds: warning: " + p));
        if (list) {
            context.out.print(BenchmarkFormat.renderIndicators(engine.registry().all(), output.format, output.rawCsv));
            return Cli.OK;
        }
        String code = la != null ? la : context.myLa().orElseThrow(() -> new UsageException(
                "benchmark: name the LA with --la (e.g. --la 302 for Barnet), or choose my LA for this workspace "
                        + "('highneeds cli my-la 302', or Window > Preferences > High Needs in the workbench); usage: " + USAGE));
        if (!profile && indicator == null) {
            throw new UsageException("benchmark: name the indicator with --indicator (benchmark --list shows them), or use --profile");
        }
        try {
            ComparatorGroup comparators = area != null ? saved(engine, area, group) : engine.comparators().parse(group, code);
            if (profile) {
                LaProfile p = engine.profile(code, comparators, new NullProgressMonitor());
                context.out.print(BenchmarkFormat.render(p, output.format, output.rawCsv));
                if (xlsx != null) export(() -> BenchmarkExport.toXlsx(p, xlsx), xlsx);
                return Cli.OK;
            }
            BenchmarkTable table = engine.benchmark(new BenchmarkRequest(code, indicator, fromYear, toYear, comparators));
            context.out.print(BenchmarkFormat.render(table, output.format, output.rawCsv));
            if (xlsx != null) export(() -> BenchmarkExport.toXlsx(table, xlsx), xlsx);
            return Cli.OK;
        } catch (AnalysisException e) {
            throw new UsageException("benchmark: " + e.getMessage());
        }
    }

    private interface Export {
        void run() throws IOException;
    }

    private void export(Export export, Path file) throws UsageException {
        try {
            export.run();
            context.err.println("written " + file.toAbsolutePath());
        } catch (IOException e) {
            throw new UsageException("benchmark: cannot write " + file + ": " + e.getMessage());
        }
    }

    private static ComparatorGroup saved(BenchmarkEngine engine, Path area, String name) throws UsageException, AnalysisException {
        try {
            List<ComparatorSet> sets = new AreaModelStore().load(area, new NullProgressMonitor()).model().getComparatorSets();
            for (ComparatorSet s : sets) {
                if (name.equalsIgnoreCase(s.getName())) return engine.comparators().of(s);
            }
            throw new UsageException("benchmark: " + area + " has no comparator group named '" + name + "'; it has: "
                    + String.join(", ", sets.stream().map(ComparatorSet::getName).toList()));
        } catch (AreaModelException e) {
            throw new UsageException("benchmark: cannot read " + area + ": " + e.getMessage());
        }
    }

    private static int year(String text, String option) throws UsageException {
        try {
            int y = Integer.parseInt(text.trim());
            if (y < 1900 || y > 2200) throw new NumberFormatException();
            return y;
        } catch (NumberFormatException e) {
            throw new UsageException("benchmark: " + option + " takes a year such as 2019, not '" + text + "'");
        }
    }
}
