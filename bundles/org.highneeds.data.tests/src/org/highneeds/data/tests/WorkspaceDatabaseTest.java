package org.highneeds.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.duckdb.DuckDBConnection;
import org.eclipse.core.runtime.FileLocator;
import org.highneeds.data.TableSummary;
import org.highneeds.data.WorkspaceDatabase;
import org.highneeds.data.WorkspaceDatabaseException;
import org.highneeds.data.WorkspaceDatabaseInUseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The workspace database inside the OSGi runtime: native library load, file creation, table listing, locking. */
class WorkspaceDatabaseTest {

    @TempDir
    Path workspace;

    @Test
    void createsTheDatabaseFileOnFirstOpenAndListsTablesWithRowCounts() throws Exception {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace)) {
            assertTrue(Files.isRegularFile(workspace.resolve(WorkspaceDatabase.FILE_NAME)));
            assertTrue(db.engineVersion().startsWith("v1.4"), db.engineVersion());
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA probe");
                s.execute("CREATE TABLE probe.ehcp_sample AS SELECT range AS id FROM range(1234)");
                s.execute("CREATE TABLE probe.\"odd \"\"name\" (x INTEGER)");
                s.execute("CREATE VIEW probe.big_ids AS SELECT * FROM probe.ehcp_sample WHERE id >= 1000");
            }
            List<TableSummary> tables = db.tables().stream().filter(t -> t.schema().equals("probe")).toList();
            assertEquals(List.of(new TableSummary("probe", "big_ids", true, 234), new TableSummary("probe", "ehcp_sample", false, 1234),
                    new TableSummary("probe", "odd \"name", false, 0)), tables);
            assertEquals("probe.odd \"name", tables.get(2).qualifiedName());
            // the schema was created on first open: provenance and the seeded LA reference are there
            assertTrue(db.tables().stream().anyMatch(t -> t.schema().equals("main") && t.name().equals("provenance") && !t.view()
                    && t.rows() == 0 && t.description().startsWith("Every imported file")), db.tables().toString());
            assertTrue(db.tables().stream().anyMatch(t -> t.name().equals("la_ons_code") && t.rows() > 150), db.tables().toString());
        }
        // Reopening finds the data again: it lives in the file, not in memory.
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace)) {
            assertEquals(1234, db.tables().stream().filter(t -> t.name().equals("ehcp_sample")).findFirst().orElseThrow().rows());
        }
    }

    @Test
    void aSecondProcessOnTheSameWorkspaceGetsAClearMessage() throws Exception {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace)) {
            db.tables();
        }
        Process holder = startHolder(workspace.resolve(WorkspaceDatabase.FILE_NAME));
        try {
            WorkspaceDatabaseException e = assertThrows(WorkspaceDatabaseInUseException.class, () -> WorkspaceDatabase.open(workspace));
            assertTrue(e.getMessage().contains("is in use by process " + holder.pid()), e.getMessage());
            assertTrue(e.getMessage().contains("choose another workspace"), e.getMessage());
        } finally {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace)) {
            assertTrue(db.tables().stream().anyMatch(t -> t.name().equals("provenance")), "opens again once the other process has gone");
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws Exception {
        Path file = workspace.resolve(WorkspaceDatabase.FILE_NAME);
        Files.writeString(file, "this is a spreadsheet, not a database\n".repeat(200));
        byte[] before = Files.readAllBytes(file);
        WorkspaceDatabaseException e = assertThrows(WorkspaceDatabaseException.class, () -> WorkspaceDatabase.open(workspace));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the file must not be changed");
    }

    /** Starts another JVM that opens the database file with the same DuckDB driver jar and holds it open. */
    private static Process startHolder(Path databaseFile) throws Exception {
        Bundle duckdb = FrameworkUtil.getBundle(DuckDBConnection.class);
        String jar = FileLocator.getBundleFileLocation(duckdb).orElseThrow().getAbsolutePath();
        Path source = Files.createTempFile("HoldDatabase", ".java");
        Files.writeString(source, """
                public class HoldDatabase {
                    public static void main(String[] args) throws Exception {
                        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + args[0])) {
                            System.out.println("ready");
                            System.out.flush();
                            Thread.sleep(120_000);
                        }
                    }
                }
                """);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", jar, source.toString(), databaseFile.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertEquals("ready", line, "the holder process did not open the database");
        return p;
    }
}
