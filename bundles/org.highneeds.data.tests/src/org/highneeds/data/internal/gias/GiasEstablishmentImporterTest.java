package org.highneeds.data.internal.gias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.internal.csv.CsvPreflight;
import org.highneeds.data.testsupport.TestDb;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads the real GIAS samples (2018 and 2026 column sets) and a synthetic Windows-1252 file. */
class GiasEstablishmentImporterTest {

    private final GiasEstablishmentImporter importer = new GiasEstablishmentImporter();

    @Test
    void loadsCurrentExtractWithRealValues() throws Exception {
        try (TestDb h = TestDb.forImporters()) {
            ImportSummary summary = h.load(importer, SharedData.file("gias", "edubasealldata_2026_first2rows.csv"));
            assertEquals(2, summary.rows());
            assertEquals(Arrays.asList("setting"), summary.tables());
            assertEquals("2026-01-14", summary.periodFrom(), "latest LastChangedDate dates the extract");
            assertEquals(Arrays.asList("1", "The Aldgate School", "201", "City of London", "02", "Voluntary aided school",
                    "Local authority maintained schools", "mainstream", "Open", null, null, "Primary", "3", "11", "245", "249",
                    "2025-01-16", "EC3A 5DE", "533498", "181201", "E09000001", null, null, "false", "false", "[]"),
                    h.row("SELECT provenance_id, name, la_code, la_name, establishment_type_code, establishment_type,"
                            + " establishment_type_group, provision_category, status, open_date, close_date, phase,"
                            + " statutory_low_age, statutory_high_age, capacity, number_of_pupils, census_date, postcode, easting,"
                            + " northing, gss_la_code, section41_approved, type_of_resourced_provision, has_resourced_provision,"
                            + " has_sen_unit, sen_provision_types FROM setting WHERE urn = 100000"));
            assertEquals(Arrays.asList("Sherborne Nursery School", "202", "Camden", "Closed", "1992-08-31", "Nursery", "mainstream", "3"),
                    h.row("SELECT name, la_code, la_name, status, close_date, phase, provision_category, source_row FROM setting WHERE urn = 100004"));
            assertEquals(0, h.tempTables(), "staging tables dropped");
        }
    }

    @Test
    void loads2018ColumnSetWithSenUnitsAndResourcedProvision() throws Exception {
        try (TestDb h = TestDb.forImporters()) {
            ImportSummary summary = h.load(importer, SharedData.file("gias", "edubasealldata20181029_first20rows.csv"));
            assertEquals(20, summary.rows());
            assertEquals("2018-10-29", summary.periodTo(), "extract date from the file name");
            assertEquals("Sir John Cass's Foundation Primary School", h.scalar("SELECT name FROM setting WHERE urn = 100000"));
            // Camden Primary PRU: AP-PRU with an SEMH SEN unit of 20 places, 20 on roll
            assertEquals(Arrays.asList("AP-PRU", "SEN Unit", "false", "true", null, null, "20", "20",
                    "SEMH - Social, Emotional and Mental Health", "[SEMH]"),
                    h.row("SELECT provision_category, type_of_resourced_provision, has_resourced_provision, has_sen_unit,"
                            + " resourced_provision_on_roll, resourced_provision_capacity, sen_unit_on_roll, sen_unit_capacity,"
                            + " array_to_string(sen_provision_types, '|'), sen_provision_codes FROM setting WHERE urn = 100007"));
            // Netley Primary School & Centre for Autism: both a resourced provision and a SEN unit, 24 / 24 each
            assertEquals(Arrays.asList("true", "true", "24", "24", "24", "24", "[ASD]"),
                    h.row("SELECT has_resourced_provision, has_sen_unit, resourced_provision_on_roll, resourced_provision_capacity,"
                            + " sen_unit_on_roll, sen_unit_capacity, sen_provision_codes FROM setting WHERE urn = 100018"));
            // City of London School for Girls: independent, section 41 "Not approved", opened 1 January 1920
            assertEquals(Arrays.asList("other", "false", "1920-01-01", "734", "732"),
                    h.row("SELECT provision_category, section41_approved, open_date, capacity, number_of_pupils FROM setting WHERE urn = 100001"));
            assertEquals(2L, h.scalar("SELECT count(*) FROM setting WHERE provision_category = 'AP-PRU'"));
            assertEquals(2L, h.scalar("SELECT count(*) FROM setting WHERE close_date = DATE '2000-08-31'"));
            assertEquals(3L, h.scalar("SELECT count(*) FROM setting WHERE len(sen_provision_types) > 0"));
            assertTrue(h.warnings().isEmpty(), h.warnings().toString());
        }
    }

