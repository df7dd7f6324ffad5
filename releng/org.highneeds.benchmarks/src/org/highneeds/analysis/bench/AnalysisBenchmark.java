package org.highneeds.analysis.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

import org.duckdb.DuckDBConnection;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.analysis.BenchmarkEngine;
import org.highneeds.analysis.BenchmarkRequest;
import org.highneeds.analysis.ConnectionSource;
import org.highneeds.analysis.IndicatorDefinition;
import org.highneeds.analysis.IndicatorRegistry;
import org.highneeds.analysis.IndicatorResult;
import org.highneeds.analysis.LaProfile;
import org.highneeds.benchmarks.Bench;

/**
 * Benchmark of the indicator engine (issue 6) on the REAL published files (imported once into
 * {@code target/bench/analysis}, reused by later runs):
 * <ul>
 * <li>one indicator ({@code ehcp_count}) for all LAs and all years with year-on-year changes, bands and ranks,
 * computed from scratch (SQL run again, LA list read again), warm JVM and database: target &lt; 50 ms (median of
 * 30); baseline: the bare SQL of the indicator, run and read in the same run;</li>
 * <li>the LA profile of Barnet (all built-in indicators against its statistical neighbours), every indicator
 * computed from scratch: target &lt; 500 ms (median of 10); baseline: the bare SQL of all indicators one after
 * another; for information also the profile from the engine's cache (what a view refresh costs once computed)
 * and each indicator's own time.</li>
 * </ul>
 * Usage: {@code AnalysisBenchmark [work folder]}; run by
 * {@code ./mvnw -B -Pbenchmarks verify -pl releng/org.highneeds.benchmarks} (execution {@code analysis}).
 */
public final class AnalysisBenchmark {

