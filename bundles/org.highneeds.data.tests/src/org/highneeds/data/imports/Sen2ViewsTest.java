package org.highneeds.data.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.highneeds.data.internal.schema.SchemaMigrator;
import org.highneeds.data.testsupport.TestDb;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The SEN2 normalised tables as views over the raw tables (schema V005): nothing is written per normalised row, a
 * cancelled import leaves no view source behind, a newer release withdraws periods, and rows of workspaces
 * imported before V005 stay visible.
 */
class Sen2ViewsTest {

    private static final String ENGLAND_TOTAL = "SELECT ehcp_count FROM ehcp_caseload_latest WHERE geographic_level = "
            + "'National' AND period_year = %d AND age_group = 'all' AND need = 'all' AND placement_category = 'all' "
            + "AND sex = 'all'";

    @Test
    void normalisedTablesAreViewsFedByOneSelectPerImport() throws Exception {
        try (TestDb db = TestDb.memory()) {
            ImportResult r = db.service.importFile(SharedData.file("ehcp-sen2-2025", "caseload.csv"), null,
                    new NullProgressMonitor());
            for (String v : List.of("ehcp_caseload", "ehcp_new_plans", "ehcp_ceased", "ehcp_activity")) {
                assertEquals("VIEW", db.rows("SELECT table_type FROM information_schema.tables WHERE table_schema = 'main' AND table_name = '"
                        + v + "'").get(0).get(0), v);
                assertEquals(0, db.count("SELECT count(*) FROM raw." + v + "_stored"), v + "_stored holds no new rows");
            }
            assertEquals(List.of(List.of("ehcp_caseload", String.valueOf(r.provenanceId()))),
                    db.rows("SELECT view_name, provenance_id FROM meta.view_source"));
            // January 2019 .. January 2025, none withdrawn
            assertEquals(List.of(List.of("2019", "2025", "7")), db.rows("SELECT min(period_year), max(period_year), "
                    + "count(*) FROM meta.view_period WHERE withdrawn_by IS NULL"));
            // the import's row figure still counts the normalised rows it provides: 9,294 rows x 48 indicators in
            // ees_observation + 9,294 rows x 36 cells (total and 35 placements) in ehcp_caseload
            assertEquals(780_696, r.rows());
            assertEquals(334_584, db.count("SELECT count(*) FROM ehcp_caseload"));
            assertEquals(638_745, db.number(ENGLAND_TOTAL.formatted(2025)));
            assertEquals(576_474, db.number(ENGLAND_TOTAL.formatted(2024)));
            // the view keeps the columns and types of the former table
            assertEquals(List.of(List.of("provenance_id", "BIGINT"), List.of("period_year", "INTEGER"),
                    List.of("ehcp_count", "DOUBLE"), List.of("marker", "VARCHAR")), db.rows("SELECT column_name, "
                    + "data_type FROM information_schema.columns WHERE table_schema = 'main' AND table_name = 'ehcp_caseload' AND column_name IN "
                    + "('provenance_id', 'period_year', 'ehcp_count', 'marker') ORDER BY ordinal_position"));
            // re-importing the same file changes nothing
            ImportResult again = db.service.importFile(SharedData.file("ehcp-sen2-2025", "caseload.csv"), null,
                    new NullProgressMonitor());
            assertEquals(ImportResult.Status.UNCHANGED, again.status());
            assertEquals(1, db.count("SELECT count(*) FROM meta.view_source"));
            assertEquals(334_584, db.count("SELECT count(*) FROM ehcp_caseload"));
        }
    }

