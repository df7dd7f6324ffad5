package org.highneeds.data.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.benchmarks.Bench;
import org.highneeds.data.internal.sheet.SheetCell;
import org.highneeds.data.internal.sheet.SheetReader;
import org.highneeds.data.internal.sheet.SheetReaders;

/**
 * Benchmark of the streaming xlsx read (issue 3): streaming read (POI event API, {@link SheetReaders}) vs POI
 * XSSFWorkbook on a SYNTHETIC 200k-row sheet written with SXSSFWorkbook (target: at least 3x faster; best of
 * {@code bench.sheet.repeats} runs, default 2, after a warm-up of the streaming read), and peak heap of the streaming
 * read at 10k, 100k and 1M rows, each measured in a child JVM with -Xmx64m (sampling thread over MemoryMXBean, plus
 * used heap after GC; target: peak at 1M rows at most 1.5x the peak at 10k). The child JVMs run with this JVM's
 * class path. XSSFWorkbook needs a big heap for 200k rows (the pom gives this execution -Xmx6g).
 * <p>
 * Usage: {@code SheetReadBenchmark [folder for the generated sheets, default target/bench] [--clean]}; run by
 * {@code ./mvnw -B -Pbenchmarks verify -pl releng/org.highneeds.benchmarks} (execution {@code xlsx-read}).
 */
public final class SheetReadBenchmark {

    private static final String[] NAMES = { "Barnet", "Camden", "Cumberland", "Westmorland and Furness", "Dorset",
            "Bournemouth, Christchurch and Poole", "North Northamptonshire", "York", "Leeds", "Somerset" };
    private static final String[] MARKERS = { "c", "x", "z", "low", "u" };

    private SheetReadBenchmark() {
    }

