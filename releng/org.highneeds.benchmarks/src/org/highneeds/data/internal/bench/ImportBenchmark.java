package org.highneeds.data.internal.bench;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.benchmarks.Bench;
import org.highneeds.data.SqlQuoting;
import org.highneeds.data.imports.ImportResult;
import org.highneeds.data.imports.ImportService;
import org.highneeds.data.imports.ImporterRegistry;
import org.highneeds.data.internal.ees.EesCsvImporter;
import org.highneeds.data.internal.lait.LaitImporter;
import org.highneeds.data.internal.schema.SchemaMigrator;
import org.highneeds.data.internal.sen2.Sen2Importer;

/**
 * Benchmark of the CSV import (issue 3): SEN2 caseload.csv (REAL, from {@code highneeds.shared.data}) and a
 * SYNTHETIC file of the same layout (the real data rows repeated to N rows) imported through the workbench
 * ({@link ImportService} with the SEN2 importer, into a freshly migrated DuckDB file) vs bare DuckDB
 * {@code read_csv} into a table in a fresh DuckDB file, same run. Target: importer time at most 1.3x the bare read,
 * for both files. Each figure is the best of {@code bench.import.repeats} runs (default 1; one warm-up of the bare
 * read and one of the import before the real file), so that the 1M-row file fits the benchmark run's time budget.
 * <p>
 * Also the query the benchmarking engine runs on the result, "EHC plans by LA for all years" ({@link #LA_QUERY} on
 * the view {@code ehcp_caseload_latest}): best of 5 warm runs after the real file's import; target 50 ms. For the
 * synthetic file it is printed for information only (its 1M rows give 40x as many LA rows as the real file).
 * <p>
 * Usage: {@code ImportBenchmark [rows=1000000] [work folder]}; run by
 * {@code ./mvnw -B -Pbenchmarks verify -pl releng/org.highneeds.benchmarks} (execution {@code csv-import}).
 */
public final class ImportBenchmark {

    private static final double TARGET = 1.3;

    /** "EHC plans by LA for all years", as the benchmarking engine asks it. */
    static final String LA_QUERY = "SELECT period_year, la_code, ehcp_count, marker FROM ehcp_caseload_latest "
            + "WHERE geographic_level = 'Local authority' AND age_group = 'all' AND need = 'all' "
            + "AND placement_category = 'all' AND sex = 'all' ORDER BY la_code, period_year";

