package org.highneeds.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import org.highneeds.analysis.BenchmarkEngine;
import org.highneeds.analysis.GroupMeanMethod;
import org.highneeds.analysis.IndicatorDefinition;
import org.highneeds.analysis.IndicatorRegistry;
import org.highneeds.analysis.IndicatorUnit;
import org.highneeds.analysis.PeriodKind;
import org.highneeds.model.Polarity;
import org.highneeds.analysis.UserIndicatorStore;
import org.highneeds.cli.internal.Cli;
import org.highneeds.data.Services;
import org.highneeds.data.WorkspaceDatabaseService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An indicator a user defined in the workbench (saved through the user-indicator store of the workspace) is listed and
 * computed by {@code cli benchmark}: through the same services as the workbench, and from a workspace an earlier
 * version saved it in. Values are checked against SQL run here on the REAL SEN2 caseload.
 */
class UserIndicatorCliTest {

    private static final String ID = "ehcp_total_own";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** As the New Indicator dialog makes it: the caseload's all-ages total of the LAs and England. */
    private static IndicatorDefinition definition() {
        return new IndicatorDefinition(ID, "EHC plans (own total)", IndicatorUnit.COUNT, Polarity.NEUTRAL, PeriodKind.JANUARY,
                "SELECT CASE WHEN geographic_level = 'National' THEN '970' ELSE la_code END AS la_code, period_year, "
                        + "ehcp_count AS value FROM ehcp_caseload WHERE geographic_level IN ('Local authority', 'National') "
                        + "AND age_group = 'all' AND need = 'all' AND sex = 'all' AND placement_category = 'all'",
                List.of("sen2.ehcp"), "All EHC plans in January, from the SEN2 caseload.", GroupMeanMethod.MEAN,
                "User-defined", IndicatorDefinition.USER_DEFINED);
    }

    private int run(Cli cli, String... args) {
        out.reset();
        err.reset();
        return cli.run(args);
    }

    private Cli cli() {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Cli cli(Path workspace) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> workspace);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Path shared(String file) {
        return Path.of(System.getProperty("highneeds.shared.data")).resolve(file);
    }

    @Test
    void theWorkbenchServicesListAndComputeIt() throws Exception {
        assertEquals(0, run(cli(), "import", shared("statistical-neighbours/la_code_list.xlsx").toString(),
                shared("statistical-neighbours/sn_may_2025.xlsx").toString(), shared("ehcp-sen2-2025/caseload.csv").toString()),
                err.toString(StandardCharsets.UTF_8));
        // saved as the workbench's indicator dialog saves it: the store and engine services of the running workspace
        WorkspaceDatabaseService database = Services.get(WorkspaceDatabaseService.class);
        UserIndicatorStore store = Services.get(UserIndicatorStore.class);
        IndicatorRegistry registry = Services.get(BenchmarkEngine.class).registry();
        store.remove(ID, registry); // a run of this test before, in a workspace left by it
        store.save(definition(), null, registry, database::connect);
        assertEquals(database.workspace().resolve(UserIndicatorStore.LOCATION), store.file());
        assertTrue(Files.isRegularFile(store.file()));
        try {
            assertEquals(0, run(cli(), "benchmark", "--list"), err.toString(StandardCharsets.UTF_8));
            assertTrue(out().contains("\nUser-defined\n  " + ID + ": EHC plans (own total) (count; neutral (A = highest); January;"),
                    out());
            assertEquals(0, run(cli(), "benchmark", "--la", "302", "--indicator", ID, "--from", "2021", "--to", "2022",
                    "--group", "306,320", "--format", "csv"), err.toString(StandardCharsets.UTF_8));
            assertValuesAsPublished(database, out(), List.of(2021, 2022), Map.of("subject", "302", "comparator", "306|320"));
        } finally {
            store.remove(ID, registry);
        }
    }