    /** Writes a synthetic sheet of {@code rows} rows x 8 columns (text, numbers, markers, dates, booleans). */
    static Path generate(Path dir, int rows) throws Exception {
        Path p = dir.resolve("synthetic_" + rows + ".xlsx");
        if (Files.exists(p)) return p;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, true); OutputStream out = Files.newOutputStream(p)) {
            SXSSFSheet s = wb.createSheet("Synthetic");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row h = s.createRow(0);
            String[] heads = { "LA code", "LA name", "Year", "Measure", "Value", "Value with marker", "Census date", "Flag" };
            for (int c = 0; c < heads.length; c++) h.createCell(c).setCellValue(heads[c]);
            LocalDate base = LocalDate.of(2015, 1, 15);
            for (int r = 1; r <= rows; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(Integer.toString(200 + r % 750));
                row.createCell(1).setCellValue(NAMES[r % NAMES.length]);
                row.createCell(2).setCellValue(2015 + r % 10);
                row.createCell(3).setCellValue("EHCPs by primary need " + (r % 13));
                row.createCell(4).setCellValue(r * 1.25);
                if (r % 17 == 0) row.createCell(5).setCellValue(MARKERS[r % MARKERS.length]);
                else row.createCell(5).setCellValue(r % 1000);
                Cell d = row.createCell(6);
                d.setCellValue(base.plusDays(r % 3650));
                d.setCellStyle(dateStyle);
                row.createCell(7).setCellValue(r % 2 == 0);
            }
            wb.write(out);
        }
        return p;
    }

    /** Reads every cell with the streaming reader; returns the number of non-blank cells (compared with the usermodel's count). */
    static long streamingRead(Path p) throws Exception {
        AtomicLong sum = new AtomicLong();
        try (SheetReader r = SheetReaders.open(p)) {
            r.read("Synthetic", row -> {
                for (SheetCell c : row.cells()) if (!c.isBlank()) sum.incrementAndGet();
                return true;
            }, new NullProgressMonitor());
        }
        return sum.get();
    }

    /** Reads every cell through the usermodel (whole workbook in memory). */
    static long usermodelRead(Path p) throws Exception {
        long sum = 0;
        try (OPCPackage pkg = OPCPackage.open(p.toFile(), PackageAccess.READ); XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell c : row) if (c.getCellType() != org.apache.poi.ss.usermodel.CellType.BLANK) sum++;
            }
        }
        return sum;
    }

    /** Child-JVM entry: reads the file, prints "peak=<bytes> afterGc=<bytes> ms=<ms>". */
    public static final class HeapProbe {
        private HeapProbe() {
        }

        /** Reads args[0] with the streaming reader while a thread samples heap use every 2 ms. */
        public static void main(String[] args) throws Exception {
            MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
            System.gc();
            long baseline = mx.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(baseline);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(mx.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long t0 = System.nanoTime();
            long sum = streamingRead(Path.of(args[0]));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            sampler.interrupt();
            System.gc();
            long after = mx.getHeapMemoryUsage().getUsed();
            System.out.println("peak=" + peak.get() + " baseline=" + baseline + " afterGc=" + after + " ms=" + ms + " sum=" + sum);
        }
    }

    private static String child(Path file, String xmx) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the class path of this JVM (the benchmarks project's classes and its Maven dependencies)
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-XX:+UseSerialGC",
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory", "-cp",
                System.getProperty("java.class.path"), HeapProbe.class.getName(), file.toString()));
        Process pr = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String last = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(pr.getInputStream()))) {
            for (String line; (line = in.readLine()) != null;) if (line.startsWith("peak=")) last = line;
        }
        int rc = pr.waitFor();
        return rc == 0 && last != null ? last : "FAILED rc=" + rc;
    }

    /** Runs the benchmark; figures go to standard output, ending with BENCH lines. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(dir);
        int repeats = Integer.getInteger("bench.sheet.repeats", 2);
        Bench bench = new Bench("xlsx-read", "streaming xlsx read vs XSSFWorkbook, SYNTHETIC sheets, best of " + repeats);
        System.out.println("SYNTHETIC data: 8 columns (text, shared strings, numbers, marker text, dates, booleans), written with SXSSFWorkbook");
        Path p200 = generate(dir, 200_000);
        System.out.printf("200k rows: %s, %.1f MB%n", p200.getFileName(), Files.size(p200) / 1e6);
        // warm up the streaming path once, then best of n (the usermodel's first run is its own warm-up)
        streamingRead(p200);
        long bestStream = Long.MAX_VALUE;
        long bestUser = Long.MAX_VALUE;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            long a = streamingRead(p200);
            long stream = System.nanoTime() - t0;
            t0 = System.nanoTime();
            long b = usermodelRead(p200);
            long user = System.nanoTime() - t0;
            if (a != b) throw new IllegalStateException("checksums differ: " + a + " vs " + b);
            bestStream = Math.min(bestStream, stream);
            bestUser = Math.min(bestUser, user);
            System.out.printf("run %d: streaming %,d ms, XSSFWorkbook %,d ms%n", i + 1, stream / 1_000_000,
                    user / 1_000_000);
        }
        System.out.printf("streaming XlsxSheetReader: %d ms; XSSFWorkbook: %d ms; speed-up %.1fx%n", bestStream / 1_000_000,
                bestUser / 1_000_000, (double) bestUser / bestStream);
        int[] sizes = { 10_000, 100_000, 1_000_000 };
        long[] peaks = new long[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            Path p = generate(dir, sizes[i]);
            String line = child(p, "64m");
            System.out.printf("%,d rows (%.1f MB) in a -Xmx64m child JVM: %s%n", sizes[i], Files.size(p) / 1e6, line);
            peaks[i] = line.startsWith("peak=") ? Long.parseLong(line.substring(5, line.indexOf(' '))) : -1;
        }
        System.out.println("cpus=" + Runtime.getRuntime().availableProcessors() + " java=" + System.getProperty("java.version")
                + " load=" + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println();
        bench.above("speed-up-200k", "streaming read of 200k rows, speed-up over XSSFWorkbook",
                (double) bestUser / bestStream, 3, true, "x", String.format("streaming %,d ms vs XSSFWorkbook %,d ms",
                        bestStream / 1_000_000, bestUser / 1_000_000));
        boolean childrenOk = peaks[0] > 0 && peaks[2] > 0;
        bench.below("heap-1m-vs-10k", "peak heap of the streaming read, 1M rows relative to 10k rows (-Xmx64m child JVMs)",
                childrenOk ? (double) peaks[2] / peaks[0] : Double.POSITIVE_INFINITY, 1.5, true, "x", childrenOk
                        ? String.format("%,d KB vs %,d KB (100k rows %,d KB)", peaks[2] / 1024, peaks[0] / 1024,
                                peaks[1] / 1024)
                        : "a child JVM failed");
        if (args.length > 1 && args[1].equals("--clean")) {
            for (File f : dir.toFile().listFiles()) f.delete();
        }
        bench.finish();
    }
}
