package org.highneeds.data.internal.scorecards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;

import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.testsupport.TestDb;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Loads the real 2022/23-2024/25 school places scorecard data and its column dictionary. */
class SchoolPlacesScorecardImporterTest {

    private final SchoolPlacesScorecardImporter importer = new SchoolPlacesScorecardImporter();

    @Test
    void loadsLongTableWithRealValuesAndMarkers() throws Exception {
        try (TestDb h = TestDb.forImporters()) {
            ImportSummary summary = h.load(importer, SharedData.file("school-places-scorecards", "scorecard_data_2025_2023.csv"));
            assertEquals(462L * 234, summary.rows(), "462 rows x 234 measure columns");
            assertEquals("2022/23", summary.periodFrom());
            assertEquals("2024/25", summary.periodTo());
            // Barnet (302) 2024/25
            assertEquals(Arrays.asList("28261.0", null, "primary", "E09000003", "Barnet", "Outer London"),
                    h.row("SELECT value, marker, phase, new_la_code, la_name, region_name FROM scorecard_value"
                            + " WHERE la_code = '302' AND period = '2024/25' AND measure = 'PriNOR'"));
            assertEquals(23_384.0, h.scalar("SELECT value FROM scorecard_value WHERE la_code = '302' AND period = '2024/25' AND measure = 'SecNOR'"));
            assertEquals(0.126177308, h.scalar("SELECT value FROM scorecard_value WHERE la_code = '302' AND period = '2024/25' AND measure = 'Quan_P_Su'"));
            assertEquals(29_396.0, h.scalar("SELECT value FROM scorecard_value WHERE la_code = '302' AND period = '2022/23' AND measure = 'PriNOR'"));
            assertEquals(Arrays.asList(null, "z", "primary", "90", "52"),
                    h.row("SELECT value, marker, phase, source_row, source_column FROM scorecard_value"
                            + " WHERE la_code = '302' AND period = '2024/25' AND measure = 'Qual_KS2Mat_Prop'"));
            assertEquals(Arrays.asList(null, "NA"), h.row("SELECT value, marker FROM scorecard_value"
                    + " WHERE la_code = '302' AND period = '2024/25' AND measure = 'Qual_P_Prop'"));
            // City of London 'Low' (2024/25) and 'LOW' (2022/23) both become marker low; NaN kept as its own marker
            assertEquals(Arrays.asList(null, "low"), h.row("SELECT value, marker FROM scorecard_value"
                    + " WHERE la_code = '201' AND period = '2024/25' AND measure = 'For_3_P'"));
            assertEquals(Arrays.asList(null, "low"), h.row("SELECT value, marker FROM scorecard_value"
                    + " WHERE la_code = '201' AND period = '2022/23' AND measure = 'For_1_P'"));
            assertEquals(Arrays.asList(null, "NaN"), h.row("SELECT value, marker FROM scorecard_value"
                    + " WHERE la_code = '201' AND period = '2022/23' AND measure = 'NoR_15_to_current_S_percent'"));
            assertEquals(32_406L, h.scalar("SELECT count(*) FROM scorecard_value WHERE marker = 'NA'"));
            assertEquals(1_951L, h.scalar("SELECT count(*) FROM scorecard_value WHERE marker = 'z'"));
            assertEquals(18L, h.scalar("SELECT count(*) FROM scorecard_value WHERE marker = 'low'"));
            assertEquals(0L, h.scalar("SELECT count(*) FROM scorecard_value WHERE value IS NULL AND marker IS NULL"));
            // national row: no LA code
            assertEquals(Arrays.asList("National", "4277093.0", null), h.row("SELECT geographic_level, value, new_la_code FROM scorecard_value"
                    + " WHERE la_code IS NULL AND period = '2024/25' AND measure = 'PriNOR'"));
            assertEquals(1.54285946110E10, h.scalar("SELECT value FROM scorecard_value WHERE la_code IS NULL AND period = '2024/25' AND measure = 'Funding'"));
            assertEquals("all", h.scalar("SELECT DISTINCT phase FROM scorecard_value WHERE measure = 'Funding'"));
            assertEquals(153L, h.scalar("SELECT count(DISTINCT la_code) FROM scorecard_value"));
            assertEquals(0, h.tempTables());
        }
    }

    @Test
    void loadsMetadataWithBom() throws Exception {
        try (TestDb h = TestDb.forImporters()) {
            ImportSummary summary = h.load(new ScorecardMetadataImporter(), SharedData.file("school-places-scorecards", "metadata.csv"));
            assertEquals(223, summary.rows());
            assertEquals(Arrays.asList("LA Number", "all", "2"), h.row("SELECT description, phase, source_row FROM scorecard_measure WHERE measure = 'LANumber'"));
            assertEquals(Arrays.asList("Estimated percentage of spare primary places 3 years ahead (2027/28)", "primary"),
                    h.row("SELECT description, phase FROM scorecard_measure WHERE measure = 'Quan_P_Su'"));
            assertEquals("Year", h.scalar("SELECT description FROM scorecard_measure WHERE measure = 'Year'"), "leading blank trimmed");
        }
    }

    @Test
    void phaseFromMeasureName() {
        assertEquals("primary", ScorecardPhase.of("Quan_P_Su"));
        assertEquals("secondary", ScorecardPhase.of("For_1_S"));
        assertEquals("primary", ScorecardPhase.of("PRI_NoR19"));
        assertEquals("secondary", ScorecardPhase.of("SecCap10"));
        assertEquals("primary", ScorecardPhase.of("Qual_KS2Read_Prop"));
        assertEquals("secondary", ScorecardPhase.of("KS4_WAA_N"));
        assertEquals("all", ScorecardPhase.of("Funding"));
    }

    @Test
    void recognisesDataAndMetadata() throws IOException {
        SourceFile data = SourceFile.of(SharedData.file("school-places-scorecards", "scorecard_data_2025_2023.csv"));
        SourceFile meta = SourceFile.of(SharedData.file("school-places-scorecards", "metadata.csv"));
        assertEquals(100, importer.recognise(data));
        assertEquals(0, importer.recognise(meta));
        assertEquals(100, new ScorecardMetadataImporter().recognise(meta));
        assertEquals(0, new ScorecardMetadataImporter().recognise(data));
        assertTrue(importer.recognise(SourceFile.of(SharedData.file("gias", "edubasealldata_2026_first2rows.csv"))) == 0);
    }
}
