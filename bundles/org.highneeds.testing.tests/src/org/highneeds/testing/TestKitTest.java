package org.highneeds.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;

import org.highneeds.data.SqlQuoting;
import org.highneeds.data.imports.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless test kit: where the shared data is, a workspace database that cleans up, imports through the real service. */
class TestKitTest {

    @Test
    void sharedDataIsTheFolderThePropertyNames() {
        Path root = SharedData.root();
        assertEquals(Path.of(System.getProperty(SharedData.PROPERTY)), root);
        assertEquals(root.resolve("ehcp-sen2-2025").resolve("caseload.csv"), SharedData.file("ehcp-sen2-2025", "caseload.csv"));
        assertTrue(Files.isDirectory(SharedData.path("ehcp-sen2-2022")));
    }

    @Test
    void aMissingSharedFileNamesWhereItWasExpected() {
        AssertionError e = assertThrows(AssertionError.class, () -> SharedData.file("ehcp-sen2-2025", "no-such-file.csv"));
        assertTrue(e.getMessage().startsWith("Missing shared data file ehcp-sen2-2025/no-such-file.csv: expected "
                + SharedData.root().resolve("ehcp-sen2-2025/no-such-file.csv")), e.getMessage());
        AssertionError folder = assertThrows(AssertionError.class, () -> SharedData.path("no-such-family"));
        assertTrue(folder.getMessage().startsWith("Missing shared data file or folder no-such-family"), folder.getMessage());
    }

    @Test
    void aTemporaryWorkspaceHasAMigratedDatabaseAndIsDeletedOnClose() throws Exception {
        Path folder;
        try (TestWorkspace w = TestWorkspace.create()) {
            folder = w.folder();
            assertTrue(Files.isRegularFile(folder.resolve("highneeds.duckdb")));
            // migrated: the analysts' schema and the bookkeeping schema are there
            assertEquals(1L, w.scalar("SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'meta' AND table_name = 'schema_version'"));
            try (Statement s = w.connection().createStatement()) {
                s.execute("CREATE TABLE probe AS SELECT range AS id FROM range(37)");
            }
            assertEquals(37, w.rowCount("probe"));
        }
        assertFalse(Files.exists(folder), "the temporary workspace is deleted");
    }

    @Test
    void aWorkspaceInAGivenFolderIsKept(@TempDir Path dir) throws Exception {
        try (TestWorkspace w = TestWorkspace.in(dir)) {
            assertEquals(dir, w.folder());
        }
        assertTrue(Files.isRegularFile(dir.resolve("highneeds.duckdb")));
    }

    @Test
    void importsGoThroughTheRealServiceAndAFileImportedTwiceFails(@TempDir Path dir) throws Exception {
        String relative = "ap-placements-spc/spc_ap_setting.csv";
        try (TestWorkspace w = TestWorkspace.in(dir)) {
            // the file's data rows, counted by DuckDB's own reader, independently of the importer
            long published = Sql.count(w.connection(), "SELECT count(*) FROM read_csv("
                    + SqlQuoting.literal(SharedData.path(relative).toString()) + ", all_varchar = true)");
            List<ImportResult> results = w.importShared(relative);
            assertEquals(1, results.size());
            assertEquals(ImportResult.Status.IMPORTED, results.get(0).status());
            assertEquals(published, Sql.count(w.connection(), "SELECT count(*) FROM raw.raw_p" + results.get(0).provenanceId()));
            AssertionError again = assertThrows(AssertionError.class, () -> w.importShared(relative));
            assertTrue(again.getMessage().startsWith("not imported: "), again.getMessage());
        }
    }

    @Test
    void sqlHelpersReadValuesRowsAndColumns(@TempDir Path dir) throws Exception {
        try (TestWorkspace w = TestWorkspace.in(dir); Statement s = w.connection().createStatement()) {
            s.execute("CREATE TABLE t AS SELECT * FROM (VALUES (1, 'a', 2.5), (2, 'b', NULL)) v(id, code, amount)");
            assertEquals(2, Sql.count(w.connection(), "SELECT count(*) FROM t"));
            assertEquals(2.5, Sql.number(w.connection(), "SELECT sum(amount) FROM t"));
            assertEquals(List.of("a", "b"), Sql.column(w.connection(), "SELECT code FROM t ORDER BY id"));
            assertEquals(List.of("2", "b"), Sql.row(w.connection(), "SELECT id, code FROM t WHERE id = 2"));
            assertEquals(2, Sql.rows(w.connection(), "SELECT * FROM t").size());
            assertThrows(AssertionError.class, () -> Sql.count(w.connection(), "SELECT 1 WHERE false"));
        }
    }
}