    @Test
    void aWorkspaceOfTheEarlierVersionKeepsItsIndicators(@TempDir Path workspace) throws Exception {
        assertEquals(0, run(cli(workspace), "import", shared("statistical-neighbours/la_code_list.xlsx").toString(),
                shared("ehcp-sen2-2025/caseload.csv").toString()), err.toString(StandardCharsets.UTF_8));
        // where the benchmarking UI plug-in saved the workbench's indicators before they became a headless service
        Path former = workspace.resolve(UserIndicatorStore.FORMER_LOCATION);
        try (WorkspaceDatabaseService database = WorkspaceDatabaseService.on(workspace)) {
            new UserIndicatorStore(former).save(definition(), null, IndicatorRegistry.fromExtensions(), database::connect);
        }
        assertTrue(Files.isRegularFile(former));
        assertFalse(Files.exists(workspace.resolve(UserIndicatorStore.LOCATION)));

        assertEquals(0, run(cli(workspace), "benchmark", "--list"), err.toString(StandardCharsets.UTF_8));
        assertTrue(out().contains("  " + ID + ": EHC plans (own total)"), out());
        assertEquals(0, run(cli(workspace), "benchmark", "--la", "302", "--indicator", ID, "--from", "2019", "--to", "2022",
                "--group", "england", "--format", "csv"), err.toString(StandardCharsets.UTF_8));
        try (WorkspaceDatabaseService database = WorkspaceDatabaseService.on(workspace)) {
            assertValuesAsPublished(database, out(), List.of(2019, 2020, 2021, 2022), Map.of("subject", "302", "england", "970"));
        }
    }

    @Test
    void aTitleThatASpreadsheetWouldRunIsNeutralisedInCsv(@TempDir Path workspace) throws Exception {
        IndicatorDefinition d = definition();
        String title = "=HYPERLINK(\"http://x.example/\",\"EHC\")";
        IndicatorDefinition hostile = new IndicatorDefinition(ID, title, d.unit(), d.polarity(), d.periodKind(), d.sql(),
                d.sourceDatasets(), "+cmd|' /C calc'!A0", d.groupMean(), d.category(), d.origin());
        try (WorkspaceDatabaseService database = WorkspaceDatabaseService.on(workspace)) {
            UserIndicatorStore.inWorkspace(workspace).save(hostile, null, IndicatorRegistry.fromExtensions(), database::connect);
        }
        assertEquals(0, run(cli(workspace), "benchmark", "--list", "--format", "csv"), err.toString(StandardCharsets.UTF_8));
        String row = out().lines().filter(l -> l.startsWith(ID + ",")).findFirst().orElseThrow();
        assertTrue(row.startsWith(ID + ",\"'=HYPERLINK(\"\"http://x.example/\"\",\"\"EHC\"\")\",count,"), row);
        assertTrue(row.endsWith(",'+cmd|' /C calc'!A0"), row);
        assertEquals(0, run(cli(workspace), "benchmark", "--list", "--format", "csv", "--raw-csv"), err.toString(StandardCharsets.UTF_8));
        row = out().lines().filter(l -> l.startsWith(ID + ",")).findFirst().orElseThrow();
        assertTrue(row.startsWith(ID + ",\"=HYPERLINK(\"\"http://x.example/\"\",\"\"EHC\"\")\",count,"), row);
        assertTrue(row.endsWith(",+cmd|' /C calc'!A0"), row);
    }

    /**
     * Each CSV row of the given kinds (la codes separated by |) holds, for each year, the caseload's all-ages total read
     * here with SQL of its own.
     */
    private static void assertValuesAsPublished(WorkspaceDatabaseService database, String csv, List<Integer> years,
            Map<String, String> rows) throws Exception {
        List<String> lines = csv.lines().toList();
        List<String> header = List.of(lines.get(0).split(","));
        int checked = 0;
        try (Connection c = database.database().connect(); PreparedStatement q = c.prepareStatement(
                "SELECT ehcp_count FROM ehcp_caseload WHERE (CASE WHEN geographic_level = 'National' THEN '970' ELSE la_code END) = ? "
                        + "AND period_year = ? AND geographic_level IN ('Local authority', 'National') "
                        + "AND age_group = 'all' AND need = 'all' AND sex = 'all' AND placement_category = 'all'")) {
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                String codes = rows.get(cells[0]);
                if (codes == null) {
                    continue;
                }
                assertTrue(cells[1].matches(codes), line);
                for (int year : years) {
                    q.setString(1, cells[1]);
                    q.setInt(2, year);
                    try (ResultSet r = q.executeQuery()) {
                        assertTrue(r.next(), cells[1] + " " + year);
                        assertEquals(Long.toString(r.getLong(1)), cells[header.indexOf("value_" + year)], line);
                        assertFalse(r.next(), "one caseload total per LA and year");
                    }
                    checked++;
                }
            }
        }
        assertEquals(years.size() * (rows.containsValue("306|320") ? 3 : 2), checked, csv);
    }
}
