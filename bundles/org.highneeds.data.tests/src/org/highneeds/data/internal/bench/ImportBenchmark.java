package org.highneeds.data.internal.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.imports.ImportResult;
import org.highneeds.data.testutil.SharedData;
import org.highneeds.data.testutil.TestDb;

/**
 * Benchmark (prints figures): SEN2 caseload.csv and a SYNTHETIC file of the same layout (real data rows repeated
 * to N rows) imported through the SEN2 importer vs bare DuckDB {@code read_csv} into a table, same run, each into
 * a fresh DuckDB file. Usage: {@code ImportBenchmark [rows=1000000] [work folder]}.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("hn-bench");
        Path caseload = SharedData.file("ehcp-sen2-2025", "caseload.csv");
        Path synthetic = work.resolve("caseload.csv"); // same name: recognised as SEN2 caseload
        Path synthDir = Files.createDirectories(work.resolve("synthetic"));
        synthetic = synthDir.resolve("caseload.csv");
        writeSynthetic(caseload, synthetic, rows);
        System.out.printf("synthetic file: %,d data rows, %,d bytes (real caseload.csv rows repeated)%n", rows,
                Files.size(synthetic));
        for (Path f : List.of(caseload, synthetic)) {
            bare(f, work, "warm-up", false);
            double bare = bare(f, work, "bare read_csv", false);
            double bareVarchar = bare(f, work, "bare read_csv all_varchar", true);
            double imp = importer(f, work);
            System.out.printf("%s: importer/bare = %.2fx, importer/bare(all_varchar) = %.2fx%n%n", f, imp / bare,
                    imp / bareVarchar);
        }
    }

    private static void writeSynthetic(Path source, Path target, long rows) throws Exception {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write(lines.get(0));
            w.write("\r\n");
            for (long i = 0; i < rows; i++) {
                w.write(lines.get(1 + (int) (i % (lines.size() - 1))));
                w.write("\r\n");
            }
        }
    }

    private static double bare(Path f, Path work, String label, boolean varchar) throws Exception {
        Path db = work.resolve("bare.duckdb");
        Files.deleteIfExists(db);
        Files.deleteIfExists(work.resolve("bare.duckdb.wal"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            long t0 = System.nanoTime();
            s.execute("CREATE TABLE t AS SELECT * FROM read_csv('" + f + "'" + (varchar ? ", all_varchar = true" : "") + ")");
            s.execute("CHECKPOINT");
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%-28s %-60s %8.2f s%n", label, f.getFileName(), secs);
            return secs;
        }
    }

    private static double importer(Path f, Path work) throws Exception {
        Path db = work.resolve("importer.duckdb");
        Files.deleteIfExists(db);
        Files.deleteIfExists(work.resolve("importer.duckdb.wal"));
        try (TestDb t = TestDb.file(db.toString())) {
            long t0 = System.nanoTime();
            ImportResult r = t.service.importFile(f, null, new NullProgressMonitor());
            try (Statement s = t.connection.createStatement()) {
                s.execute("CHECKPOINT");
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%-28s %-60s %8.2f s  (%,d rows written: raw + ees_observation %,d + ehcp_caseload %,d)%n",
                    "importer " + r.importerId(), f.getFileName(), secs, r.rows(),
                    t.count("SELECT count(*) FROM ees_observation"), t.count("SELECT count(*) FROM ehcp_caseload"));
            return secs;
        }
    }
}
