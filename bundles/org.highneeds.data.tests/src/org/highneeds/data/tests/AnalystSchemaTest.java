package org.highneeds.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.TableDescription;
import org.highneeds.data.TableSummary;
import org.highneeds.data.WorkspaceDatabase;
import org.highneeds.data.imports.DatasetCatalog;
import org.highneeds.data.imports.ImportResult;
import org.highneeds.data.imports.ImportService;
import org.highneeds.data.internal.schema.SchemaMigrator;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database as analysts see it: schema main holds only described tables and views, the files as published live in
 * schema raw and the importers' bookkeeping in meta, and a workspace of the previous layout migrates to it keeping
 * its data and periods.
 */
class AnalystSchemaTest {

    /** Every importer of the workbench fed real files the tests of the data, analysis and UI bundles use. */
    private static final List<String> REAL_FILES = List.of("statistical-neighbours/la_code_list.xlsx",
            "statistical-neighbours/sn_may_2025.xlsx", "ehcp-sen2-2022", "ehcp-sen2-2023-legacy-mi/sen2_mi.csv",
            "ehcp-sen2-2025", "ons-mid-year-estimates", "high-needs-finance",
            "lait-sen-indicators/lait_bds_long_sen_subset.csv", "gias/edubasealldata_2026_first2rows.csv",
            "gias/links_edubasealldata20250422.csv", "school-places-scorecards/metadata.csv",
            "school-places-scorecards/scorecard_data_2025_2023.csv", "ap-placements-spc/spc_ap_setting.csv",
            "children-in-need-sen/sen_la.csv", "devon-spending-high-needs", "ons-boundaries", "gias-special-provision",
            "edubase-camden-open-data", "school-census-by-school", "independent-special-schools", "dsg-deficit-derived");

    @TempDir
    Path workspace;

