package org.highneeds.data.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.internal.gias.GiasEstablishmentImporter;
import org.highneeds.data.internal.gias.GiasLinksImporter;
import org.highneeds.data.internal.ons.OnsMidYearEstimatesImporter;
import org.highneeds.data.internal.scorecards.SchoolPlacesScorecardImporter;
import org.highneeds.data.testsupport.TestDb;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files with one value spoiled: the message names row, column and value, and nothing is written. */
class BadValuesTest {

    @TempDir
    Path dir;

    private Path spoil(String family, String name, String from, String to) throws Exception {
        Path src = SharedData.file(family, name);
        String text = new String(Files.readAllBytes(src), StandardCharsets.ISO_8859_1);
        int at = text.indexOf(from);
        Path f = dir.resolve(name);
        Files.write(f, (text.substring(0, at) + to + text.substring(at + from.length())).getBytes(StandardCharsets.ISO_8859_1));
        return f;
    }

    @Test
    void giasDateInWrongFormat() throws Exception {
        Path f = spoil("gias", "edubasealldata20181029_first20rows.csv", "\"31-08-1992\"", "\"1992-08-31\"");
        try (TestDb h = TestDb.forImporters()) {
            ImportException e = assertThrows(ImportException.class, () -> h.load(new GiasEstablishmentImporter(), f));
            assertEquals("edubasealldata20181029_first20rows.csv, row 6, column 17 (CloseDate): not a dd-mm-yyyy date: '1992-08-31'", e.getMessage());
            assertEquals(0, h.rowCount("setting"));
        }
    }

    @Test
    void giasDuplicateUrn() throws Exception {
        Path f = spoil("gias", "edubasealldata20181029_first20rows.csv", "\n100019,", "\n100000,");
        try (TestDb h = TestDb.forImporters()) {
            ImportException e = assertThrows(ImportException.class, () -> h.load(new GiasEstablishmentImporter(), f));
            assertEquals("edubasealldata20181029_first20rows.csv, row 21, column 1 (URN): URN '100000' already appears at row 2", e.getMessage());
            assertEquals(0, h.rowCount("setting"));
        }
    }

    @Test
    void linkUrnNotANumber() throws Exception {
        Path f = spoil("gias", "links_edubasealldata20250422.csv", "100017,132245", "100017,13224S");
        try (TestDb h = TestDb.forImporters()) {
            ImportException e = assertThrows(ImportException.class, () -> h.load(new GiasLinksImporter(), f));
            assertEquals("links_edubasealldata20250422.csv, row 5, column 2 (LinkURN): LinkURN must be a positive whole number: '13224S'", e.getMessage());
            assertEquals(0, h.rowCount("setting_link"));
        }
    }

    @Test
    void onsDecimalCount() throws Exception {
        Path f = spoil("ons-mid-year-estimates", "mye2_persons_mid2019_utla2019_england.csv", "\"Darlington\",106803,1100,", "\"Darlington\",106803,1100.5,");
        try (TestDb h = TestDb.forImporters()) {
            ImportException e = assertThrows(ImportException.class, () -> h.load(new OnsMidYearEstimatesImporter(), f));
            assertEquals("mye2_persons_mid2019_utla2019_england.csv, row 3, column 4 (0): population count is neither a whole number nor a marker: '1100.5'", e.getMessage());
            assertEquals(0, h.rowCount("population"));
        }
    }

    @Test
    void scorecardTextValue() throws Exception {
        Path f = spoil("school-places-scorecards", "scorecard_data_2025_2023.csv", "Dudley,25673,", "Dudley,about 25k,");
        try (TestDb h = TestDb.forImporters()) {
            ImportException e = assertThrows(ImportException.class, () -> h.load(new SchoolPlacesScorecardImporter(), f));
            assertEquals("scorecard_data_2025_2023.csv, row 2, column 10 (PriNOR): value is neither a number nor a known marker: 'about 25k'", e.getMessage());
            assertEquals(0, h.rowCount("scorecard_value"));
        }
    }

    @Test
    void cancelledImportWritesNothing() throws Exception {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        try (TestDb h = TestDb.forImporters()) {
            assertThrows(OperationCanceledException.class,
                    () -> h.load(new GiasLinksImporter(), SharedData.file("gias", "links_edubasealldata20250422.csv"), cancelled));
            assertEquals(0, h.tempTables());
            assertEquals(0, h.rowCount("setting_link"));
        }
    }
}