    /** Synthetic file (made up here, not published data): cp1252 bytes, a cut-down column set and SEN settings. */
    @Test
    void decodesWindows1252AndMapsSpecialProvision(@TempDir Path dir) throws Exception {
        String csv = String.join("\r\n",
                "\"URN\",\"LA (code)\",\"LA (name)\",\"EstablishmentName\",\"TypeOfEstablishment (code)\",\"TypeOfEstablishment (name)\",\"OpenDate\",\"SchoolCapacity\",\"SEN1 (name)\",\"SEN2 (name)\",\"TypeOfResourcedProvision (name)\",\"Section41Approved (name)\"",
                "900001,\"886\",\"Kent\",\"Ren\u00e9e\u2019s \u00a35 Special School\",\"07\",\"Community special school\",\"01-09-2015\",120,\"ASD - Autistic Spectrum Disorder\",\"SLD - Severe Learning Difficulty\",\"Not applicable\",\"Not applicable\"",
                "900002,886,Kent,\"Academy Special\",44,\"Academy special converter\",,80,,,,",
                "900003,886,Kent,\"NMSS\",08,\"Non-maintained special school\",,,,,,\"Approved\"",
                "900004,886,Kent,\"Indie Special\",10,\"Other independent special school\",,,,,,\"Approved\"",
                "900005,886,Kent,\"College SPI\",32,\"Special post 16 institution\",,,,,,",
                "900006,886,Kent,\"FE College\",18,\"Further education\",,,,,,",
                "900007,886,Kent,\"AP Free\",38,\"Free schools alternative provision\",,,,,,",
                "900008,886,Kent,\"Odd One\",99,\"Type not in the dictionary\",,,,,,",
                "900009,1,Somewhere,\"Foundation Special\",,\"Foundation special school\",,,,,\"Resourced provision\",") + "\r\n";
        Path file = dir.resolve("synthetic_gias_cp1252.csv");
        Files.write(file, csv.getBytes(CsvPreflight.WINDOWS_1252));
        assertEquals(0x92, Files.readAllBytes(file)[csv.indexOf('\u2019')] & 0xFF, "smart quote is the cp1252 byte, not latin-1");
        try (TestDb h = TestDb.forImporters()) {
            assertEquals(9, h.load(importer, file).rows());
            assertEquals("Ren\u00e9e\u2019s \u00a35 Special School", h.scalar("SELECT name FROM setting WHERE urn = 900001"));
            assertEquals(Arrays.asList("special maintained", "2015-09-01", "120", "[ASD, SLD]", "false", "false", null),
                    h.row("SELECT provision_category, open_date, capacity, sen_provision_codes, has_resourced_provision,"
                            + " has_sen_unit, section41_approved FROM setting WHERE urn = 900001"));
            assertEquals("special academy-free", h.scalar("SELECT provision_category FROM setting WHERE urn = 900002"));
            assertEquals("non-maintained special", h.scalar("SELECT provision_category FROM setting WHERE urn = 900003"));
            assertEquals(Arrays.asList("independent special", "true"), h.row("SELECT provision_category, section41_approved FROM setting WHERE urn = 900004"));
            assertEquals("SPI", h.scalar("SELECT provision_category FROM setting WHERE urn = 900005"));
            assertEquals("FE", h.scalar("SELECT provision_category FROM setting WHERE urn = 900006"));
            assertEquals("AP-PRU", h.scalar("SELECT provision_category FROM setting WHERE urn = 900007"));
            assertEquals("other", h.scalar("SELECT provision_category FROM setting WHERE urn = 900008"));
            // no type code: mapped by name; LA code padded to 3 digits; resourced provision flag from the type text
            assertEquals(Arrays.asList("special maintained", "001", "true", "false"),
                    h.row("SELECT provision_category, la_code, has_resourced_provision, has_sen_unit FROM setting WHERE urn = 900009"));
            assertNull(h.scalar("SELECT phase FROM setting WHERE urn = 900009"), "absent column gives NULL");
            assertEquals(1, h.warnings().size());
            assertEquals(9, h.warnings().get(0).where().row());
            assertTrue(h.warnings().get(0).message().contains("'99'"), h.warnings().get(0).message());
        }
    }

    @Test
    void recognisesEstablishmentExtractsOnly() throws IOException {
        assertEquals(100, importer.recognise(SourceFile.of(SharedData.file("gias", "edubasealldata_2026_first2rows.csv"))));
        assertEquals(100, importer.recognise(SourceFile.of(SharedData.file("gias", "edubasealldata20181029_first20rows.csv"))));
        assertEquals(0, importer.recognise(SourceFile.of(SharedData.file("gias", "links_edubasealldata20250422.csv"))));
        assertEquals(0, importer.recognise(SourceFile.of(SharedData.file("ons-mid-year-estimates", "mye2_persons_mid2019_utla2019_england.csv"))));
    }

    @Test
    void provisionCategoryByCodeThenName() {
        assertEquals(ProvisionCategory.SPECIAL_MAINTAINED, ProvisionCategory.of("7", null));
        assertEquals(ProvisionCategory.SPECIAL_ACADEMY_FREE, ProvisionCategory.of("36", "ignored"));
        assertEquals(ProvisionCategory.MAINSTREAM, ProvisionCategory.of(null, "LA nursery school"));
        assertEquals(ProvisionCategory.AP_PRU, ProvisionCategory.of("43", null));
        assertNull(ProvisionCategory.of("98", "Unknown"));
    }
}
