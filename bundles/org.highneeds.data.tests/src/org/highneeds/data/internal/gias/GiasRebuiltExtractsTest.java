package org.highneeds.data.internal.gias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.imports.DatasetCatalog;
import org.highneeds.data.imports.ImportResult;
import org.highneeds.data.imports.ImportService;
import org.highneeds.data.testsupport.PlainCsv;
import org.highneeds.data.testsupport.TestDb;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The GIAS extracts rebuilt as UTF-8 with replacement characters (gias-special-provision) and the Edubase register as
 * Camden Open Data republished it: both recognised among all the catalogue's importers, the damaged cells named once each.
 */
class GiasRebuiltExtractsTest {

    private static final String REBUILT = "gias-special-provision";
    private static final String CAMDEN = "edubase-camden-open-data";

    @Test
    void theRebuiltUtf8ExtractsImportWithEachDamagedCellWarnedOnce() throws Exception {
        try (TestDb db = TestDb.memory()) {
            ImportService service = new ImportService(db.connection, DatasetCatalog.fromExtensions().importers());
            List<ImportResult> results = service.importAll(List.of(SharedData.root().resolve(REBUILT)), null, new NullProgressMonitor());
            assertEquals(3, results.size());
            List<String> expectedWarnings = new ArrayList<>();
            long damagedRows = 0;
            for (ImportResult r : results) {
                assertEquals(GiasEstablishmentImporter.ID, r.importerId());
                PlainCsv csv = PlainCsv.read(r.file());
                assertEquals(csv.rows().size(), r.rows(), r.file().toString());
                assertEquals(csv.rows().size(), db.count("SELECT count(*) FROM setting WHERE provenance_id = " + r.provenanceId()));
                List<String> damaged = new ArrayList<>();
                for (int i = 0; i < csv.rows().size(); i++) {
                    List<String> row = csv.rows().get(i);
                    boolean any = false;
                    for (int col = 0; col < row.size(); col++) {
                        if (row.get(col).contains("\uFFFD")) {
                            damaged.add(r.file().getFileName() + ", row " + (i + 2) + ", column " + (col + 1) + " (" + csv.header().get(col) + ")");
                            any = true;
                        }
                    }
                    if (any) damagedRows++;
                }
                assertEquals(damaged, r.warnings().stream().map(w -> w.substring(0, w.indexOf(": '"))).toList());
                expectedWarnings.addAll(damaged);
            }
            assertEquals(15, damagedRows, "PROVENANCE.md: 12 + 2 + 1 rows");
            assertTrue(expectedWarnings.size() >= 15);

            // the damaged name imported as written (UTF-8 decoded, not as Windows-1252 mojibake)
            PlainCsv open = PlainCsv.read(SharedData.file(REBUILT, "edubasealldata20250718_specialist_settings_open.csv"));
            int urn = open.column("URN");
            int line = 0;
            for (int i = 0; i < open.rows().size(); i++) if (open.rows().get(i).get(urn).equals("140677")) line = i + 2;
            assertEquals("North Star 180\uFFFD", db.scalar("SELECT name FROM setting WHERE urn = 140677"));
            ImportResult openResult = results.stream().filter(r -> r.file().getFileName().toString().contains("_open.csv")
                    && r.file().getFileName().toString().contains("specialist")).findFirst().orElseThrow();
            assertTrue(openResult.warnings().contains("edubasealldata20250718_specialist_settings_open.csv, row " + line + ", column 5 "
                    + "(EstablishmentName): 'North Star 180\uFFFD' has a replacement character (U+FFFD) where a character was "
                    + "lost before publication; imported as written"), openResult.warnings().toString());
            assertEquals(0, db.count("SELECT count(*) FROM setting WHERE name LIKE '%\u00ef\u00bf\u00bd%'"), "no mojibake");
            // PROVENANCE.md checks: Frank Barnes School (HI, 35 places, 35 pupils), Shawclough CP (RP 8/7, unit 20/21)
            assertEquals(Arrays.asList("35", "35", "[HI]"), db.row("SELECT capacity, number_of_pupils, sen_provision_codes FROM setting "
                    + "WHERE urn = 100091"));
            assertEquals(Arrays.asList("8", "7", "20", "21"), db.row("SELECT resourced_provision_capacity, resourced_provision_on_roll, "
                    + "sen_unit_capacity, sen_unit_on_roll FROM setting WHERE urn = 105766"));
            assertEquals(32_581, db.count("SELECT sum(resourced_provision_capacity) FROM setting WHERE provenance_id = "
                    + results.stream().filter(r -> r.file().toString().contains("mainstream")).findFirst().orElseThrow().provenanceId()));
        }
    }

    @Test
    void theCamdenEdubaseRepublicationImportsWithItsPackedSenDesignations() throws Exception {
        try (TestDb db = TestDb.memory()) {
            ImportService service = new ImportService(db.connection, DatasetCatalog.fromExtensions().importers());
            ImportResult r = service.importFile(SharedData.file(CAMDEN, "CamdenBoroughs.csv"), null, new NullProgressMonitor());
            assertEquals(CamdenEdubaseImporter.ID, r.importerId());
            PlainCsv csv = PlainCsv.read(SharedData.file(CAMDEN, "CamdenBoroughs.csv"));
            assertEquals(664, csv.rows().size());
            assertEquals(664, r.rows());
            assertEquals("2015-09-24", r.periodTo());
            int la = csv.column("Local Authority Name");
            assertEquals(csv.rows().stream().filter(row -> row.get(la).equals("Camden")).count(),
                    db.count("SELECT count(*) FROM edubase_establishment WHERE la_name = 'Camden'"));
            assertEquals(112, db.count("SELECT count(*) FROM edubase_establishment WHERE la_name = 'Camden'"));
            assertEquals(5, db.count("SELECT count(*) FROM edubase_establishment WHERE section41_approved"));
            // the first row as published: Camden Primary PRU, SEMH, census January 2014
            assertEquals(Arrays.asList("Camden Primary Pupil Referral Unit", "202", "Pupil Referral Unit", "AP-PRU", "5", "11", "20",
                    "12", "2014-01-16", "[SEMH]", "529076", "182495", "-0.140758", "51.526635", "2015-06-02", "2"),
                    db.row("SELECT name, la_code, establishment_type, provision_category, statutory_low_age, statutory_high_age, "
                            + "capacity, number_of_pupils, census_date, sen_provision_codes, easting, northing, longitude, latitude, "
                            + "last_changed_date, source_row FROM edubase_establishment WHERE urn = 100007"));
            // designations packed with '~' are split: one cell of four gives four
            int sen1 = csv.column("Special Education Needs 1");
            int urn = csv.column("Unique Reference Number");
            List<String> packed = csv.rows().stream().filter(row -> row.get(sen1).split("~").length == 4).findFirst().orElseThrow();
            assertEquals(Arrays.asList(packed.get(sen1).split("~")), db.column("SELECT unnest(sen_provision_types) FROM "
                    + "edubase_establishment WHERE urn = " + packed.get(urn)));
            assertEquals(20, db.count("SELECT count(*) FROM edubase_establishment WHERE establishment_type = 'Community Special School'"));
            assertEquals(0, db.count("SELECT count(*) FROM setting"), "a 2015 register of six boroughs stays out of setting");
        }
    }
}