    private static final double ONE_INDICATOR_TARGET_MS = 50;
    private static final double PROFILE_TARGET_MS = 500;

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(System.getProperty("highneeds.shared.data", "../shared/data"));
        Path work = args.length > 0 ? Path.of(args[0]) : Path.of("target", "bench", "analysis");
        Bench bench = new Bench("analysis", "indicator engine over the REAL SEN2/ONS/DSG/LAIT files: one indicator for all "
                + "LAs and years with bands and ranks, and the LA profile, vs the bare SQL");
        long t0 = System.nanoTime();
        Path file = AnalysisData.database(shared, work);
        System.out.printf("database %s ready in %.1f s (imported on the first run only)%n", file, (System.nanoTime() - t0) / 1e9);
        Class.forName("org.duckdb.DuckDBDriver");
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection root = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly)) {
            ConnectionSource source = () -> ((DuckDBConnection) root).duplicate();
            IndicatorRegistry registry = IndicatorRegistry.fromExtensions();
            if (!registry.problems().isEmpty()) throw new IllegalStateException(registry.problems().toString());
            BenchmarkEngine engine = new BenchmarkEngine(source, registry);
            IndicatorDefinition ehcp = registry.get("ehcp_count");

            // warm-up: JIT and DuckDB caches
            for (int i = 0; i < 5; i++) {
                bareSql(source, ehcp);
                engine.invalidate();
                engine.compute(ehcp);
            }
            double[] bare = new double[30];
            double[] computed = new double[30];
            IndicatorResult last = null;
            for (int i = 0; i < bare.length; i++) {
                long a = System.nanoTime();
                bareSql(source, ehcp);
                bare[i] = ms(a);
                engine.invalidate();
                long b = System.nanoTime();
                last = engine.compute(ehcp);
                computed[i] = ms(b);
            }
            IndicatorResult result = last;
            int years = result.years().size();
            int values = result.years().stream().mapToInt(y -> result.laCodes(y).size()).sum();
            double bareMedian = median(bare);
            double computedMedian = median(computed);
            System.out.printf("ehcp_count: %d periods, %d LA values ranked and banded; engine median %.1f ms (min %.1f), "
                    + "bare SQL median %.1f ms (min %.1f)%n", years, values, computedMedian, min(computed), bareMedian, min(bare));
            bench.below("one-indicator", "one indicator, all LAs and years, bands and ranks (median of 30, from scratch)",
                    computedMedian, ONE_INDICATOR_TARGET_MS, false, "ms", String.format(Locale.ROOT,
                            "bare SQL of the indicator %.1f ms in the same run, %s; %.2fx of target",
                            bareMedian, Bench.ratio(computedMedian, bareMedian), computedMedian / ONE_INDICATOR_TARGET_MS));

            // the benchmark table itself, from the cache (what the view and CLI do after the first compute)
            engine.compute(ehcp);
            double[] table = new double[30];
            for (int i = 0; i < table.length; i++) {
                long a = System.nanoTime();
                engine.benchmark(new BenchmarkRequest("302", "ehcp_count", 2019, 2025, engine.comparators().statisticalNeighbours("302")));
                table[i] = ms(a);
            }
            System.out.printf("benchmark table Barnet vs statistical neighbours 2019-2025 (cached indicator): median %.1f ms%n", median(table));

            // LA profile: every indicator from scratch
            for (int i = 0; i < 2; i++) {
                engine.invalidate();
                engine.profile("302", null, new NullProgressMonitor());
            }
            double[] cold = new double[10];
            double[] coldCpu = new double[10];
            double[] allBare = new double[10];
            double[] allBareCpu = new double[10];
            for (int i = 0; i < cold.length; i++) {
                long cpu = cpuNanos();
                long a = System.nanoTime();
                for (IndicatorDefinition d : registry.all()) bareSql(source, d);
                allBare[i] = ms(a);
                allBareCpu[i] = (cpuNanos() - cpu) / 1e6;
                engine.invalidate();
                cpu = cpuNanos();
                long b = System.nanoTime();
                LaProfile p = engine.profile("302", null, new NullProgressMonitor());
                cold[i] = ms(b);
                coldCpu[i] = (cpuNanos() - cpu) / 1e6;
                if (p.entries().stream().anyMatch(e -> e.problem() != null)) throw new IllegalStateException(p.entries().toString());
            }
            double[] warm = new double[30];
            for (int i = 0; i < warm.length; i++) {
                long a = System.nanoTime();
                engine.profile("302", null, new NullProgressMonitor());
                warm[i] = ms(a);
            }
            System.out.println("per indicator, computed from scratch (median of 5):");
            for (IndicatorDefinition d : registry.all()) {
                double[] each = new double[5];
                for (int i = 0; i < each.length; i++) {
                    engine.invalidate();
                    long a = System.nanoTime();
                    engine.compute(d);
                    each[i] = ms(a);
                }
                System.out.printf(Locale.ROOT, "  %-40s %7.1f ms%n", d.id(), median(each));
            }
            System.out.printf("profile of Barnet, %d indicators: from scratch median %.0f ms (min %.0f), from the cache median "
                    + "%.1f ms; bare SQL of all indicators one after another median %.0f ms%n", registry.all().size(),
                    median(cold), min(cold), median(warm), median(allBare));
            System.out.printf("CPU time of the process (all DuckDB and Java threads; wall time cannot be less than CPU / %d "
                    + "cores): profile from scratch median %.0f ms, bare SQL of all indicators median %.0f ms; system load "
                    + "average now %.1f on %d cores (other processes compete for the CPU when it exceeds the cores)%n",
                    Runtime.getRuntime().availableProcessors(), median(coldCpu), median(allBareCpu),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            bench.below("profile", "LA profile, all " + registry.all().size() + " built-in indicators (median of 10, from scratch)",
                    median(cold), PROFILE_TARGET_MS, false, "ms", String.format(Locale.ROOT,
                            "bare SQL of all indicators one after another %.0f ms in the same run, %s; %.2fx of target; "
                                    + "from the cache %.1f ms; load average %.1f",
                            median(allBare), Bench.ratio(median(cold), median(allBare)), median(cold) / PROFILE_TARGET_MS,
                            median(warm), java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        }
        bench.finish();
    }

    /** Runs the indicator's SQL as the engine does and reads every row, without any of the engine's work. */
    private static int bareSql(ConnectionSource source, IndicatorDefinition d) throws Exception {
        int rows = 0;
        try (Connection c = source.connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM (\n" + d.sql() + "\n) AS indicator")) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= n; i++) r.getObject(i);
                rows++;
            }
        }
        return rows;
    }

    /** CPU time of this process so far (all threads, DuckDB's native ones included). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElseThrow();
    }

}
