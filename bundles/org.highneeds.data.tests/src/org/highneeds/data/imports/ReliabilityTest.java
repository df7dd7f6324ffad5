package org.highneeds.data.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.highneeds.data.testsupport.Synthetic;
import org.highneeds.data.testsupport.TestDb;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken, hostile and cancelled imports: each must leave the database exactly as before (every table's row
 * count and the provenance rows) and name file, row and column. Files here are real files cut or altered, or
 * SYNTHETIC (see {@link Synthetic}).
 */
class ReliabilityTest {

    @TempDir
    Path dir;

    TestDb db;
    Map<String, String> before;

    @BeforeEach
    void openWithOneImport() throws Exception {
        db = TestDb.memory();
        db.service.importFile(SharedData.file("ap-placements-spc", "spc_ap_setting.csv"), null, new NullProgressMonitor());
        before = db.snapshot();
        assertEquals("707", before.get("ees_observation"));
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private ImportException fails(Path file, String importer) {
        ImportException e = assertThrows(ImportException.class,
                () -> db.service.importFile(file, importer, new NullProgressMonitor()));
        try {
            assertEquals(before, db.snapshot(), "database changed by a failed import of " + file.getFileName());
        } catch (java.sql.SQLException s) {
            throw new AssertionError(s);
        }
        assertTrue(e.getMessage().startsWith(file.getFileName().toString()), e.getMessage());
        return e;
    }

    @Test
    void truncatedFile() throws Exception {
        byte[] all = Files.readAllBytes(SharedData.file("ehcp-sen2-2025", "caseload.csv"));
        Path cut = dir.resolve("caseload.csv");
        Files.write(cut, Arrays.copyOf(all, all.length / 2));
        long lines = new String(Arrays.copyOf(all, all.length / 2), StandardCharsets.UTF_8).lines().count();
        ImportException e = fails(cut, null);
        assertEquals(lines, e.location().row(), e.getMessage());
        assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("fields"), e.getMessage());
    }

    @Test
    void wrongLayoutForcedThroughSen2() throws Exception {
        ImportException e = fails(SharedData.file("children-in-need-sen", "sen_la.csv"), "sen2.ehcp");
        assertTrue(e.getMessage().contains("not a SEN2"), e.getMessage());
        assertEquals(1, e.location().row());
    }

    @Test
    void wrongLayoutForcedThroughEes() throws Exception {
        ImportException e = fails(SharedData.file("lait-sen-indicators", "lait_bds_long_sen_subset.csv"), "ees.csv");
        assertTrue(e.getMessage().contains("no column 'time_period'"), e.getMessage());
    }

    @Test
    void badPeriodValueNamesRowAndColumn() throws Exception {
        Path f = Synthetic.ees(dir.resolve("demo.csv"), 3, 20, "2022");
        List<String> lines = Files.readAllLines(f);
        lines.set(11, lines.get(11).replaceFirst("^2022", "twenty22"));
        Files.write(f, lines);
        ImportException e = fails(f, null);
        assertEquals(12, e.location().row());
        assertEquals(1, e.location().column());
        assertEquals("time_period", e.location().columnName());
    }