    /** Warm time of {@link #LA_QUERY} after the latest importer run (ms), and its rows. */
    private static double queryMs;
    private static long queryRows;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        boolean ownWork = args.length <= 1;
        Path work = ownWork ? Files.createTempDirectory("hn-bench") : Files.createDirectories(Path.of(args[1]));
        int repeats = Integer.getInteger("bench.import.repeats", 1);
        Bench bench = new Bench("csv-import", "SEN2 caseload.csv (REAL) and a SYNTHETIC " + String.format("%,d", rows)
                + "-row file of the same layout: workbench import vs bare DuckDB read_csv into a table, best of "
                + repeats);
        Path caseload = sharedData().resolve("ehcp-sen2-2025").resolve("caseload.csv");
        // same file name: recognised as SEN2 caseload
        Path synthetic = Files.createDirectories(work.resolve("synthetic")).resolve("caseload.csv");
        writeSynthetic(caseload, synthetic, rows);
        System.out.printf("synthetic file: %,d data rows, %,d bytes (real caseload.csv rows repeated, each copy marked in country_name)%n", rows,
                Files.size(synthetic));
        try {
            double[] ratio = new double[2];
            String[] detail = new String[2];
            double[] query = new double[2];
            long[] queryRowCount = new long[2];
            int i = 0;
            for (Path f : List.of(caseload, synthetic)) {
                // one warm-up of each side (JIT, DuckDB) before the small real file; the big file needs none
                if (i == 0) {
                    bare(f, work, "warm-up", false);
                    importer(f, work, "warm-up importer");
                }
                double bare = Double.MAX_VALUE;
                double imp = Double.MAX_VALUE;
                for (int k = 0; k < repeats; k++) {
                    bare = Math.min(bare, bare(f, work, "bare read_csv", false));
                    imp = Math.min(imp, importer(f, work, null));
                }
                ratio[i] = imp / bare;
                query[i] = queryMs;
                queryRowCount[i] = queryRows;
                detail[i] = String.format("importer %.2f s vs bare read_csv %.2f s", imp, bare);
                if (i == 0) {
                    // for information: the importer's raw table is all VARCHAR (time budget: small file only)
                    double bareVarchar = bare(f, work, "bare read_csv all_varchar", true);
                    detail[i] += String.format(" (all_varchar %.2f s, importer/that %.2fx)", bareVarchar,
                            imp / bareVarchar);
                }
                System.out.printf("%s: importer/bare = %.2fx%n%n", f, imp / bare);
                i++;
            }
            bench.below("caseload", "SEN2 caseload.csv import relative to bare read_csv", ratio[0], TARGET, true, "x",
                    detail[0]);
            bench.below("synthetic-" + label(rows), String.format("SYNTHETIC %,d-row import relative to bare read_csv",
                    rows), ratio[1], TARGET, true, "x", detail[1]);
            bench.below("caseload-la-query", "EHC plans by LA for all years on ehcp_caseload_latest after caseload.csv, "
                    + "warm", query[0], 50, true, "ms", String.format("%,d rows; on the SYNTHETIC %s-row import "
                            + "%.1f ms for %,d rows (information)", queryRowCount[0], label(rows), query[1],
                            queryRowCount[1]));
        } finally {
            if (ownWork) deleteTree(work);
        }
        bench.finish();
    }

    private static String label(long rows) {
        if (rows % 1_000_000 == 0) return rows / 1_000_000 + "m";
        if (rows % 1_000 == 0) return rows / 1_000 + "k";
        return String.valueOf(rows);
    }

    /** The shared data folder: system property {@code highneeds.shared.data} (set by the benchmarks pom). */
    private static Path sharedData() {
        String p = System.getProperty("highneeds.shared.data");
        if (p == null || p.isBlank()) throw new IllegalStateException("set -Dhighneeds.shared.data to the shared data folder");
        Path d = Path.of(p);
        if (!Files.isDirectory(d)) throw new IllegalStateException("no shared data folder " + d.toAbsolutePath()
                + "; set -Dhighneeds.shared.data");
        return d;
    }

    private static void writeSynthetic(Path source, Path target, long rows) throws Exception {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write(lines.get(0));
            w.write("\r\n");
            int data = lines.size() - 1;
            for (long i = 0; i < rows; i++) {
                String line = lines.get(1 + (int) (i % data));
                long copy = i / data;
                if (copy > 0) {
                    // each copy's country_name (5th column) says which copy it is: the importer refuses a SEN2 file
                    // whose rows repeat, and the benchmark measures reading, not that refusal
                    String[] f = line.split(",", 6);
                    f[4] = f[4] + " (synthetic copy " + copy + ")";
                    line = String.join(",", f);
                }
                w.write(line);
                w.write("\r\n");
            }
        }
    }

    private static double bare(Path f, Path work, String label, boolean varchar) throws Exception {
        Path db = fresh(work, "bare.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            long t0 = System.nanoTime();
            s.execute("CREATE TABLE t AS SELECT * FROM read_csv(" + SqlQuoting.literal(f.toString())
                    + (varchar ? ", all_varchar = true" : "") + ")");
            s.execute("CHECKPOINT");
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%-28s %-20s %8.2f s%n", label, f.getFileName(), secs);
            return secs;
        }
    }

    private static double importer(Path f, Path work, String label) throws Exception {
        Path db = fresh(work, "importer.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            new SchemaMigrator().migrate(c);
            try (Statement s = c.createStatement()) {
                // a workspace exists before anything is imported into it: the migrations' catalogue and seeded
                // reference rows are written now, not by the CHECKPOINT that ends the timed import
                s.execute("CHECKPOINT");
            }
            ImportService service = new ImportService(c, new ImporterRegistry(
                    List.of(new EesCsvImporter(), new Sen2Importer(), new LaitImporter())));
            long t0 = System.nanoTime();
            ImportResult r = service.importFile(f, null, new NullProgressMonitor());
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT");
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            // rows = long rows of the views ees_observation and ehcp_caseload (computed from the raw table on read,
            // counted from the raw table at import); nothing is written per long row
            System.out.printf("%-28s %-20s %8.2f s  (%,d long rows in views; %,d raw rows written; %,d rows stored "
                    + "in ehcp_caseload_stored)%n", label != null ? label : "importer " + r.importerId(), f.getFileName(),
                    secs, r.rows(),
                    count(c, "SELECT count(*) FROM raw.raw_p" + r.provenanceId()),
                    count(c, "SELECT count(*) FROM raw.ehcp_caseload_stored"));
            queryMs = Double.MAX_VALUE;
            double cpuMs = Double.MAX_VALUE;
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int k = 0; k < 6; k++) {
                long q0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                long n = 0;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(LA_QUERY)) {
                    while (rs.next()) n++;
                }
                double ms = (System.nanoTime() - q0) / 1e6;
                if (k > 0) { // the first run is the cold one
                    queryMs = Math.min(queryMs, ms);
                    cpuMs = Math.min(cpuMs, (threads.getCurrentThreadCpuTime() - c0) / 1e6);
                }
                queryRows = n;
            }
            // CPU time of the calling thread (planning runs there, DuckDB's workers execute): says how much of the
            // wall time is waiting for a CPU when other processes load the machine
            System.out.printf("%-28s %-20s %8.1f ms warm (%,d rows; %.1f ms CPU of the calling thread; load average "
                    + "%.1f on %d processors)%n", "EHC plans by LA, all years", f.getFileName(), queryMs, queryRows, cpuMs,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            return secs;
        }
    }

    private static Path fresh(Path work, String name) throws Exception {
        Path db = work.resolve(name);
        Files.deleteIfExists(db);
        Files.deleteIfExists(work.resolve(name + ".wal"));
        return db;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
