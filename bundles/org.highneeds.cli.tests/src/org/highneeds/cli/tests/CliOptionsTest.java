package org.highneeds.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.highneeds.cli.internal.Cli;
import org.highneeds.data.WorkspaceDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's options as picocli reads them: --workspace anywhere, usage errors, generated help, completion. */
class CliOptionsTest {

    @TempDir
    Path workspace;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void createTable() throws Exception {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA probe");
            s.execute("CREATE TABLE probe.placements AS SELECT range AS id FROM range(42)");
        }
    }

    /** The command line of the running instance (its own workspace is the test runtime's), as ./highneeds cli runs it. */
    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static final String PROBE = """
            schema  table       kind   rows
            ------  ----------  -----  ----
            probe   placements  table    42
            (1 row)
            """;

    @Test
    void workspaceIsTakenBeforeOrAfterTheCommand() {
        assertEquals(0, run("tables", "--workspace", workspace.toString(), "--schema", "probe"), err());
        assertEquals(PROBE, out());
        assertEquals(0, run("tables", "--schema", "probe", "--workspace=" + workspace), err());
        assertEquals(PROBE, out());
        assertEquals(0, run("--workspace", workspace.toString(), "tables", "--schema", "probe"), err());
        assertEquals(PROBE, out());
        // and by a subcommand's subcommand, and by sql, which reads its own options
        assertEquals(0, run("sql", "--workspace", workspace.toString(), "--format", "csv", "SELECT count(*) AS n FROM probe.placements"),
                err());
        assertEquals("n\r\n42\r\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(1, run("area", "validate", "--workspace", workspace.toString(), workspace.resolve("none.xmi").toString()));
        assertTrue(err().startsWith("highneeds: area: cannot read "), err());
    }

    @Test
    void usageErrorsAreOneLineNamingTheCommandAndItsUsage() {
        assertEquals(1, run("tables", "--schema"));
        assertEquals("highneeds: tables: missing required parameter for option '--schema' (S) "
                + "(usage: tables [--schema S] [--describe] [--format F] [--raw-csv])\n", err());
        assertEquals(1, run("tables", "--rows"));
        assertEquals("highneeds: tables: unknown option: '--rows' (usage: tables [--schema S] [--describe] [--format F] [--raw-csv])\n", err());
        assertEquals(1, run("import"));
        assertEquals("highneeds: import: missing required parameter: 'FILE|FOLDER' (usage: import [--as ID] FILE|FOLDER...)\n", err());
        assertEquals(1, run("benchmark", "--format", "xml", "--list"));
        assertEquals("highneeds: unknown format 'xml' (use table, csv or json)\n", err());
        assertEquals("", out());
    }

    @Test
    void helpIsGeneratedForEveryCommand() {
        assertEquals(0, run("tables", "--help"));
        assertTrue(out().startsWith("Usage: highneeds cli tables ") && out().contains("--schema=S"), out());
        assertTrue(out().contains("--workspace=DIR"), out());
        assertEquals(0, run("help", "benchmark"));
        assertTrue(out().contains("--indicator=ID") && out().contains("--group: sn (statistical neighbours, default)"), out());
        assertEquals(0, run("help"));
        assertTrue(out().contains("\n  benchmark [--la CODE] [--indicator ID] [--from YEAR] [--to YEAR] [--group G]"), out());
        assertTrue(out().contains("\n  area validate FILE.xmi\n"), out());
    }

    @Test
    void completionScriptCompletesTheCommandsAndTheirOptions() {
        assertEquals(0, run("completion"));
        String script = out();
        assertTrue(script.contains("complete -F _complete_highneeds") && script.contains("highneeds"), script.substring(0, 400));
        assertTrue(script.contains("tables") && script.contains("--schema") && script.contains("benchmark") && script.contains("--indicator"),
                "the commands and their options");
    }
}
