package org.highneeds.data.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.testsupport.TestDb;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both SEN2 families imported into one database; published figures asserted through the normalised tables. */
class Sen2ImportTest {

    static TestDb db;
    static List<ImportResult> results;

    private static final String TOTAL = " AND age_group = 'all' AND need = 'all' AND placement_category = 'all' AND sex = 'all'";

    @BeforeAll
    static void importAll() throws Exception {
        db = TestDb.memory();
        results = db.service.importAll(List.of(SharedData.root().resolve("ehcp-sen2-2025"),
                SharedData.root().resolve("ehcp-sen2-2022"), SharedData.root().resolve("ehcp-sen2-2023-legacy-mi")),
                null, new NullProgressMonitor());
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void everyFileIsRecognisedAsSen2() throws Exception {
        assertEquals(17, results.size());
        for (ImportResult r : results) {
            assertEquals("sen2.ehcp", r.importerId(), r.file().toString());
            assertEquals(ImportResult.Status.IMPORTED, r.status());
        }
        // the old sen2_mi.csv is superseded by its 2023 re-issue
        assertEquals(16, db.count("SELECT count(*) FROM provenance WHERE importer = 'sen2.ehcp' AND superseded_by IS NULL"));
        // caseload.csv of the 2025 release covers January 2019 .. January 2025
        ImportResult caseload = results.stream().filter(r -> r.file().endsWith("caseload.csv")).findFirst().orElseThrow();
        assertEquals("201819", caseload.periodFrom());
        assertEquals("202425", caseload.periodTo());
    }

    @Test
    void englandCaseload2019And2025() throws Exception {
        String q = "SELECT ehcp_count FROM ehcp_caseload_latest WHERE geographic_level = 'National' AND period_year = %d" + TOTAL;
        assertEquals(353_995, db.number(q.formatted(2019)));
        assertEquals(638_745, db.number(q.formatted(2025)));
        // and the raw long table says the same
        assertEquals(638_745, db.number("SELECT value FROM ees_observation WHERE dataset_id = 'ees:caseload' AND "
                + "period = '202425' AND geographic_level = 'National' AND measure = 'ehcplans' AND "
                + "(filters->>'breakdown_topic') = 'All EHC plans'"));
    }

    @Test
    void barnetJanuary2022() throws Exception {
        assertEquals(3_211, db.number("SELECT ehcp_count FROM ehcp_caseload_latest WHERE la_code = '302' AND "
                + "period_year = 2022" + TOTAL));
    }

    @Test
    void bothFamiliesGiveTheSameJanuary2022CaseloadForEveryLa() throws Exception {
        List<List<String>> differing = db.rows("WITH a AS (SELECT la_code, ehcp_count FROM ehcp_caseload WHERE "
                + "dataset_id = 'ees:sen2_estab_caseload' AND period_year = 2022 AND geographic_level = 'Local authority'"
                + TOTAL + "), b AS (SELECT la_code, ehcp_count FROM ehcp_caseload WHERE dataset_id = 'ees:caseload' AND "
                + "period_year = 2022 AND geographic_level = 'Local authority'" + TOTAL + ") "
                + "SELECT coalesce(a.la_code, b.la_code), a.ehcp_count, b.ehcp_count FROM a FULL JOIN b USING (la_code) "
                + "WHERE a.ehcp_count IS DISTINCT FROM b.ehcp_count ORDER BY 1");
        assertEquals(List.of(), differing, "LAs whose January 2022 caseload differs between the families");
        assertEquals(152, db.count("SELECT count(*) FROM ehcp_caseload WHERE dataset_id = 'ees:sen2_estab_caseload' AND "
                + "period_year = 2022 AND geographic_level = 'Local authority'" + TOTAL));
        // the age file of the old family agrees too: its five bands add up to the total (Barnet)
        assertEquals(3_211, db.number("SELECT sum(ehcp_count) FROM ehcp_caseload WHERE dataset_id = "
                + "'ees:sen2_age_caseload' AND period_year = 2022 AND la_code = '302' AND age_group <> 'all'"));
    }

    @Test
    void oneQueryGivesAgeBandsAcrossBothFamilies() throws Exception {
        // January 2018 only exists in the old family (age bands), January 2025 only in the new one (single ages)
        List<List<String>> rows = db.rows("SELECT period_year, age_band, sum(ehcp_count) FROM ehcp_caseload_latest "
                + "WHERE la_code = '302' AND period_year IN (2018, 2025) AND age_group <> 'all' AND need = 'all' "
                + "AND placement_category = 'all' AND sex = 'all' GROUP BY ALL ORDER BY 1, 2");
        assertEquals(List.of("2018", "0-4", "59.0"), rows.get(0));
        assertEquals(List.of("2018", "11-15", "673.0"), rows.get(1));
        assertEquals(List.of("2018", "16-19", "488.0"), rows.get(2));
        assertEquals(List.of("2018", "20-25", "174.0"), rows.get(3));
        assertEquals(List.of("2018", "5-10", "748.0"), rows.get(4));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("2025")), "2025 rows from the new family");
    }

    @Test
    void placementCategoriesAndNeeds() throws Exception {
        String england2025 = "FROM ehcp_caseload_latest WHERE geographic_level = 'National' AND period_year = 2025 "
                + "AND age_group = 'all' AND sex = 'all'";
        assertEquals(29_647, db.number("SELECT ehcp_count " + england2025 + " AND need = 'all' AND placement_category = "
                + "'SPECIAL_INDEPENDENT'"));
        // I/N-MSS = independent + non-maintained special (29,647 + 4,381), through the reference table
        assertEquals(34_028, db.number("SELECT sum(ehcp_count) " + england2025 + " AND need = 'all' AND "
                + "placement_category IN (SELECT code FROM placement_category WHERE inmss)"));
        // in January 2025 the placements add up exactly to the total
        assertEquals(638_745, db.number("SELECT sum(ehcp_count) " + england2025 + " AND need = 'all' AND "
                + "placement_category <> 'all'"));
        // need x placement from sen_needs_all_plans.csv: Barnet, autism, independent special schools
        assertEquals(62, db.number("SELECT ehcp_count FROM ehcp_caseload_latest WHERE la_code = '302' AND period_year = "
                + "2025 AND need = 'ASD' AND placement_category = 'SPECIAL_INDEPENDENT' AND age_group = 'all'"));
        assertEquals(1_801, db.number("SELECT ehcp_count FROM ehcp_caseload_latest WHERE la_code = '302' AND "
                + "period_year = 2025 AND need = 'ASD' AND placement_category = 'all' AND age_group = 'all'"));
        assertEquals(0, db.count("SELECT count(*) FROM ehcp_caseload WHERE placement_category NOT IN "
                + "(SELECT code FROM placement_category) AND placement_category <> 'all'"));
    }

    @Test
    void activityAndNewPlansFromBothFamilies() throws Exception {
        // England new plans 2019 (newplans.csv) and 2021 (sen2_mi.csv of the 2022 release)
        assertEquals(53_899, db.number("SELECT new_plans FROM ehcp_new_plans WHERE dataset_id = 'ees:newplans' AND "
                + "geographic_level = 'National' AND period_year = 2019 AND age_group = 'all' AND need = 'all' AND "
                + "placement_category = 'all'"));
        assertEquals(62_180, db.number("SELECT new_plans FROM ehcp_new_plans WHERE dataset_id = 'ees:sen2_mi' AND "
                + "geographic_level = 'National' AND period_year = 2021"));
        assertEquals(93_302, db.number("SELECT value FROM ehcp_activity WHERE dataset_id = 'ees:sen2_mi' AND "
                + "geographic_level = 'National' AND period_year = 2021 AND measure = 'REQUESTS_RECEIVED'"));
        assertEquals(82_329, db.number("SELECT value FROM ehcp_activity WHERE dataset_id = 'ees:requests' AND "
                + "geographic_level = 'National' AND period_year = 2019 AND measure = 'REQUESTS_RECEIVED'"));
        assertEquals(34_724, db.number("SELECT ceased FROM ehcp_ceased WHERE geographic_level = 'National' AND "
                + "period_year = 2022 AND placement_category = 'all' AND reason = 'all'"));
    }

    @Test
    void duplicatedHeaderOfAnnualReviewsIsKeptAndWarned() throws Exception {
        ImportResult r = results.stream().filter(x -> x.file().endsWith("annual_reviews.csv")).findFirst().orElseThrow();
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("review_meeting_prior_24") && w.contains("_2")),
                r.warnings().toString());
        assertEquals(126_184, db.number("SELECT value FROM ees_observation WHERE provenance_id = " + r.provenanceId()
                + " AND geographic_level = 'National' AND measure = 'review_meeting_prior_24_2'"));
        assertEquals(1, db.count("SELECT count(*) FROM import_warning WHERE provenance_id = " + r.provenanceId()
                + " AND message LIKE '%review_meeting_prior_24%'"));
    }

    @Test
    void sen2MiReissueIsTheSameDatasetAndReplacesOverlappingYears() throws Exception {
        // sen2_mi.csv (2014-2021, 2022 release) then its 2023 re-issue (2014-2022): same dataset id, so the
        // re-issue replaced the older rows for 2014..2021 and the older release is superseded
        List<List<String>> prov = db.rows("SELECT id, superseded_by FROM provenance WHERE file_name = 'sen2_mi.csv' ORDER BY id");
        assertEquals(2, prov.size());
        assertEquals(prov.get(1).get(0), prov.get(0).get(1));
        ImportResult reissue = results.get(results.size() - 1);
        assertTrue(reissue.changes().stream().anyMatch(c -> c.table().equals("ees_observation") && c.periodYear() == 2021
                && c.rowsBefore() > 0), reissue.changes().toString());
        assertEquals(0, db.count("SELECT count(*) FROM ees_observation WHERE provenance_id = " + prov.get(0).get(0)));
    }
}