    @Test
    void cancelledImportAtAnyPointLeavesNoViewSourceBehind() throws Exception {
        try (TestDb db = TestDb.memory()) {
            db.service.importFile(SharedData.file("ehcp-sen2-2025", "caseload.csv"), null, new NullProgressMonitor());
            Path requests = SharedData.file("ehcp-sen2-2025", "requests.csv");
            String state = "SELECT (SELECT count(*) FROM provenance), (SELECT count(*) FROM meta.view_source), "
                    + "(SELECT count(*) FROM meta.view_period), (SELECT count(*) FROM ehcp_activity), "
                    + "(SELECT count(*) FROM ehcp_caseload), (SELECT count(*) FROM meta.raw_table)";
            List<List<String>> before = db.rows(state);
            // cancel at the 1st, 2nd, ... check of the monitor until the import gets through: every step of the
            // import, the last check after the view sources were added included, is interrupted once
            int cancelled = 0;
            for (int n = 1;; n++) {
                AtomicInteger calls = new AtomicInteger();
                int limit = n;
                NullProgressMonitor m = new NullProgressMonitor() {
                    @Override
                    public boolean isCanceled() {
                        return calls.incrementAndGet() >= limit || super.isCanceled();
                    }
                };
                try {
                    db.service.importFile(requests, null, m);
                    break;
                } catch (OperationCanceledException e) {
                    cancelled++;
                    assertEquals(before, db.rows(state), "after cancelling at check " + n);
                }
                assertTrue(n < 1000, "the import never got through");
            }
            assertTrue(cancelled >= 3, "cancelled only " + cancelled + " times");
            // and the import that got through added its SELECT and its rows
            assertEquals(2, db.count("SELECT count(*) FROM meta.view_source"));
            assertEquals(82_329, db.number("SELECT value FROM ehcp_activity WHERE dataset_id = 'ees:requests' AND "
                    + "geographic_level = 'National' AND period_year = 2019 AND measure = 'REQUESTS_RECEIVED'"));
        }
    }

    @Test
    void failedStatementRollsBackTheViewSource() throws Exception {
        try (TestDb db = TestDb.memory()) {
            // a view that cannot be rebuilt (its stored table is gone) makes the import fail after its SELECT was added
            try (Statement s = db.connection.createStatement()) {
                s.execute("ALTER TABLE raw.ehcp_activity_stored RENAME TO ehcp_activity_elsewhere");
            }
            ImportException e = assertThrows(ImportException.class, () -> db.service.importFile(
                    SharedData.file("ehcp-sen2-2025", "requests.csv"), null, new NullProgressMonitor()));
            assertTrue(e.getMessage().contains("ehcp_activity_stored"), e.getMessage());
            assertEquals(0, db.count("SELECT count(*) FROM meta.view_source"));
            assertEquals(0, db.count("SELECT count(*) FROM meta.view_period"));
            assertEquals(0, db.count("SELECT count(*) FROM provenance"));
        }
    }

    @Test
    void newerReleaseWithdrawsPeriodsInTheViews() throws Exception {
        try (TestDb db = TestDb.memory()) {
            List<ImportResult> r = db.service.importAll(List.of(SharedData.file("ehcp-sen2-2022", "sen2_mi.csv"),
                    SharedData.file("ehcp-sen2-2023-legacy-mi", "sen2_mi.csv")), null, new NullProgressMonitor());
            long old = r.get(0).provenanceId();
            long reissue = r.get(1).provenanceId();
            // the re-issue covers 2014..2022, the older file 2014..2021: all of the older file's periods withdrawn
            assertEquals(0, db.count("SELECT count(*) FROM ehcp_activity WHERE provenance_id = " + old));
            assertEquals(0, db.count("SELECT count(*) FROM ehcp_new_plans WHERE provenance_id = " + old));
            assertEquals(List.of(List.of("ehcp_activity", "8"), List.of("ehcp_new_plans", "8")),
                    db.rows("SELECT view_name, count(*) FROM meta.view_period WHERE provenance_id = " + old + " AND "
                            + "withdrawn_by = " + reissue + " GROUP BY 1 ORDER BY 1"));
            assertEquals(String.valueOf(reissue), db.rows("SELECT superseded_by FROM provenance WHERE id = " + old)
                    .get(0).get(0));
            assertTrue(r.get(1).changes().stream().anyMatch(c -> c.table().equals("ehcp_activity")
                    && c.periodYear() == 2021 && c.rowsBefore() > 0), r.get(1).changes().toString());
            // the published England figures of 2021 once, from the re-issue
            assertEquals(List.of(List.of("1", String.valueOf(reissue))), db.rows("SELECT count(*), min(provenance_id) "
                    + "FROM ehcp_activity WHERE geographic_level = 'National' AND period_year = 2021 AND measure = "
                    + "'REQUESTS_RECEIVED'"));
            assertEquals(93_302, db.number("SELECT value FROM ehcp_activity WHERE geographic_level = 'National' AND "
                    + "period_year = 2021 AND measure = 'REQUESTS_RECEIVED'"));
            assertEquals(62_180, db.number("SELECT new_plans FROM ehcp_new_plans WHERE geographic_level = 'National' "
                    + "AND period_year = 2021"));
        }
    }