    @Test
    void everyUserFacingTableViewAndColumnIsDescribedAfterImportingTheRealFiles() throws Exception {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace)) {
            List<ImportResult> results;
            try (Connection c = db.connect()) {
                ImportService service = new ImportService(c, DatasetCatalog.fromExtensions().importers());
                List<Path> files = new ArrayList<>();
                for (String f : REAL_FILES) files.add(SharedData.root().resolve(f));
                results = new ArrayList<>(service.importAll(files, null, new NullProgressMonitor()));
                // a sheet of the user's own, as the generic importer makes it at run time
                results.add(service.importFile(SharedData.file("ehcp-sen2-2025", "annual_reviews.csv"), "generic.sheet",
                        new NullProgressMonitor()));
            }
            assertTrue(results.stream().allMatch(r -> r.status() == ImportResult.Status.IMPORTED), results.toString());

            List<TableDescription> main = db.describe(WorkspaceDatabase.MAIN_SCHEMA);
            assertEquals(List.of(), undescribed(db), "user-facing tables, views and columns without a description");
            // the views importers rebuilt on every import kept the descriptions of V061
            TableDescription caseload = db.describe("main", "ehcp_caseload").orElseThrow();
            assertTrue(caseload.view());
            assertTrue(caseload.description().startsWith("EHC plans in place on the January census date"), caseload.description());
            assertEquals("Number of children and young people with an EHC plan (count); NULL when suppressed, see marker.",
                    caseload.column("ehcp_count").description());
            assertTrue(db.describe("main", "ees_observation").orElseThrow().column("marker").description()
                    .contains("c = suppressed"));
            // the run-time table names its source file
            TableDescription sheet = db.describe("main", "sheet_annual_reviews").orElseThrow();
            assertTrue(sheet.description().contains("annual_reviews.csv"), sheet.description());
            assertTrue(sheet.column("total_ehc_plans").description().contains("'total_ehc_plans' of annual_reviews.csv"),
                    sheet.column("total_ehc_plans").description());

            // staging and bookkeeping are out of main
            List<String> names = main.stream().map(TableDescription::name).toList();
            assertTrue(names.stream().noneMatch(n -> n.startsWith("raw_") || n.endsWith("_stored")), names.toString());
            for (String bookkeeping : List.of("schema_version", "view_source", "view_period", "ees_observation_source",
                    "ees_withdrawn_period", "raw_table", "generic_import")) {
                assertFalse(names.contains(bookkeeping), bookkeeping + " in main");
                assertTrue(db.describe(WorkspaceDatabase.META_SCHEMA, bookkeeping).isPresent(), bookkeeping + " in meta");
            }
            // one raw table per file read by the EES, SEN2 and LAIT importers, each registered
            List<TableSummary> raw = db.tables(WorkspaceDatabase.RAW_SCHEMA);
            try (Connection c = db.connect(); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT list(table_name ORDER BY table_name) FROM meta.raw_table")) {
                r.next();
                List<String> registered = new ArrayList<>();
                for (Object o : (Object[]) r.getArray(1).getArray()) registered.add((String) o);
                List<String> rawTables = raw.stream().map(TableSummary::name).filter(n -> n.startsWith("raw_p")).sorted().toList();
                assertEquals(registered, rawTables);
                assertTrue(rawTables.size() >= 15, rawTables.toString());
            }
            assertTrue(raw.stream().allMatch(t -> !t.userFacing()));
            assertEquals(main.size(), db.tables(WorkspaceDatabase.MAIN_SCHEMA).size());
            assertTrue(db.tables(WorkspaceDatabase.MAIN_SCHEMA).stream().allMatch(t -> t.description() != null));
        }
    }

    /**
     * A workspace of the previous layout (everything in main, schema versions up to V059) opens and migrates: its
     * imported data and periods are kept, the raw tables land in raw, and later imports keep replacing releases.
     */
    @Test
    void aWorkspaceOfThePreviousLayoutMigratesKeepingItsDataAndPeriods() throws Exception {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace); Connection c = db.connect()) {
            ImportService service = new ImportService(c, DatasetCatalog.fromExtensions().importers());
            service.importAll(List.of(SharedData.file("ehcp-sen2-2025", "caseload.csv"),
                    SharedData.file("ehcp-sen2-2025", "requests.csv"), SharedData.file("ehcp-sen2-2022", "sen2_mi.csv"),
                    SharedData.file("ap-placements-spc", "spc_ap_setting.csv"),
                    SharedData.root().resolve("lait-sen-indicators/lait_bds_long_sen_subset.csv")), null,
                    new NullProgressMonitor());
            service.importFile(SharedData.file("ehcp-sen2-2025", "annual_reviews.csv"), "generic.sheet",
                    new NullProgressMonitor());
        }
        Path file = workspace.resolve(WorkspaceDatabase.FILE_NAME);
        Map<String, String> imported;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
            Map<String, String> current = analystView(c);
            toPreviousLayout(c);
            // the previous layout is a working workspace: its views read the raw tables in main
            assertEquals(current, analystView(c), "the previous layout as made by the test");
            assertEquals(0, count(c, "SELECT count(*) FROM duckdb_schemas() WHERE schema_name IN ('raw', 'meta')"));
            assertEquals(0, count(c, "SELECT count(*) FROM main.schema_version WHERE version >= 60"));
            assertTrue(count(c, "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name LIKE 'raw_p%'") >= 5);
            // SYNTHETIC: a row as importers before V005 stored it, kept in ehcp_caseload_stored by that layout
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO provenance(id, file_name, sha256, size_bytes, dataset_id, importer, importer_version, "
                        + "imported_at, period_from, period_to) VALUES (99, 'old_caseload.csv', 'old', 1, 'ees:old_caseload', "
                        + "'sen2.ehcp', '1.0.0', now(), '201718', '201718')");
                s.execute("INSERT INTO ehcp_caseload_stored VALUES (99, 'ees:old_caseload', 2018, 'National', NULL, NULL, "
                        + "NULL, 'all', 'all', 'all', 'all', 'all', 111, NULL)");
            }
            assertEquals(111, count(c, "SELECT ehcp_count FROM ehcp_caseload WHERE provenance_id = 99"));
            imported = analystView(c);
        }

        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace)) {
            try (Connection c = db.connect()) {
                assertTrue(SchemaMigrator.appliedVersions(c).containsAll(List.of(60, 61)));
                assertEquals(imported, analystView(c), "data and periods after the migration");
                assertEquals(111, count(c, "SELECT ehcp_count FROM ehcp_caseload WHERE provenance_id = 99"));
                assertEquals(1, count(c, "SELECT count(*) FROM raw.ehcp_caseload_stored"));
                assertEquals(count(c, "SELECT count(*) FROM meta.raw_table"),
                        count(c, "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'raw' AND table_name LIKE 'raw_p%'"));
                assertEquals(0, count(c, "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND "
                        + "(table_name LIKE 'raw\\_%' ESCAPE '\\' OR table_name LIKE '%\\_stored' ESCAPE '\\' OR table_name IN "
                        + "('view_source', 'view_period', 'raw_table', 'ees_observation_source', 'ees_withdrawn_period', "
                        + "'generic_import', 'schema_version'))"));
                assertEquals(0, count(c, "SELECT count(*) FROM meta.view_source WHERE select_sql NOT LIKE '%raw.\"raw_p%'"));
                // the migrated bookkeeping still replaces releases: the 2023 re-issue of the MI file withdraws the
                // older file's periods 2014-2021
                long before = count(c, "SELECT count(*) FROM ehcp_activity WHERE dataset_id = 'ees:sen2_mi'");
                assertTrue(before > 0);
                ImportResult reissue = new ImportService(c, DatasetCatalog.fromExtensions().importers()).importFile(
                        SharedData.file("ehcp-sen2-2023-legacy-mi", "sen2_mi.csv"), null, new NullProgressMonitor());
                assertEquals(ImportResult.Status.IMPORTED, reissue.status());
                assertEquals(0, count(c, "SELECT count(*) FROM ehcp_activity WHERE dataset_id = 'ees:sen2_mi' AND "
                        + "provenance_id <> " + reissue.provenanceId()));
                assertEquals(93_302, count(c, "SELECT value FROM ehcp_activity WHERE geographic_level = 'National' AND "
                        + "period_year = 2021 AND measure = 'REQUESTS_RECEIVED'"));
            }
            assertEquals(List.of(), undescribed(db), "described after the migration");
            assertTrue(db.describe("main", "sheet_annual_reviews").orElseThrow().description().contains("annual_reviews.csv"));
        }
    }

    /** The tables, views and columns of main without a description. */
    private static List<String> undescribed(WorkspaceDatabase db) throws SQLException {
        List<String> undescribed = new ArrayList<>();
        for (TableDescription t : db.describe(WorkspaceDatabase.MAIN_SCHEMA)) {
            if (t.description() == null || t.description().isBlank()) undescribed.add(t.name());
            for (TableDescription.Column col : t.columns()) {
                if (col.description() == null || col.description().isBlank()) undescribed.add(t.name() + "." + col.name());
            }
        }
        return undescribed;
    }

    /** Row count and an order-free checksum of every table and view of main, and the provenance rows. */
    private static Map<String, String> analystView(Connection c) throws SQLException {
        Map<String, String> view = new TreeMap<>();
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT table_name FROM duckdb_tables() WHERE "
                + "schema_name = 'main' AND table_name NOT LIKE 'raw\\_%' ESCAPE '\\' AND table_name NOT LIKE '%\\_stored' "
                + "ESCAPE '\\' AND table_name NOT IN ('view_source', 'view_period', 'raw_table', 'ees_observation_source', "
                + "'ees_withdrawn_period', 'generic_import', 'schema_version') UNION ALL SELECT view_name FROM duckdb_views() "
                + "WHERE schema_name = 'main' AND NOT internal ORDER BY 1")) {
            while (r.next()) names.add(r.getString(1));
        }
        for (String n : names) {
            String q = "\"" + n + "\"";
            String sql = n.equals("provenance")
                    ? "SELECT count(*) || ' ' || sum(hash(id, file_name, sha256, dataset_id, period_from, period_to, \"rows\", "
                            + "superseded_by)) FROM provenance"
                    : "SELECT count(*) || ' ' || coalesce(sum(hash(t)), 0) FROM " + q + " t";
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                view.put(n, r.getString(1));
            }
        }
        return view;
    }

    /**
     * Turns a workspace of this version back into the layout of the previous one (schema versions up to V059):
     * everything in main, the stored SELECTs and the views naming their tables unqualified, no descriptions. Only
     * SQL on the catalog, independent of the code under test.
     */
    private static void toPreviousLayout(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String[] t : rows(c, "SELECT schema_name, table_name FROM duckdb_tables() WHERE schema_name IN ('raw', 'meta') "
                    + "ORDER BY 1, 2")) {
                s.execute("CREATE TABLE main.\"" + t[1] + "\" AS SELECT * FROM " + t[0] + ".\"" + t[1] + "\"");
                s.execute("DROP TABLE " + t[0] + ".\"" + t[1] + "\"");
            }
            s.execute("DELETE FROM main.schema_version WHERE version >= 60");
            for (String table : List.of("view_source", "ees_observation_source")) {
                s.execute("UPDATE main." + table + " SET select_sql = replace(select_sql, 'raw.\"raw_p', '\"raw_p')");
            }
            // views bind the views they read when created: retry those whose base views are not rewritten yet
            List<String[]> views = rows(c, "SELECT view_name, sql FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal");
            for (int round = 0; !views.isEmpty(); round++) {
                assertTrue(round < 10, "views that cannot be rewritten: " + views.stream().map(v -> v[0]).toList());
                List<String[]> left = new ArrayList<>();
                for (String[] v : views) {
                    String sql = v[1].replaceFirst("^CREATE VIEW", "CREATE OR REPLACE VIEW")
                            .replaceAll("(?<![\\w\"])\"?(raw|meta)\"?\\.(?=\"?\\w)", "");
                    try {
                        s.execute(sql);
                    } catch (SQLException e) {
                        left.add(v);
                    }
                }
                views = left;
            }
            for (String[] col : rows(c, "SELECT table_name, column_name FROM duckdb_columns() WHERE schema_name = 'main' "
                    + "AND comment IS NOT NULL")) {
                s.execute("COMMENT ON COLUMN main.\"" + col[0] + "\".\"" + col[1] + "\" IS NULL");
            }
            for (String[] t : rows(c, "SELECT table_name, 'TABLE' FROM duckdb_tables() WHERE schema_name = 'main' AND comment "
                    + "IS NOT NULL UNION ALL SELECT view_name, 'VIEW' FROM duckdb_views() WHERE schema_name = 'main' AND "
                    + "comment IS NOT NULL")) {
                s.execute("COMMENT ON " + t[1] + " main.\"" + t[0] + "\" IS NULL");
            }
            s.execute("DROP SCHEMA raw");
            s.execute("DROP SCHEMA meta");
        }
        assertNotNull(rows(c, "SELECT 1 FROM ees_observation LIMIT 1"));
    }

    private static List<String[]> rows(Connection c, String sql) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) row[i] = r.getString(i + 1);
                out.add(row);
            }
        }
        return out;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
