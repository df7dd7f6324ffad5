package org.highneeds.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.highneeds.cli.internal.Cli;
import org.highneeds.data.WorkspaceDatabase;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's commands, output formats and exit codes. */
class CliTest {

    @TempDir
    Path workspace;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void createTables() throws Exception {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA probe");
            s.execute("CREATE TABLE probe.ehcp_caseload AS SELECT range AS id FROM range(12345)");
            s.execute("CREATE TABLE probe.\"la, \"\"names\"\"\" (code VARCHAR)");
        }
    }

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), () -> workspace).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void tablesAsAlignedTable() {
        assertEquals(0, run("tables", "--schema", "probe"));
        assertEquals("""
                schema  table          kind    rows
                ------  -------------  -----  -----
                probe   ehcp_caseload  table  12345
                probe   la, "names"    table      0
                (2 rows)
                """, out().replace("\r\n", "\n"));
    }

    @Test
    void tablesDescribeListsTablesAndColumnsWithTheirComments() throws Exception {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("COMMENT ON TABLE probe.ehcp_caseload IS 'EHC plans, one row per plan'");
            s.execute("COMMENT ON COLUMN probe.ehcp_caseload.id IS 'the plan''s number'");
        }
        assertEquals(0, run("tables", "--schema", "probe", "--describe", "--format", "csv"));
        assertEquals("schema,table,column,type,description\r\n"
                + "probe,ehcp_caseload,,table,\"EHC plans, one row per plan\"\r\n"
                + "probe,ehcp_caseload,id,BIGINT,the plan's number\r\n"
                + "probe,\"la, \"\"names\"\"\",,table,\r\n"
                + "probe,\"la, \"\"names\"\"\",code,VARCHAR,\r\n", out());
    }

    @Test
    void tablesAsCsvQuotesWhatNeedsIt() {
        assertEquals(0, run("tables", "--schema", "probe", "--format", "csv"));
        assertEquals("schema,table,kind,rows\r\nprobe,ehcp_caseload,table,12345\r\nprobe,\"la, \"\"names\"\"\",table,0\r\n", out());
    }

    @Test
    void tablesAsJson() {
        assertEquals(0, run("tables", "--schema", "probe", "--format=json"));
        assertEquals("""
                [
                  {"schema": "probe", "table": "ehcp_caseload", "kind": "table", "rows": 12345},
                  {"schema": "probe", "table": "la, \\"names\\"", "kind": "table", "rows": 0}
                ]
                """, out());
    }

    @Test
    void versionNamesWorkbenchJavaAndDuckdb() {
        assertEquals(0, run("version"));
        assertTrue(out().startsWith("High Needs Workbench 0.1.0"), out());
        assertTrue(out().contains("DuckDB v1.4.4"), out());
    }

    @Test
    void userErrorsExitWithOneAndOneLine() {
        assertEquals(1, run("tabels"));
        assertEquals("highneeds: unknown command 'tabels'; run 'highneeds cli help' for the list of commands\n", err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(1, run("tables", "--format", "xml"));
        assertEquals("highneeds: unknown format 'xml' (use table, csv or json)\n", err.toString(StandardCharsets.UTF_8));
        assertEquals("", out());
    }

    @Test
    void sqlRunsAQueryOnTheWorkspaceDatabase() {
        assertEquals(0, run("sql", "--format", "csv", "SELECT count(*) AS n, max(id) AS top FROM probe.ehcp_caseload"));
        assertEquals("n,top\r\n12345,12344\r\n", out().replace("\r\n", "\r\n"));
    }

    @Test
    void readOnlySqlReachesNoFileAddressOrExtension() throws Exception {
        Path secret = java.nio.file.Files.writeString(workspace.resolve("secret.csv"), "a\n41\n");
        assertEquals(0, run("sql", "--format", "csv", "SELECT a FROM read_csv('" + secret + "')"));
        assertEquals("a\r\n41\r\n", out());
        for (String query : List.of("SELECT * FROM read_csv('" + secret + "')", "SELECT * FROM read_text('/etc/passwd')",
                "SELECT * FROM glob('/etc/*')", "SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')")) {
            out.reset();
            err.reset();
            assertEquals(1, run("sql", "--read-only", query), query);
            String message = err.toString(StandardCharsets.UTF_8);
            assertTrue(message.contains("(read-only mode: files, web addresses and extensions outside the workspace database are not reachable)"), message);
            assertEquals("", out());
        }
        out.reset();
        assertEquals(0, run("sql", "--read-only", "--format", "csv", "SELECT count(*) AS n FROM probe.ehcp_caseload"));
        assertEquals("n\r\n12345\r\n", out());
    }

    @Test
    void normalSqlNeverInstallsAnExtensionFromTheNetwork() {
        assertEquals(0, run("sql", "--format", "csv", "SELECT current_setting('autoinstall_known_extensions') AS install"));
        assertEquals("install\r\nfalse\r\n", out());
    }

    @Test
    void areaValidateOfAFolderSaysItIsAFolder() throws Exception {
        Path folder = java.nio.file.Files.createDirectories(workspace.resolve("areas"));
        java.nio.file.Files.writeString(folder.resolve("barnet.xmi"), "");
        assertEquals(1, run("area", "validate", folder.toString()));
        assertEquals("highneeds: area: " + folder + " is a folder, not a local area model: give the model's file; it holds barnet.xmi\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void controlCharactersInMessagesAreShownEscaped() {
        assertEquals(1, run("download", "\u001b]0;owned\u0007\u001b[2Jx\ry"));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals("highneeds: download: no dataset with id '\\x1B]0;owned\\x07\\x1B[2Jx\\ry'; 'highneeds cli datasets' lists them\n",
                message);
        assertTrue(message.chars().noneMatch(c -> c < 0x20 && c != '\n'), message);
        err.reset();
        // a cell's text in DuckDB's own message
        assertEquals(1, run("sql", "SELECT CAST(chr(27) || '[31mred' || chr(155) AS INTEGER)"));
        message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("\\x1B[31mred\\x9B"), message);
        assertTrue(message.chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x9B), message);
    }

    @Test
    void downloadRefusesAnAddressThatIsNotOnTheWeb() {
        assertEquals(1, run("download", "sen2.ehcp", "--from", "file:///etc/passwd"));
        assertEquals("highneeds: download: Not a web address: file:///etc/passwd; downloads take http:// or https:// addresses "
                + "only (a file on this computer or the network is imported with 'highneeds cli import')\n", err.toString(StandardCharsets.UTF_8));
        assertTrue(!java.nio.file.Files.exists(workspace.resolve("downloads")));
    }

    @Test
    void sqlErrorsAreOneLineUserErrors() {
        assertEquals(1, run("sql", "SELECT nope FROM probe.ehcp_caseload"));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("sql: ") && message.contains("nope") && message.indexOf('\n') == message.length() - 1, message);
    }

    @Test
    void tablesListsTheWorkspaceSchema() {
        assertEquals(0, run("tables", "--format", "csv"));
        assertTrue(out().contains("main,provenance,table,0\r\n"), out());
        assertTrue(out().contains("main,ehcp_caseload,view,0\r\n"), out());
        assertTrue(out().contains("raw,ehcp_caseload_stored,table,0\r\n"), out());
    }

    @Test
    void importsPublishedFilesOnceAndRefusesWhatIsNotData() {
        Path sen2 = SharedData.path("ehcp-sen2-2025");
        assertEquals(0, run("import", sen2.resolve("caseload.csv").toString()));
        assertEquals("caseload.csv: 780696 rows as ees:caseload (201819..202425)\n", out().replace("\r\n", "\n"));
        out.reset();
        assertEquals(0, run("sql", "--format", "csv", "SELECT ehcp_count FROM ehcp_caseload_latest WHERE geographic_level = 'National' "
                + "AND period_year = 2025 AND age_group = 'all' AND need = 'all' AND placement_category = 'all' AND sex = 'all'"));
        assertEquals("ehcp_count\r\n638745\r\n", out(), "England's EHC plans in January 2025 as published");
        out.reset();
        assertEquals(0, run("import", sen2.resolve("caseload.csv").toString()));
        assertTrue(out().contains("caseload.csv: already imported"), out());
        // each run ends with its summary line on stderr
        assertTrue(err.toString(StandardCharsets.UTF_8).matches("(?s).*\\nimport: 0 files imported, 1 unchanged, 0 skipped, 0 refused; "
                + "0 rows in [0-9.]+ s\\R"), err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(1, run("import", sen2.resolve("PROVENANCE.md").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(
                "highneeds: not imported, database unchanged: PROVENANCE.md: no importer recognises this file"), err.toString(StandardCharsets.UTF_8));
        out.reset();
        assertEquals(0, run("datasets", "--format", "csv"));
        assertTrue(out().contains("sen2.ehcp,\"Education, health and care plans (SEN2)\",Department for Education,1,780696,201819..202425,"), out());
        assertTrue(out().contains("gias.establishments,"), out());
    }

    @Test
    void importsAFolderOfFoldersAndEndsWithASummary() throws Exception {
        // files arrive as a folder of folders: the real statistical neighbours folder two levels down
        Path arrived = workspace.resolve("arrived");
        java.nio.file.Files.createDirectories(arrived.resolve("reference/2025"));
        java.nio.file.Files.createSymbolicLink(arrived.resolve("reference/2025/statistical-neighbours"),
                SharedData.path("statistical-neighbours"));
        java.nio.file.Files.writeString(arrived.resolve("README.txt"), "what the council sent");
        assertEquals(0, run("import", arrived.toString()), err.toString(StandardCharsets.UTF_8));
        String printed = out().replace("\r\n", "\n");
        assertTrue(printed.contains(arrived.resolve("README.txt") + ": skipped (a note, not a data file)\n"), printed);
        assertTrue(printed.contains("PROVENANCE.md: skipped (a note, not a data file)\n"), printed);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(la_code_list|sn_may_2025)\\.xlsx: (\\d+) rows as ",
                java.util.regex.Pattern.MULTILINE).matcher(printed);
        long rows = 0;
        int files = 0;
        while (m.find()) {
            files++;
            rows += Long.parseLong(m.group(2));
        }
        assertEquals(2, files, printed);
        String summary = err.toString(StandardCharsets.UTF_8).strip();
        assertTrue(summary.matches("import: 2 files imported, 0 unchanged, 2 skipped, 0 refused; " + rows
                + " rows in [0-9]+\\.[0-9] s"), summary);
        err.reset();
        // a second run changes nothing and says so
        assertEquals(0, run("import", arrived.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("import: 0 files imported, 2 unchanged, 2 skipped, 0 refused; 0 rows in "),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theNewRealFoldersImportAsRecognisedDatasets() throws Exception {
        Path arrived = workspace.resolve("arrived");
        java.nio.file.Files.createDirectories(arrived.resolve("finance"));
        java.nio.file.Files.createSymbolicLink(arrived.resolve("school-census-by-school"), SharedData.path("school-census-by-school"));
        java.nio.file.Files.createSymbolicLink(arrived.resolve("independent-special-schools"), SharedData.path("independent-special-schools"));
        java.nio.file.Files.createSymbolicLink(arrived.resolve("finance/dsg-deficit-derived"), SharedData.path("dsg-deficit-derived"));
        long censusRows = java.nio.file.Files.readAllLines(SharedData.file("school-census-by-school", "england_census.csv")).size() - 1;
        assertEquals(0, run("import", arrived.toString()), err.toString(StandardCharsets.UTF_8));
        String printed = out().replace("\r\n", "\n");
        assertTrue(printed.contains("england_census.csv: " + censusRows + " rows as dfe.school-census:england_census.csv\n"), printed);
        assertTrue(printed.contains("census_meta.csv: 22 rows as dfe.school-census.fields:census_meta.csv\n"), printed);
        assertTrue(printed.contains("Approved_S41_Full_List__updated_22_03_22.xlsx: 342 rows as dfe.section41-list\n"), printed);
        assertTrue(printed.contains("IndSpec_not_s41.xlsx: 399 rows as dfe.independent-special-schools\n"), printed);
        assertTrue(printed.contains("dsg_deficit_derived.xlsx: 478 rows as finance.dsg-deficit (201920..202122)\n"), printed);
        assertTrue(printed.matches("(?s).*DSG_by_year_dr\\.xlsx: \\d+ rows as finance\\.dsg-total-by-year \\(201920\\.\\.202324\\)\n.*"), printed);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("import: 6 files imported, 0 unchanged, 3 skipped, 0 refused; "),
                err.toString(StandardCharsets.UTF_8));
        out.reset();
        // NA is not published, never 0: the independent schools' EAL counts
        assertEquals(0, run("sql", "--format", "csv", "SELECT count(*) FILTER (WHERE eal = 0) AS zero, count(*) FILTER (WHERE eal IS NULL) "
                + "AS not_published FROM school_census WHERE school_type = 'Independent school'"));
        long naEal = java.nio.file.Files.readAllLines(SharedData.file("school-census-by-school", "england_census.csv")).stream()
                .map(l -> l.split(",", -1)).filter(r -> r.length > 13 && r[3].equals("Independent school") && r[13].equals("NA")).count();
        long zeroEal = java.nio.file.Files.readAllLines(SharedData.file("school-census-by-school", "england_census.csv")).stream()
                .map(l -> l.split(",", -1)).filter(r -> r.length > 13 && r[3].equals("Independent school") && r[13].equals("0")).count();
        assertEquals("zero,not_published\r\n" + zeroEal + "," + naEal + "\r\n", out());
    }

    @Test
    void aFolderWithNothingToImportIsAnError() throws Exception {
        Path empty = java.nio.file.Files.createDirectories(workspace.resolve("empty/inner"));
        assertEquals(1, run("import", empty.getParent().toString()));
        assertEquals("highneeds: import: nothing to import in " + empty.getParent() + ": found no files at all\n",
                err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
        err.reset();
        java.nio.file.Files.writeString(empty.resolve("PROVENANCE.md"), "# notes only");
        assertEquals(1, run("import", empty.getParent().toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(": found only notes (1: PROVENANCE.md)"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void downloadFetchesFromAnAddressAndImports() throws Exception {
        Path shared = SharedData.root();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = java.nio.file.Files.readAllBytes(shared.resolve(exchange.getRequestURI().getPath().substring(1)));
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        // a mirror of an EES publication page and its release's "Download all data (zip)", made of the real files
        server.createContext("/find-statistics/education-health-and-care-plans", exchange -> {
            byte[] page = "<!DOCTYPE html><html><a href=\"/api/releases/00000000-0000-4000-8000-000000000001/files\">Download all data (zip)</a></html>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.createContext("/api/releases/", exchange -> {
            java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(zipped)) {
                for (String name : List.of("requests.csv", "timeliness_20_week.csv")) {
                    zip.putNextEntry(new java.util.zip.ZipEntry("data/" + name));
                    zip.write(java.nio.file.Files.readAllBytes(shared.resolve("ehcp-sen2-2025").resolve(name)));
                    zip.closeEntry();
                }
            }
            exchange.sendResponseHeaders(200, zipped.size());
            exchange.getResponseBody().write(zipped.toByteArray());
            exchange.close();
        });
        server.start();
        try {
            String address = "http://127.0.0.1:" + server.getAddress().getPort() + "/gias/links_edubasealldata20250422.csv";
            assertEquals(0, run("download", "gias.links", "--from", address));
            assertTrue(out().startsWith("downloaded " + workspace.resolve("downloads/gias.links/links_edubasealldata20250422.csv")), out());
            out.reset();
            assertEquals(0, run("sql", "--format", "csv", "SELECT count(*) AS links FROM setting_link"));
            assertEquals("links\r\n33801\r\n", out());
            out.reset();

            String page = "http://127.0.0.1:" + server.getAddress().getPort() + "/find-statistics/education-health-and-care-plans";
            assertEquals(0, run("download", "sen2.ehcp", "--from", page));
            Path extracted = workspace.resolve("downloads/sen2.ehcp/ees-release-00000000-0000-4000-8000-000000000001");
            assertTrue(out().startsWith("downloaded " + extracted.resolve("requests.csv") + System.lineSeparator()
                    + "downloaded " + extracted.resolve("timeliness_20_week.csv")), out());
            out.reset();
            assertEquals(0, run("sql", "--format", "csv", "SELECT file_name, importer FROM provenance WHERE file_name IN ('requests.csv', 'timeliness_20_week.csv') ORDER BY file_name"));
            assertEquals("file_name,importer\r\nrequests.csv,sen2.ehcp\r\ntimeliness_20_week.csv,sen2.ehcp\r\n", out());
        } finally {
            server.stop(0);
        }
        assertEquals(1, run("download", "ons.mye"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("has no direct download address"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void areaValidateListsEveryProblemWithItsObjectAndField() throws Exception {
        Path file = workspace.resolve("barnet.xmi");
        org.highneeds.model.LocalAreaModel area = org.highneeds.model.HighNeedsFactory.eINSTANCE.createLocalAreaModel();
        area.setName("Barnet");
        org.highneeds.model.Placement placement = org.highneeds.model.HighNeedsFactory.eINSTANCE.createPlacement();
        placement.setChildRef("C0042");
        placement.setStartDate(java.time.LocalDate.of(2025, 9, 1));
        placement.setEndDate(java.time.LocalDate.of(2025, 7, 31));
        placement.setAnnualFee(new java.math.BigDecimal("-61250"));
        area.getPlacements().add(placement);
        new org.highneeds.model.persistence.AreaModelStore().save(area, file, null);

        assertEquals(1, run("area", "validate", file.toString()));
        String text = out();
        assertTrue(text.contains("error: ") && text.contains("2025-07-31") && text.contains("2025-09-01"), text);
        assertTrue(text.contains("negative") || text.contains("below 0") || text.contains("Annual"), text);
        assertTrue(text.lines().reduce((a, b) -> b).orElseThrow().startsWith("barnet.xmi: "), text);

        err.reset();
        java.nio.file.Files.writeString(workspace.resolve("broken.xmi"), "<?xml version=\"1.0\"?><hn:LocalAreaModel");
        assertEquals(1, run("area", "validate", workspace.resolve("broken.xmi").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("highneeds: area: cannot read "), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, run("help"));
        assertTrue(out().contains("tables [--schema S] [--describe] [--format F]") && out().contains("import [--as ID] FILE|FOLDER..."), out());
    }
}
