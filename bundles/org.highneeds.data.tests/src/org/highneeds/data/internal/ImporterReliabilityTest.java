package org.highneeds.data.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.highneeds.data.imports.DatasetImporter;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.internal.gias.GiasEstablishmentImporter;
import org.highneeds.data.internal.gias.GiasLinksImporter;
import org.highneeds.data.internal.ons.OnsMidYearEstimatesImporter;
import org.highneeds.data.internal.scorecards.SchoolPlacesScorecardImporter;
import org.highneeds.data.internal.scorecards.ScorecardMetadataImporter;
import org.highneeds.data.testsupport.TestDb;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input for every importer: a file of another family, a truncated file, an empty file, a header-only file,
 * undecodable bytes and binary content. Each must fail with an {@link ImportException} naming file (and row/column
 * where there is one) and leave the database as it was, including an earlier successful import.
 */
class ImporterReliabilityTest {

    /**
     * One importer with a real file it reads, a real file of another family, and a place to corrupt: the first
     * occurrence of {@code text} gets {@code badBytes} inserted after its first word, at {@code row}/{@code columnName}.
     */
    record Case(String name, DatasetImporter importer, Path good, Path foreign, String text, byte[] badBytes, long row,
            String columnName) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<String> TABLES = List.of("setting", "setting_link", "population", "scorecard_value", "scorecard_measure");

    static Stream<Case> cases() {
        return Stream.of(
                new Case("gias establishments", new GiasEstablishmentImporter(), SharedData.file("gias", "edubasealldata20181029_first20rows.csv"),
                        SharedData.file("school-places-scorecards", "scorecard_data_2025_2023.csv"), "Camden Primary Pupil", new byte[] {(byte) 0x81}, 9,
                        "EstablishmentName"),
                new Case("gias links", new GiasLinksImporter(), SharedData.file("gias", "links_edubasealldata20250422.csv"),
                        SharedData.file("gias", "edubasealldata_2026_first2rows.csv"), "CCfL Key Stage 3", new byte[] {(byte) 0x8D}, 2, "LinkName"),
                new Case("ons", new OnsMidYearEstimatesImporter(), SharedData.file("ons-mid-year-estimates", "mye2_persons_mid2019_utla2019_england.csv"),
                        SharedData.file("gias", "links_edubasealldata20250422.csv"), "Darlington", new byte[] {(byte) 0xFF}, 3, "utla19_name"),
                new Case("scorecards", new SchoolPlacesScorecardImporter(), SharedData.file("school-places-scorecards", "scorecard_data_2025_2023.csv"),
                        SharedData.file("ons-mid-year-estimates", "mye2_persons_mid2020_utla2020_england.csv"), "Dudley",
                        new byte[] {(byte) 0xC3, (byte) 0x28}, 2, "LA_name"),
                new Case("scorecard metadata", new ScorecardMetadataImporter(), SharedData.file("school-places-scorecards", "metadata.csv"),
                        SharedData.file("gias", "links_edubasealldata20250422.csv"), "LA Number", new byte[] {(byte) 0xE2, (byte) 0x82}, 2,
                        "user_friendly_names"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void wrongLayoutIsRejected(Case c, @TempDir Path dir) throws Exception {
        // keep the importer's own file name so file-name rules (ONS mid-year) do not mask the layout check
        Path f = copy(c.foreign(), dir.resolve(c.good().getFileName()));
        ImportException e = fails(c, f);
        assertEquals(1, e.location().row(), e.getMessage());
        assertTrue(e.getMessage().contains("not a") || e.getMessage().contains("missing"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void truncatedFileIsRejected(Case c, @TempDir Path dir) throws Exception {
        byte[] all = Files.readAllBytes(c.good());
        // cut three bytes into a record: a download that stopped mid-row
        int cut = all.length * 3 / 5;
        while (all[cut] != '\n') cut++;
        cut += 4;
        Path f = dir.resolve(c.good().getFileName());
        Files.write(f, java.util.Arrays.copyOf(all, cut));
        ImportException e = fails(c, f);
        assertTrue(e.location().row() > 1, e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void emptyFileIsRejected(Case c, @TempDir Path dir) throws Exception {
        Path f = dir.resolve(c.good().getFileName());
        Files.write(f, new byte[0]);
        ImportException e = fails(c, f);
        assertEquals(f.getFileName() + ": the file is empty", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void headerOnlyFileIsRejected(Case c, @TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(c.good(), StandardCharsets.ISO_8859_1);
        Path f = dir.resolve(c.good().getFileName());
        Files.write(f, (lines.get(0) + "\n").getBytes(StandardCharsets.ISO_8859_1));
        ImportException e = fails(c, f);
        assertTrue(e.getMessage().endsWith("the file has a header but no data rows"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void undecodableBytesAreReportedAtTheirCell(Case c, @TempDir Path dir) throws Exception {
        byte[] all = Files.readAllBytes(c.good());
        byte[] text = c.text().getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(all, text);
        assertTrue(at > 0, "sample text present");
        int insert = at + (c.text().indexOf(' ') < 0 ? c.text().length() : c.text().indexOf(' '));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(all, 0, insert);
        out.write(c.badBytes());
        out.write(all, insert, all.length - insert);
        Path f = dir.resolve(c.good().getFileName());
        Files.write(f, out.toByteArray());
        try (TestDb h = TestDb.forImporters()) {
            // an earlier good import must survive the failed one
            long before = h.load(c.importer(), c.good()).rows();
            ImportException e = assertThrows(ImportException.class, () -> h.load(c.importer(), f));
            assertEquals(f.getFileName().toString(), e.location().file());
            assertEquals(c.row(), e.location().row(), e.getMessage());
            assertEquals(c.columnName(), e.location().columnName(), e.getMessage());
            assertTrue(e.getMessage().contains("not valid") || e.getMessage().contains("control character"), e.getMessage());
            long after = 0;
            for (String t : TABLES) after += h.rowCount(t);
            assertEquals(before, after, "failed import wrote nothing and removed nothing");
            assertEquals(0, h.tempTables());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void binaryFileIsRejected(Case c, @TempDir Path dir) throws Exception {
        // the first bytes of a zip (xlsx) container
        Path f = dir.resolve(c.good().getFileName());
        Files.write(f, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, 'x', 'l', '/'});
        ImportException e = fails(c, f);
        assertEquals(1, e.location().row());
        assertTrue(e.getMessage().contains("control character U+0003"), e.getMessage());
    }

    private static ImportException fails(Case c, Path f) throws Exception {
        try (TestDb h = TestDb.forImporters()) {
            ImportException e = assertThrows(ImportException.class, () -> h.load(c.importer(), f));
            assertEquals(f.getFileName().toString(), e.location().file());
            assertTrue(e.getMessage().startsWith(f.getFileName().toString()), e.getMessage());
            for (String t : TABLES) assertEquals(0, h.rowCount(t), t + " must be empty after a failed import");
            assertEquals(0, h.tempTables());
            return e;
        }
    }

    private static Path copy(Path from, Path to) throws Exception {
        Files.copy(from, to);
        return to;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
