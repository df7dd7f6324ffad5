package org.highneeds.sql.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.benchmarks.Bench;
import org.highneeds.sql.ExecutionResult;
import org.highneeds.sql.ExportFormat;
import org.highneeds.sql.ExportOptions;
import org.highneeds.sql.ExportReport;
import org.highneeds.sql.ResultExporter;
import org.highneeds.sql.ResultView;
import org.highneeds.sql.SqlConnections;
import org.highneeds.sql.SqlResult;
import org.highneeds.sql.SqlSession;

/**
 * Benchmark of the lazy result model and the streaming xlsx export (issue 5) on SYNTHETIC rows made with range(),
 * each 1M-row figure compared with the same figure for 10k rows in the same run:
 * <ul>
 * <li>first page (200 rows) after a 1M-row query has finished: target &lt; 300 ms;</li>
 * <li>used heap after GC with the result open and a page loaded: must not grow from 10k to 1M rows (ratio &lt;= 1.5);</li>
 * <li>live heap (used after GC at each quarter of the rows) while exporting to xlsx: flat from 10k to 1M rows (ratio
 * &lt;= 1.5; a workbook held in memory would be ~100x, and would not fit the -Xmx512m the benchmark runs with).</li>
 * </ul>
 * Run by {@code ./mvnw -B -Pbenchmarks verify -pl releng/org.highneeds.benchmarks} (execution {@code sql-console}).
 */
public final class SqlBenchmark {

    private static final String QUERY = "select range as id, range %% 153 as la_code, 'LA ' || (range %% 153) as la_name, "
            + "range * 1.5 as amount, (range %% 97)::decimal(10,2) / 7 as rate, date '2020-01-01' + (range %% 1000)::int as day "
            + "from range(%d)";

    private static final int SMALL = 10_000;
    private static final int LARGE = 1_000_000;

