package org.highneeds.data.internal.ons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.testsupport.TestDb;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads the three real ONS MYE2 persons files and checks published figures. */
class OnsMidYearEstimatesImporterTest {

    private final OnsMidYearEstimatesImporter importer = new OnsMidYearEstimatesImporter();

    @Test
    void mid2019UpperTierPopulationAged2To18() throws Exception {
        try (TestDb h = TestDb.forImporters()) {
            ImportSummary summary = h.load(importer, SharedData.file("ons-mid-year-estimates", "mye2_persons_mid2019_utla2019_england.csv"));
            assertEquals(151 * 91, summary.rows(), "151 upper-tier LAs x ages 0..89 and 90+");
            assertEquals("2019", summary.periodFrom());
            // England = sum of the 151 UTLAs (the file has no England row); ONS published total 56,286,961
            assertEquals(56_286_961L, ((Number) h.scalar("SELECT sum(persons) FROM population WHERE mid_year = 2019")).longValue());
            assertEquals(11_379_527L, ((Number) h.scalar("SELECT sum(persons) FROM population_aged_2_to_18 WHERE mid_year = 2019 AND geography = 'UTLA'")).longValue());
            assertEquals(Arrays.asList("Barnet", "87581", "true", "UTLA", "2019", "persons"),
                    h.row("SELECT area_name, persons, complete, geography, geography_year, sex FROM population_aged_2_to_18 WHERE ons_code = 'E09000003'"));
            assertEquals(1_540L, ((Number) h.scalar("SELECT persons FROM population_aged_2_to_18 WHERE ons_code = 'E09000001'")).longValue());
            assertEquals(Arrays.asList("Bristol, City of", "87724"),
                    h.row("SELECT area_name, persons FROM population_aged_2_to_18 WHERE ons_code = 'E06000023'"));
            assertEquals(Arrays.asList("4890", null, "2"), h.row("SELECT persons, marker, source_row FROM population WHERE ons_code = 'E06000047' AND age = 0"));
            assertEquals(Arrays.asList("90", "3634"), h.row("SELECT age, persons FROM population WHERE ons_code = 'E09000003' AND age_label = '90+'"));
            assertEquals(119_994L, ((Number) h.scalar("SELECT persons FROM population_aged_2_to_18 WHERE ons_code = 'E10000002'")).longValue(),
                    "Buckinghamshire county code in 2019");
            assertTrue(h.warnings().isEmpty(), "every row's ages add up to total_population");
        }
    }

    @Test
    void mid2020BothGeographiesSideBySide() throws Exception {
        try (TestDb h = TestDb.forImporters()) {
            h.load(importer, SharedData.file("ons-mid-year-estimates", "mye2_persons_mid2020_utla2020_england.csv"));
            h.load(importer, SharedData.file("ons-mid-year-estimates", "mye2_persons_mid2020_ltla2021_england.csv"));
            assertEquals(150L, h.scalar("SELECT count(*) FROM population_aged_2_to_18 WHERE geography = 'UTLA'"));
            assertEquals(309L, h.scalar("SELECT count(*) FROM population_aged_2_to_18 WHERE geography = 'LTLA'"));
            assertEquals(89_035L, ((Number) h.scalar("SELECT persons FROM population_aged_2_to_18 WHERE ons_code = 'E09000003' AND geography = 'UTLA'")).longValue());
            // Northamptonshire is missing from the UTLA file (quirk of the source); its successors are in the LTLA file
            assertEquals(0L, h.scalar("SELECT count(*) FROM population WHERE ons_code = 'E10000021'"));
            assertEquals(76_205L, ((Number) h.scalar("SELECT persons FROM population_aged_2_to_18 WHERE ons_code = 'E06000061'")).longValue());
            assertEquals(11_472_510L, ((Number) h.scalar("SELECT sum(persons) FROM population_aged_2_to_18 WHERE geography = 'LTLA'")).longValue());
            assertEquals(Arrays.asList("2020", "2021"), h.row("SELECT min(geography_year), max(geography_year) FROM population"));
            assertEquals(2L, h.scalar("SELECT count(DISTINCT provenance_id) FROM population"));
        }
    }

    /** Synthetic: markers in count cells become NULL with the marker kept, never 0, and the 2-18 sum is flagged incomplete. */
    @Test
    void markersAreKeptNotZero(@TempDir Path dir) throws Exception {
        StringBuilder header = new StringBuilder("\"utla22_code\",\"utla22_name\",\"total_population\"");
        StringBuilder row = new StringBuilder("\"E09000099\",\"Synthetic borough\",91");
        for (int a = 0; a <= 90; a++) {
            header.append(",\"").append(a == 90 ? "90+" : Integer.toString(a)).append('"');
            row.append(',').append(a == 5 ? "c" : a == 6 ? "" : a == 7 ? " low " : "1");
        }
        Path f = dir.resolve("synthetic_mid2022_utla2022.csv");
        Files.writeString(f, header + "\n" + row + "\n");
        try (TestDb h = TestDb.forImporters()) {
            h.load(importer, f);
            assertEquals(Arrays.asList(null, "c"), h.row("SELECT persons, marker FROM population WHERE age = 5"));
            assertEquals(Arrays.asList(null, ""), h.row("SELECT persons, marker FROM population WHERE age = 6"));
            assertEquals(Arrays.asList(null, "low"), h.row("SELECT persons, marker FROM population WHERE age = 7"));
            assertEquals(Arrays.asList("14", "false", "2022"), h.row("SELECT persons, complete, mid_year FROM population_aged_2_to_18"));
            assertEquals(1, h.warnings().size(), "total 91 differs from the 88 known single years");
        }
    }

    @Test
    void fileNameMustGiveMidYear(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("population.csv");
        Files.copy(SharedData.file("ons-mid-year-estimates", "mye2_persons_mid2019_utla2019_england.csv"), f);
        try (TestDb h = TestDb.forImporters()) {
            ImportException e = assertThrows(ImportException.class, () -> h.load(importer, f));
            assertTrue(e.getMessage().startsWith("population.csv: cannot tell the mid-year"), e.getMessage());
            assertEquals(0, h.rowCount("population"));
        }
    }

    @Test
    void recognisesSingleYearOfAgeTables() throws IOException {
        assertEquals(100, importer.recognise(SourceFile.of(SharedData.file("ons-mid-year-estimates", "mye2_persons_mid2020_ltla2021_england.csv"))));
        assertEquals(0, importer.recognise(SourceFile.of(SharedData.file("gias", "links_edubasealldata20250422.csv"))));
        assertEquals(0, importer.recognise(SourceFile.of(SharedData.file("school-places-scorecards", "scorecard_data_2025_2023.csv"))));
    }
}
