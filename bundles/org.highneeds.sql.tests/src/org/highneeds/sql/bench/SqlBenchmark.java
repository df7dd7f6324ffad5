package org.highneeds.sql.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.NullProgressMonitor;
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
 * Benchmark of the lazy result model and the streaming xlsx export on SYNTHETIC rows made with range().
 * Run: java -cp target/classes:target/test-classes:$(cat cp.txt) org.highneeds.sql.bench.SqlBenchmark
 */
public final class SqlBenchmark {

    private static final String QUERY = "select range as id, range %% 153 as la_code, 'LA ' || (range %% 153) as la_name, "
            + "range * 1.5 as amount, (range %% 97)::decimal(10,2) / 7 as rate, date '2020-01-01' + (range %% 1000)::int as day "
            + "from range(%d)";

    private SqlBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = SqlConnections.openInMemory(); SqlSession s = new SqlSession(c, false)) {
            // warm up JIT and DuckDB
            run(s, 10_000).close();
            long heap10k = 0;
            long heap1m = 0;
            for (int n : new int[] {10_000, 1_000_000}) {
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
                long heap = usedHeapAfterGc();
                System.out.printf("rows=%,d query+materialise=%d ms, first page (%d rows)=%d ms, page near end=%d ms, "
                        + "sort desc=%d ms, sorted page=%d ms, used heap after GC (result open, page loaded)=%,d KB%n",
                        n, queryMs, got, firstPageMs, deepPageMs, sortMs, sortedPageMs, heap / 1024);
                if (n == 10_000) {
                    heap10k = heap;
                } else {
                    heap1m = heap;
                }
                r.close();
            }
            System.out.printf("heap ratio 1M/10k = %.2f (flat means ~1.0)%n", (double) heap1m / heap10k);

            ResultExporter exporter = new ResultExporter(s);
            Path dir = Files.createTempDirectory("hn-bench");
            long peak10k = 0;
            for (int n : new int[] {10_000, 1_000_000}) {
                SqlResult r = run(s, n);
                long base = usedHeapAfterGc();
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
                sampler.start();
                long t0 = System.nanoTime();
                Path f = dir.resolve("bench-" + n + ".xlsx");
                ExportReport rep = exporter.export(r, f, ExportFormat.XLSX, ExportOptions.DEFAULT, new NullProgressMonitor());
                long exportMs = ms(t0);
                stop.set(true);
                sampler.join();
                System.out.printf("xlsx export rows=%,d in %,d ms (%,d rows/s), file %,d KB, heap before %,d KB, "
                        + "peak sampled heap during export %,d KB%n", rep.rows(), exportMs,
                        rep.rows() * 1000 / Math.max(1, exportMs), Files.size(f) / 1024, base / 1024, peak.get() / 1024);
                if (n == 10_000) {
                    peak10k = peak.get();
                } else {
                    System.out.printf("xlsx peak heap ratio 1M/10k = %.2f (heap is flat when this stays near 1, "
                            + "not near 100)%n", (double) peak.get() / peak10k);
                }
                Files.delete(f);
                r.close();
            }
            Files.delete(dir);
            System.out.printf("max heap (-Xmx) = %,d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
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