    private SqlBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Bench bench = new Bench("sql-console", "lazy 1M-row result and streaming xlsx export, SYNTHETIC rows (range())");
        try (Connection c = SqlConnections.openInMemory(); SqlSession s = new SqlSession(c, false)) {
            ResultExporter exporter = new ResultExporter(s);
            Path dir = Files.createTempDirectory("hn-bench");
            warmUp(s, exporter, dir);

            long[] firstPage = new long[2];
            long[] heap = new long[2];
            int i = 0;
            for (int n : new int[] {SMALL, LARGE}) {
                long t0 = System.nanoTime();
                SqlResult r = run(s, n);
                long queryMs = ms(t0);
                long t1 = System.nanoTime();
                int got = r.page(0, 200).rows().size();
                long firstPageMs = ms(t1);
                long t2 = System.nanoTime();
                r.page(n - 1000, 200);
                long deepPageMs = ms(t2);
                long t3 = System.nanoTime();
                r.setView(new ResultView(3, false, java.util.List.of()));
                long sortMs = ms(t3);
                long t4 = System.nanoTime();
                r.page(n / 2, 200);
                long sortedPageMs = ms(t4);
                r.setView(ResultView.NONE);
                r.page(0, 200);
                long used = usedHeapAfterGc();
                System.out.printf("rows=%,d: query+materialise %,d ms, first page (%d rows) %d ms, page near end %d ms, "
                        + "sort desc %,d ms, sorted page %d ms, used heap after GC (result open, page loaded) %,d KB%n",
                        n, queryMs, got, firstPageMs, deepPageMs, sortMs, sortedPageMs, used / 1024);
                firstPage[i] = firstPageMs;
                heap[i] = used;
                i++;
                r.close();
            }

            long[] live = new long[2];
            long[] exportMs = new long[2];
            i = 0;
            for (int n : new int[] {SMALL, LARGE}) {
                SqlResult r = run(s, n);
                long base = usedHeapAfterGc();
                Path f = dir.resolve("bench-" + n + ".xlsx");
                long[] m = export(exporter, r, f);
                exportMs[i] = m[0];
                live[i] = m[3];
                System.out.printf("xlsx export rows=%,d: %,d ms (%,d rows/s), file %,d KB, heap before %,d KB, "
                        + "live heap during export (max after GC at 25/50/75/100%% of rows) %,d KB, peak sampled "
                        + "heap (garbage included) %,d KB%n", m[1], m[0], m[1] * 1000 / Math.max(1, m[0]),
                        Files.size(f) / 1024, base / 1024, m[3] / 1024, m[2] / 1024);
                Files.delete(f);
                r.close();
                i++;
            }
            Files.delete(dir);

            System.out.println();
            bench.below("first-page-1m", "first page of a 1M-row result", firstPage[1], 300, false, "ms",
                    "baseline 10k rows " + firstPage[0] + " ms, " + Bench.ratio(firstPage[1], firstPage[0]));
            bench.below("heap-1m-vs-10k", "used heap with a 1M-row result open, relative to 10k rows",
                    (double) heap[1] / heap[0], 1.5, true, "x", String.format("%,d KB vs %,d KB (%+,d KB)",
                            heap[1] / 1024, heap[0] / 1024, (heap[1] - heap[0]) / 1024));
            bench.below("xlsx-heap-1m-vs-10k", "live heap exporting 1M rows to xlsx, relative to 10k rows",
                    (double) live[1] / live[0], 1.5, true, "x", String.format("%,d KB vs %,d KB; export %,d ms "
                            + "(%,d rows/s)", live[1] / 1024, live[0] / 1024, exportMs[1],
                            (long) LARGE * 1000 / Math.max(1, exportMs[1])));
        }
        bench.finish();
    }

    /** JIT, DuckDB and POI class loading, so that the 10k-row baseline is not a cold start. */
    private static void warmUp(SqlSession s, ResultExporter exporter, Path dir) throws Exception {
        for (int k = 0; k < 3; k++) {
            try (SqlResult r = run(s, SMALL)) {
                r.page(0, 200);
                r.page(SMALL - 1000, 200);
                r.setView(new ResultView(3, false, java.util.List.of()));
                r.page(SMALL / 2, 200);
                r.setView(ResultView.NONE);
            }
        }
        try (SqlResult r = run(s, SMALL)) {
            Path f = dir.resolve("warm-up.xlsx");
            exporter.export(r, f, ExportFormat.XLSX, ExportOptions.DEFAULT, new NullProgressMonitor());
            Files.delete(f);
        }
    }

    /**
     * Exports with a thread sampling used heap every 5 ms (garbage included) and a progress monitor that measures used
     * heap after GC (the live heap) at 25, 50, 75 and 100% of the rows; returns {ms, rows, peak sampled heap, peak live
     * heap}, heaps in bytes.
     */
    private static long[] export(ResultExporter exporter, SqlResult r, Path f) throws Exception {
        AtomicLong peak = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!stop.get()) {
                Runtime rt = Runtime.getRuntime();
                peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        LiveHeapProbe probe = new LiveHeapProbe();
        sampler.start();
        long t0 = System.nanoTime();
        ExportReport rep = exporter.export(r, f, ExportFormat.XLSX, ExportOptions.DEFAULT, probe);
        long ms = ms(t0);
        stop.set(true);
        sampler.join();
        return new long[] {ms, rep.rows(), peak.get(), probe.peakLive};
    }

    /** Measures the live heap (used after GC) each time the export passes another quarter of its work. */
    private static final class LiveHeapProbe extends NullProgressMonitor {
        private double total = 1;
        private double done;
        private int quarters;
        long peakLive;

        @Override
        public void beginTask(String name, int totalWork) {
            total = Math.max(1, totalWork);
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void internalWorked(double work) {
            done += work;
            while (quarters < 4 && done >= total * (quarters + 1) / 4) {
                quarters++;
                System.gc();
                Runtime rt = Runtime.getRuntime();
                peakLive = Math.max(peakLive, rt.totalMemory() - rt.freeMemory());
            }
        }
    }

    private static SqlResult run(SqlSession s, int n) {
        ExecutionResult r = s.execute(String.format(QUERY, n), Map.of(), new NullProgressMonitor());
        if (!r.ok()) {
            throw new IllegalStateException(r.error().message());
        }
        return r.result();
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