    @Test
    void windows1252File() throws Exception {
        Path f = Synthetic.ees(dir.resolve("demo.csv"), 3, 20, "2022");
        byte[] bytes = Files.readAllBytes(f);
        String text = new String(bytes, StandardCharsets.UTF_8).replace("Synthetic LA 4,", "Synth\u00e9tic LA 4,");
        Files.write(f, text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        ImportException e = fails(f, null);
        assertEquals(6, e.location().row(), e.getMessage());
        assertEquals(10, e.location().column(), e.getMessage());
        assertEquals("la_name", e.location().columnName());
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void emptyFileAndHeaderOnly() throws Exception {
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        ImportException e = fails(empty, "ees.csv");
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        // an empty file is recognised by nobody
        assertTrue(fails(empty, null).getMessage().contains("no importer"));
        Path header = Files.writeString(dir.resolve("header.csv"), Synthetic.header(3) + "\r\n");
        ImportException h = fails(header, null);
        assertTrue(h.getMessage().contains("no data rows"), h.getMessage());
    }

    @Test
    void duplicatedHeaderIsKeptWithSuffixAndWarned() throws Exception {
        Path f = dir.resolve("dup.csv");
        Files.writeString(f, "time_period,time_identifier,geographic_level,old_la_code,x,x\n2022,Calendar year,Local "
                + "authority,302,1,2\n");
        ImportResult r = db.service.importFile(f, null, new NullProgressMonitor());
        assertEquals(2, r.rows());
        assertEquals(2, db.number("SELECT value FROM ees_observation WHERE provenance_id = " + r.provenanceId()
                + " AND measure = 'x_2'"));
        assertTrue(r.warnings().get(0).contains("'x' appears more than once"), r.warnings().toString());
    }

    @Test
    void tenThousandCharacterCell() throws Exception {
        Path f = Synthetic.ees(dir.resolve("demo.csv"), 3, 20, "2022");
        List<String> lines = Files.readAllLines(f);
        lines.set(8, lines.get(8).replaceFirst(",group [0-9]+,", ",\"" + "A".repeat(10_000) + "\","));
        Files.write(f, lines);
        ImportException e = fails(f, null);
        assertEquals(9, e.location().row());
        assertEquals(11, e.location().column());
        assertEquals("breakdown", e.location().columnName());
        assertTrue(e.getMessage().contains("10000 characters"), e.getMessage());
    }

    @Test
    void cancelBetweenSteps() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        NullProgressMonitor m = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return calls.incrementAndGet() > 3 || super.isCanceled();
            }
        };
        assertThrows(OperationCanceledException.class,
                () -> db.service.importFile(SharedData.file("ehcp-sen2-2025", "caseload.csv"), null, m));
        assertEquals(before, db.snapshot());
    }

    @Test
    void cancelDuringALongStatement() throws Exception {
        // SYNTHETIC, 1,000,000 rows: seconds of SQL, so a cancel soon after the import began lands inside a statement
        // whatever the machine's speed (a fixed delay from the test's start once came after a quick import had ended)
        Path f = Synthetic.ees(dir.resolve("big.csv"), 20, 500_000, "2021", "2022");
        java.util.concurrent.CountDownLatch began = new java.util.concurrent.CountDownLatch(1);
        NullProgressMonitor m = new NullProgressMonitor() {
            @Override
            public void beginTask(String name, int totalWork) {
                began.countDown();
            }

            @Override
            public void subTask(String name) {
                began.countDown();
            }
        };
        Thread canceller = new Thread(() -> {
            try {
                began.await();
                Thread.sleep(150);
            } catch (InterruptedException ignored) {
                return;
            }
            m.setCanceled(true);
        });
        canceller.start();
        assertThrows(OperationCanceledException.class, () -> db.service.importFile(f, null, m));
        canceller.join();
        assertEquals(before, db.snapshot());
    }

    @Test
    void identicalFileTwiceChangesNothing() throws Exception {
        ImportResult again = db.service.importFile(SharedData.file("ap-placements-spc", "spc_ap_setting.csv"), null,
                new NullProgressMonitor());
        assertEquals(ImportResult.Status.UNCHANGED, again.status());
        assertTrue(again.describe().contains("nothing changed"));
        assertEquals(before, db.snapshot());
    }

    @Test
    void newerReleaseReplacesOlderRowsForTheYearsItCovers() throws Exception {
        Path r1 = dir.resolve("r1");
        Path r2 = dir.resolve("r2");
        Files.createDirectories(r1);
        Files.createDirectories(r2);
        // SYNTHETIC releases of one dataset: 2019-2020 (10 rows a year), then 2020-2021 (12 rows a year)
        ImportResult first = db.service.importFile(Synthetic.ees(r1.resolve("demo.csv"), 4, 10, "2019", "2020"), null,
                new NullProgressMonitor());
        ImportResult second = db.service.importFile(Synthetic.ees(r2.resolve("demo.csv"), 4, 12, "2020", "2021"), null,
                new NullProgressMonitor());
        assertEquals(first.datasetId(), second.datasetId());
        assertEquals(List.of(new PeriodChange("ees_observation", 2020, 40, 48)), second.changes());
        assertEquals(List.of(List.of("2019", "40"), List.of("2020", "48"), List.of("2021", "48")),
                db.rows("SELECT period_year, count(*) FROM ees_observation WHERE dataset_id = 'ees:demo' GROUP BY 1 ORDER BY 1"));
        // the first release still holds 2019, so it is not superseded yet
        assertEquals(0, db.count("SELECT count(*) FROM provenance WHERE superseded_by IS NOT NULL"));
        Path r3 = dir.resolve("r3");
        Files.createDirectories(r3);
        ImportResult third = db.service.importFile(Synthetic.ees(r3.resolve("demo.csv"), 4, 5, "2019", "2020", "2021"),
                null, new NullProgressMonitor());
        assertEquals(3, third.changes().size());
        assertEquals(2, db.count("SELECT count(*) FROM provenance WHERE superseded_by = " + third.provenanceId()));
        assertEquals(60, db.count("SELECT count(*) FROM ees_observation WHERE dataset_id = 'ees:demo'"));
    }

    @Test
    void syntheticRowsAreAsDocumented() {
        assertEquals("2022,Academic year,Local authority,E92000001,England,E12000007,London,E09000003,103,Synthetic LA 3,"
                + "group 3,4,5,6", Synthetic.row("2022", 3, 3));
    }
}
