package org.highneeds.data.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.testsupport.TestDb;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Generic EES importer on real files of other publications, and the LAIT long file by its own layout. */
class EesImportTest {

    @Test
    void childrenInNeedBySen() throws Exception {
        try (TestDb db = TestDb.memory()) {
            Path f = SharedData.file("children-in-need-sen", "sen_la.csv");
            ImportResult r = db.service.importFile(f, null, new NullProgressMonitor());
            assertEquals("ees.csv", r.importerId());
            assertEquals("ees:sen_la", r.datasetId());
            assertEquals("201617", r.periodFrom());
            assertEquals("202122", r.periodTo());
            // Barnet, children in need (CINO) at 31 March 2022 with a statement or EHC plan (column order:
            // old_la_code before la_name and new_la_code here, unlike SEN2 files)
            assertEquals(113, db.number("SELECT value FROM ees_observation WHERE la_code = '302' AND period = '202122' "
                    + "AND period_year = 2022 AND measure = 't_statement_or_EHC_plan' AND "
                    + "(filters->>'social_care_group') = 'CINO at 31 March'"));
            assertEquals("E09000003", db.rows("SELECT DISTINCT ons_code FROM ees_observation WHERE la_code = '302'")
                    .get(0).get(0));
            // the raw table keeps the file as published
            assertEquals(2946, db.count("SELECT count(*) FROM raw.raw_p" + r.provenanceId()));
            assertEquals(2946L * 35, db.count("SELECT count(*) FROM ees_observation"));
            // suppressed cells are NULL with their marker, never 0
            assertEquals(0, db.count("SELECT count(*) FROM ees_observation WHERE value IS NULL AND marker IS NULL"));
        }
    }

    @Test
    void alternativeProvisionPlacements() throws Exception {
        try (TestDb db = TestDb.memory()) {
            ImportResult r = db.service.importFile(SharedData.file("ap-placements-spc", "spc_ap_setting.csv"), null,
                    new NullProgressMonitor());
            assertEquals("ees.csv", r.importerId());
            assertEquals(707, r.rows());
            assertEquals(21, db.number("SELECT value FROM ees_observation WHERE la_code = '335' AND period_year = 2023 "
                    + "AND measure = 'placements' AND (filters->>'setting_type') = 'One on one tuition'"));
        }
    }

    @Test
    void unknownLaCodesAreWarnedAgainstTheSeededReference() throws Exception {
        try (TestDb db = TestDb.memory()) {
            ImportResult real = db.service.importFile(SharedData.file("ap-placements-spc", "spc_ap_setting.csv"),
                    null, new NullProgressMonitor());
            assertEquals(List.of(), real.warnings(), "every LA of the real file is in the seeded reference");
        }
        try (TestDb db = TestDb.memory()) {
            // SYNTHETIC: the real file with Walsall's code on data row 1 (file row 2) changed to an unknown 999
            List<String> lines = java.nio.file.Files.readAllLines(SharedData.file("ap-placements-spc", "spc_ap_setting.csv"));
            java.nio.file.Path copy = java.nio.file.Files.createTempDirectory("la").resolve("spc_ap_setting.csv");
            lines.set(1, lines.get(1).replace(",335,", ",999,"));
            java.nio.file.Files.write(copy, lines);
            ImportResult with = db.service.importFile(copy, null, new NullProgressMonitor());
            assertEquals(1, with.warnings().size(), with.warnings().toString());
            assertTrue(with.warnings().get(0).contains("LA code 999 is not in the LA reference table"));
            assertTrue(with.warnings().get(0).startsWith("spc_ap_setting.csv, row 2, column 10 (old_la_code)"),
                    with.warnings().get(0));
        }
    }

    @Test
    void laitLongFileHasItsOwnLayout() throws Exception {
        try (TestDb db = TestDb.memory()) {
            Path f = SharedData.file("lait-sen-indicators", "lait_bds_long_sen_subset.csv");
            ImportResult r = db.service.importFile(f, null, new NullProgressMonitor());
            assertEquals("lait.bds_long", r.importerId());
            assertEquals(31_960, r.rows());
            // LAIT copies SEN2: Barnet had 3,211 EHC plans in January 2022, England 473,255
            assertEquals(3_211, db.number("SELECT value FROM lait_indicator WHERE indicator = 'SEN_CASES_JAN' AND "
                    + "la_code = '302' AND period_year = 2022"));
            assertEquals(473_255, db.number("SELECT value FROM lait_indicator WHERE indicator = 'SEN_CASES_JAN' AND "
                    + "geographic_level = 'National' AND period_year = 2022"));
            // '-' means missing: NULL with marker
            assertEquals(1_637, db.count("SELECT count(*) FROM lait_indicator WHERE value IS NULL AND marker = '-'"));
            // financial years: 2016-17 (OT) is the year of January 2017
            assertEquals(120, db.number("SELECT value FROM lait_indicator WHERE indicator = 'SENFinance' AND la_code = "
                    + "'302' AND period = '2016-17 (OT)' AND period_year = 2017 AND time_identifier = 'Financial year'"));
            // the EES importer refuses it by name when forced
            ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                    () -> db.service.importFile(f, "ees.csv", new NullProgressMonitor()));
            assertTrue(e.getMessage().contains("time_period"), e.getMessage());
        }
    }
}
