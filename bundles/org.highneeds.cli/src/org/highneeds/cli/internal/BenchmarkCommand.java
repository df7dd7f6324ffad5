package org.highneeds.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.analysis.AnalysisException;
import org.highneeds.analysis.BenchmarkEngine;
import org.highneeds.analysis.BenchmarkExport;
import org.highneeds.analysis.BenchmarkFormat;
import org.highneeds.analysis.BenchmarkRequest;
import org.highneeds.analysis.BenchmarkTable;
import org.highneeds.analysis.ComparatorGroup;
import org.highneeds.analysis.IndicatorRegistry;
import org.highneeds.analysis.LaProfile;
import org.highneeds.analysis.OutputFormat;
import org.highneeds.data.WorkspaceDatabase;
import org.highneeds.data.WorkspaceDatabaseException;
import org.highneeds.model.ComparatorSet;
import org.highneeds.model.persistence.AreaModelException;
import org.highneeds.model.persistence.AreaModelStore;

/**
 * {@code highneeds cli benchmark}: one indicator for an LA against a comparator group over a span of years, the LA
 * profile across all indicators, or the list of indicators. The numbers come from the analysis bundle's engine, the
 * same as the Benchmarking view's.
 */
final class BenchmarkCommand {

    static final String USAGE = "benchmark --la CODE --indicator ID [--from YEAR] [--to YEAR] [--group G] "
            + "[--area FILE.xmi] [--format table|csv|json] [--xlsx FILE] | benchmark --la CODE --profile [--group G] "
            + "| benchmark --list";

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Path> workspace;

    BenchmarkCommand(PrintStream out, PrintStream err, Supplier<Path> workspace) {
        this.out = out;
        this.err = err;
        this.workspace = workspace;
    }

    int run(List<String> given) throws UsageException, WorkspaceDatabaseException, java.sql.SQLException {
        // --option=value is the same as --option value
        List<String> args = new java.util.ArrayList<>();
        for (String a : given) {
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 2) {
                args.add(a.substring(0, eq));
                args.add(a.substring(eq + 1));
            } else {
                args.add(a);
            }
        }
        String la = null;
        String indicator = null;
        Integer from = null;
        Integer to = null;
        String group = "sn";
        Path area = null;
        Path xlsx = null;
        boolean list = false;
        boolean profile = false;
        OutputFormat format = OutputFormat.TABLE;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--list" -> list = true;
                case "--profile" -> profile = true;
                case "--la" -> la = value(args, ++i, a);
                case "--indicator" -> indicator = value(args, ++i, a);
                case "--from" -> from = year(value(args, ++i, a), a);
                case "--to" -> to = year(value(args, ++i, a), a);
                case "--group" -> group = value(args, ++i, a);
                case "--area" -> area = Path.of(value(args, ++i, a));
                case "--xlsx" -> xlsx = Path.of(value(args, ++i, a));
                case "--format" -> {
                    try {
                        format = OutputFormat.parse(value(args, ++i, a));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("benchmark: " + e.getMessage());
                    }
                }
                case "-h", "--help" -> {
                    out.println("usage: " + USAGE);
                    out.println("  --group: sn (statistical neighbours, default), region, type (LA type), england, a comma list of");
                    out.println("           LA codes (e.g. 303,304,305), or the name of a comparator group saved in --area FILE.xmi");
                    out.println("  --from/--to: period years (January of a census, calendar year, or the year a financial year ends)");
                    return Cli.OK;
                }
                default -> throw new UsageException("benchmark: unexpected argument '" + a + "' (usage: " + USAGE + ")");
            }
        }
        IndicatorRegistry registry = IndicatorRegistry.fromExtensions();
        registry.problems().forEach(p -> err.println("highneeds: warning: " + p));
        if (list) {
            out.print(BenchmarkFormat.renderIndicators(registry.all(), format));
            return Cli.OK;
        }
        if (la == null) throw new UsageException("benchmark: name the LA with --la (e.g. --la 302 for Barnet); usage: " + USAGE);
        if (!profile && indicator == null) {
            throw new UsageException("benchmark: name the indicator with --indicator (benchmark --list shows them), or use --profile");
        }
        Path xlsxFile = xlsx;
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace.get())) {
            BenchmarkEngine engine = new BenchmarkEngine(db::connect, registry);
            ComparatorGroup comparators = area != null ? saved(engine, area, group) : engine.comparators().parse(group, la);
            if (profile) {
                LaProfile p = engine.profile(la, comparators, new NullProgressMonitor());
                out.print(BenchmarkFormat.render(p, format));
                if (xlsxFile != null) export(() -> BenchmarkExport.toXlsx(p, xlsxFile), xlsxFile);
                return Cli.OK;
            }
            BenchmarkTable table = engine.benchmark(new BenchmarkRequest(la, indicator, from, to, comparators));
            out.print(BenchmarkFormat.render(table, format));
            if (xlsxFile != null) export(() -> BenchmarkExport.toXlsx(table, xlsxFile), xlsxFile);
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
            err.println("written " + file.toAbsolutePath());
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

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) throw new UsageException("benchmark: " + option + " needs a value (usage: " + USAGE + ")");
        return args.get(i);
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
