package org.highneeds.data.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.testsupport.ImportChild;
import org.highneeds.data.testsupport.Synthetic;
import org.highneeds.data.testsupport.TestDb;
import org.highneeds.testing.BundleClasspath;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of a JVM in the middle of an import leaves a consistent database: no partial rows, no provenance. */
class KillMidImportTest {

    @TempDir
    Path dir;

    @Test
    void killedImportLeavesNoTrace() throws Exception {
        Path db = dir.resolve("workspace.duckdb");
        // SYNTHETIC: 200,000 rows x 12 indicators (about 20 MB), several seconds of import
        Path big = Synthetic.ees(dir.resolve("big.csv"), 12, 100_000, "2023", "2024");
        Path small = SharedData.file("ap-placements-spc", "spc_ap_setting.csv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                BundleClasspath.of(ImportChild.class, org.highneeds.testing.Sql.class, ImportService.class, org.duckdb.DuckDBConnection.class,
                        NullProgressMonitor.class, org.osgi.framework.Bundle.class), ImportChild.class.getName(), db.toString(), small.toString(),
                big.toString()).redirectErrorStream(true).start();
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.add(line);
                if (line.equals("LOADING")) break;
            }
            assertTrue(out.contains("LOADING"), "child did not start the big import: " + out);
            Thread.sleep(700);
            assertTrue(p.isAlive(), "the child finished before it could be killed: " + out);
            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no rollback by the JVM
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(137, p.exitValue(), "expected death by SIGKILL");
        assertTrue(Files.exists(db));

        try (TestDb reopened = TestDb.file(db.toString())) {
            assertEquals(1, reopened.count("SELECT count(*) FROM provenance"));
            assertEquals(List.of(List.of("spc_ap_setting.csv")), reopened.rows("SELECT file_name FROM provenance"));
            assertEquals(707, reopened.count("SELECT count(*) FROM ees_observation"));
            assertEquals(0, reopened.count("SELECT count(*) FROM ees_observation WHERE provenance_id <> 1"));
            assertEquals(List.of(List.of("raw", "raw_p1")), reopened.rows("SELECT table_schema, table_name FROM "
                    + "information_schema.tables WHERE table_name LIKE 'raw_p%'"));
            assertEquals(1, reopened.count("SELECT count(*) FROM meta.raw_table"));
            // and the database still works: a further (small, SYNTHETIC) import commits as provenance 2
            ImportResult r = reopened.service.importFile(Synthetic.ees(dir.resolve("after.csv"), 3, 10, "2024"), null,
                    new NullProgressMonitor());
            assertEquals(30, r.rows());
            assertEquals(2, r.provenanceId());
        }
    }

    /** The same for SEN2: a killed import leaves no SELECT in view_source and no periods in view_period. */
    @Test
    void killedSen2ImportLeavesNoViewSource() throws Exception {
        Path db = dir.resolve("sen2.duckdb");
        // SYNTHETIC: the rows of the real caseload.csv repeated to 400,000 rows (about 100 MB)
        Path big = Synthetic.repeated(SharedData.file("ehcp-sen2-2025", "caseload.csv"), dir.resolve("big"), 400_000);
        Path small = SharedData.file("ehcp-sen2-2025", "requests.csv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                BundleClasspath.of(ImportChild.class, org.highneeds.testing.Sql.class, ImportService.class, org.duckdb.DuckDBConnection.class,
                        NullProgressMonitor.class, org.osgi.framework.Bundle.class), ImportChild.class.getName(), db.toString(), small.toString(),
                big.toString()).redirectErrorStream(true).start();
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.add(line);
                if (line.equals("LOADING")) break;
            }
            assertTrue(out.contains("LOADING"), "child did not start the big import: " + out);
            Thread.sleep(700);
            assertTrue(p.isAlive(), "the child finished before it could be killed: " + out);
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(137, p.exitValue(), "expected death by SIGKILL");

        try (TestDb reopened = TestDb.file(db.toString())) {
            assertEquals(List.of(List.of("requests.csv")), reopened.rows("SELECT file_name FROM provenance"));
            assertEquals(List.of(List.of("ehcp_activity", "1")), reopened.rows("SELECT view_name, provenance_id FROM "
                    + "meta.view_source"));
            assertEquals(0, reopened.count("SELECT count(*) FROM meta.view_period WHERE provenance_id <> 1"));
            assertEquals(0, reopened.count("SELECT count(*) FROM ehcp_caseload"));
            assertEquals(82_329, reopened.number("SELECT value FROM ehcp_activity WHERE geographic_level = 'National' "
                    + "AND period_year = 2019 AND measure = 'REQUESTS_RECEIVED'"));
            // and the import runs to the end after the restart
            ImportResult r = reopened.service.importFile(SharedData.file("ehcp-sen2-2025", "caseload.csv"), null,
                    new NullProgressMonitor());
            assertEquals(2, r.provenanceId());
            assertEquals(638_745, reopened.number("SELECT ehcp_count FROM ehcp_caseload_latest WHERE geographic_level = "
                    + "'National' AND period_year = 2025 AND age_group = 'all' AND need = 'all' AND placement_category = "
                    + "'all' AND sex = 'all'"));
        }
    }
}
