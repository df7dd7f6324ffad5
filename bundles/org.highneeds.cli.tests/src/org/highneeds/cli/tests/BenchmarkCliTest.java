package org.highneeds.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.highneeds.cli.internal.Cli;
import org.highneeds.data.MyLocalAuthority;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code highneeds cli benchmark} on a workspace with the REAL LA list, statistical neighbours and SEN2 caseload. */
class BenchmarkCliTest {

    @TempDir
    static Path workspace;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> workspace).run(args);
    }

    private int run(String... args) {
        return run(out, err, args);
    }

    @BeforeAll
    static void importRealFiles() {
        Path shared = SharedData.root();
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = run(o, e, "import", shared.resolve("statistical-neighbours/la_code_list.xlsx").toString(),
                shared.resolve("statistical-neighbours/sn_may_2025.xlsx").toString(),
                shared.resolve("ehcp-sen2-2025/caseload.csv").toString());
        assertEquals(0, code, o + "\n" + e);
    }

    @Test
    void barnetAgainstItsStatisticalNeighbours() {
        assertEquals(0, run("benchmark", "--la", "302", "--indicator", "ehcp_count", "--from", "2019", "--to", "2022",
                "--group", "sn"), err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("EHC plans (count) [ehcp_count], 302 Barnet, Jan 2019 to Jan 2022\n"
                + "Comparators: Statistical neighbours of 302 Barnet (May 2025)\n"), text);
        assertTrue(text.contains("302 Barnet                        2,372     2,682     2,899     3,211                   "
                + "+35.37%   +10.62%              B      45 of 152           +546\n"), text);
        assertTrue(text.contains(" 1 320 Waltham Forest (Close)     1,880     2,025     2,285     2,584"), text);
        assertTrue(text.contains("\nEngland                         353,995   390,109   430,697   473,255                   +33.69%"), text);
        assertTrue(text.contains("\nEngland                         missing   +10.20%   +10.40%    +9.88%\n"), text);
        assertTrue(text.contains("\nGroup mean "), text);
    }

    @Test
    void csvAndJsonForScripts() {
        // Barnet 2,682 -> 2,899 -> 3,211; Croydon 3,161 -> 3,394 -> 3,556; Waltham Forest 2,025 -> 2,285 -> 2,584
        assertEquals(0, run("benchmark", "--la", "302", "--indicator", "ehcp_count", "--from", "2021", "--to", "2022",
                "--group", "306,320", "--format=csv"));
        assertEquals("""
                row,la_code,name,neighbour_rank,proximity,value_2021,change_2021,band_2021,rank_2021,value_2022,change_2022,band_2022,rank_2022,change_2021_2022,annualised_change,distance_from_group_mean\r
                subject,302,Barnet,,,2899,0.08090976882923195,B,47,3211,0.10762331838565031,B,45,0.10762331838565031,0.10762331838565031,141\r
                comparator,306,Croydon,,,3394,0.07371085099652008,A,35,3556,0.047731290512669444,A,36,0.047731290512669444,0.047731290512669444,486\r
                comparator,320,Waltham Forest,,,2285,0.1283950617283951,C,77,2584,0.1308533916849015,B,73,0.1308533916849015,0.1308533916849015,-486\r
                group_mean,,Group mean,,,2839.5,0.0950636328576937,,,3070,0.08117626342665973,,,0.08117626342665973,0.08117626342665973,\r
                england,970,England,,,430697,0.10404271626647943,,,473255,0.09881192578541298,,,0.09881192578541298,0.09881192578541298,\r
                """, out.toString(StandardCharsets.UTF_8));
        out.reset();
        assertEquals(0, run("benchmark", "--la", "302", "--indicator", "ehcp_count", "--from", "2022", "--to", "2022",
                "--group", "england", "--format", "json"));
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"indicator\":{\"id\":\"ehcp_count\",\"title\":\"EHC plans\",\"unit\":\"count\""), json);
        assertTrue(json.contains("\"group\":{\"kind\":\"england\",\"name\":\"All other LAs in England\""), json);
    }

    @Test
    void listShowsIdsTitlesAndDefinitions() {
        assertEquals(0, run("benchmark", "--list"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("EHC plans\n  ehcp_count: EHC plans (count; neutral (A = highest); January; group mean: plain mean)\n"
                + "      Children and young people (0-25) with an EHC plan in January"), text);
        assertTrue(text.contains("  pct_inmss: EHC plans in independent or non-maintained special schools (%; lower is better;"), text);
        assertTrue(text.contains("\nFinance\n"), text);
    }

    @Test
    void xlsxExportAndUserErrors() throws Exception {
        Path xlsx = workspace.resolve("barnet.xlsx");
        assertEquals(0, run("benchmark", "--la", "302", "--indicator", "pct_special", "--group", "region", "--xlsx",
                xlsx.toString()));
        assertTrue(Files.size(xlsx) > 5_000);
        err.reset();
        assertEquals(1, run("benchmark", "--la", "302", "--indicator", "nope"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("highneeds: benchmark: Unknown indicator 'nope'. Known indicators: ehcp_count,"));
        err.reset();
        assertEquals(1, run("benchmark", "--la", "302", "--indicator", "ehcp_count", "--from", "twenty"));
        assertEquals("highneeds: benchmark: --from takes a year such as 2019, not 'twenty'\n",
                err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
        err.reset();
        // the population of the ONS estimates is not imported in this workspace: the SQL still runs, without rows
        assertEquals(1, run("benchmark", "--la", "302", "--indicator", "ehcp_per_population_2_18"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("has no data: import sen2.ehcp, ons.mye"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void yearsWithoutDataAreAUserErrorNamingTheYearsThatHaveData() {
        assertEquals(0, run("sql", "--format", "csv", "SELECT min(period_year) || ' ' || max(period_year) AS span FROM ehcp_caseload "
                + "WHERE geographic_level = 'Local authority'"));
        String[] span = out.toString(StandardCharsets.UTF_8).lines().toList().get(1).split(" ");
        out.reset();
        assertEquals(1, run("benchmark", "--la", "302", "--indicator", "ehcp_count", "--from", "1990", "--to", "1995"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals("highneeds: benchmark: Indicator 'ehcp_count' has no data from Jan 1990 to Jan 1995; it has data from Jan "
                + span[0] + " to Jan " + span[1] + " (--from " + span[0] + " --to " + span[1] + ")\n",
                err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    @Test
    void anAbolishedLaNamesItsSuccessorsInsteadOfAMissingWorkbook() {
        assertEquals(1, run("benchmark", "--la", "909", "--indicator", "ehcp_count"));
        assertEquals("highneeds: benchmark: No statistical neighbours for 909 Cumbria: it no longer exists; it was split on "
                + "2023-04-01 into 942 Cumberland and 943 Westmorland and Furness: benchmark one of them\n",
                err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
        err.reset();
        assertEquals(0, run("benchmark", "--la", "942", "--indicator", "ehcp_count", "--from", "2024", "--to", "2024"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void laDefaultsToMyLaOfTheWorkspace() {
        assertEquals(0, run("benchmark", "--la", "302", "--indicator", "ehcp_count", "--from", "2021", "--to", "2022",
                "--group", "306,320", "--format", "csv"), err.toString(StandardCharsets.UTF_8));
        String barnet = out.toString(StandardCharsets.UTF_8);
        try {
            MyLocalAuthority.set("302");
            out.reset();
            assertEquals(0, run("benchmark", "--indicator", "ehcp_count", "--from", "2021", "--to", "2022", "--group", "306,320",
                    "--format", "csv"), err.toString(StandardCharsets.UTF_8));
            assertEquals(barnet, out.toString(StandardCharsets.UTF_8));
            assertTrue(barnet.contains("\nsubject,302,Barnet,"), barnet);

            MyLocalAuthority.set(null);
            err.reset();
            assertEquals(1, run("benchmark", "--indicator", "ehcp_count"));
            String message = err.toString(StandardCharsets.UTF_8);
            assertTrue(message.startsWith("highneeds: benchmark: name the LA with --la (e.g. --la 302 for Barnet), or choose my LA "
                    + "for this workspace ('highneeds cli my-la 302', or Window > Preferences > High Needs in the workbench)") && message.indexOf('\n') == message.length() - 1,
                    message);
        } finally {
            MyLocalAuthority.set(null);
        }
    }

    @Test
    void myLaIsShownSetCheckedAndClearedByTheCli() {
        try {
            assertEquals(0, run("my-la"));
            assertEquals("My LA is not set; set it with 'highneeds cli my-la CODE' (e.g. 302)\n", outText());
            out.reset();
            assertEquals(0, run("my-la", "302"));
            assertEquals("My LA: 302 Barnet\n", outText());
            assertEquals("302", MyLocalAuthority.code().orElseThrow());
            out.reset();
            assertEquals(0, run("my-la"));
            assertEquals("My LA: 302 Barnet\n", outText());
            // 909 Cumbria was split in 2023: not a current LA, and my LA stays as it was
            err.reset();
            assertEquals(1, run("my-la", "909"));
            assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("highneeds: my-la: 909 is not a current LA"), err.toString(StandardCharsets.UTF_8));
            assertEquals("302", MyLocalAuthority.code().orElseThrow());
            err.reset();
            assertEquals(1, run("my-la", "Barnet"));
            out.reset();
            assertEquals(0, run("my-la", "--clear"));
            assertTrue(MyLocalAuthority.code().isEmpty());
        } finally {
            MyLocalAuthority.set(null);
        }
    }

    private String outText() {
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