    /** A workspace whose SEN2 rows were written into tables before V005 keeps them, and a new release replaces them. */
    @Test
    void rowsImportedBeforeTheViewsStayAndAreReplacedByANewerRelease() throws Exception {
        // the schema as it was before V005 (V005 hidden), with rows as the former importer wrote them
        ClassLoader before = new ClassLoader(SchemaMigrator.class.getClassLoader()) {
            @Override
            public URL getResource(String name) {
                return name.equals(SchemaMigrator.resourceName(5)) ? null : super.getResource(name);
            }
        };
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            new SchemaMigrator(before).migrate(c, 59);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO provenance(id, file_name, sha256, size_bytes, dataset_id, importer, "
                        + "importer_version, imported_at, period_from, period_to) VALUES (1, 'caseload.csv', 'old', 1, "
                        + "'ees:caseload', 'sen2.ehcp', '1.0.0', now(), '201718', '202324')");
                // SYNTHETIC rows standing in for an earlier release: England January 2018 and January 2024
                s.execute("INSERT INTO ehcp_caseload VALUES "
                        + "(1, 'ees:caseload', 2018, 'National', NULL, NULL, NULL, 'all', 'all', 'all', 'all', 'all', 111, NULL), "
                        + "(1, 'ees:caseload', 2024, 'National', NULL, NULL, NULL, 'all', 'all', 'all', 'all', 'all', 222, NULL), "
                        + "(1, 'ees:caseload', 2024, 'National', NULL, NULL, NULL, 'all', 'all', 'all', 'SPECIAL_INDEPENDENT', 'all', NULL, 'x')");
            }
            // V005 and the analysts' layout (V060, V061) first; later versions add tables of their own
            List<Integer> applied = new SchemaMigrator().migrate(c);
            assertEquals(List.of(5, 60, 61), applied.subList(0, 3));
            assertTrue(applied.subList(3, applied.size()).stream().allMatch(v -> v > 61), applied.toString());
            try (TestDb db = TestDb.of(c)) {
                assertEquals(3, db.count("SELECT count(*) FROM raw.ehcp_caseload_stored"));
                assertEquals(222, db.number(ENGLAND_TOTAL.formatted(2024)));
                assertEquals(List.of(List.of("x")), db.rows("SELECT marker FROM ehcp_caseload WHERE period_year = 2024 "
                        + "AND placement_category = 'SPECIAL_INDEPENDENT'"));
                // the 2025 release covers January 2019..2025: the stored 2024 rows go, 2018 stays
                ImportResult r = db.service.importFile(SharedData.file("ehcp-sen2-2025", "caseload.csv"), null,
                        new NullProgressMonitor());
                // reported under the name users query, counted through the view
                assertTrue(r.changes().stream().anyMatch(ch -> ch.table().equals("ehcp_caseload")
                        && ch.periodYear() == 2024 && ch.rowsBefore() == 2), r.changes().toString());
                assertEquals(List.of(List.of("2018", "111.0")), db.rows("SELECT period_year, ehcp_count FROM "
                        + "raw.ehcp_caseload_stored"));
                assertEquals(111, db.number(ENGLAND_TOTAL.formatted(2018)));
                assertEquals(576_474, db.number(ENGLAND_TOTAL.formatted(2024)));
                assertEquals(638_745, db.number(ENGLAND_TOTAL.formatted(2025)));
                assertEquals(1, db.count("SELECT count(*) FROM ehcp_caseload_latest WHERE geographic_level = 'National' "
                        + "AND period_year = 2024 AND age_group = 'all' AND need = 'all' AND placement_category = 'all' "
                        + "AND sex = 'all'"));
            }
        }
    }
}
