package org.highneeds.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlCommandTest {

    private Connection connection;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void open() throws Exception {
        connection = SqlConnections.openInMemory();
        connection.createStatement().execute(Caseload.loadSql("sen2"));
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new SqlCommand().run(args, connection, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static final String LAS = "select old_la_code, la_name, ehcplans::integer as ehcplans, ukrlp_provider "
            + "from sen2.caseload where time_period = 202425 and breakdown = 'All EHC plans' and old_la_code in (390, 391) order by 1";

    @Test
    void alignedTableWithNumbersRightAligned() {
        assertEquals(0, run(LAS));
        assertEquals(String.join(System.lineSeparator(),
                "old_la_code | la_name             | ehcplans | ukrlp_provider",
                "------------+---------------------+----------+---------------",
                "        390 | Gateshead           |    1,923 | 0",
                "        391 | Newcastle upon Tyne |    3,095 | 134",
                "(2 rows)", ""), out());
    }

    @Test
    void suppressedMarkersAndNullInTable() {
        assertEquals(0, run("select la_name, ukrlp_provider, null::int as n from sen2.caseload where time_period = 201819 "
                + "and breakdown = 'All EHC plans' and old_la_code = 390"));
        String[] lines = out().split("\\R");
        assertTrue(lines[2].matches("Gateshead \\|\\s+x \\|\\s+NULL"), lines[2]);
    }

    @Test
    void csvAndJson() {
        assertEquals(0, run("--format", "csv", LAS));
        assertEquals("old_la_code,la_name,ehcplans,ukrlp_provider\r\n390,Gateshead,1923,0\r\n391,Newcastle upon Tyne,3095,134\r\n", out());
        assertEquals(0, run("--format", "json", LAS));
        assertEquals("[\n  {\"old_la_code\":390,\"la_name\":\"Gateshead\",\"ehcplans\":1923,\"ukrlp_provider\":\"0\"},\n"
                + "  {\"old_la_code\":391,\"la_name\":\"Newcastle upon Tyne\",\"ehcplans\":3095,\"ukrlp_provider\":\"134\"}\n]"
                + System.lineSeparator(), out());
    }

    @Test
    void scriptFileWithParametersAndErrorsWithPosition(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("q.sql");
        Files.writeString(f, "-- EHCPs for one LA\ncreate temp table x as select 1 as a;\nselect ehcplans from sen2.caseload\n"
                + "where time_period = :year and old_la_code = :la and breakdown = 'All EHC plans';\n");
        assertEquals(0, run("-f", f.toString(), "--param", "year=202425", "--param", "la=390", "--format", "csv"));
        assertEquals("ehcplans\r\n1923\r\n", out());
        Files.writeString(f, "select 1;\nselect nosuch from sen2.caseload;");
        assertEquals(1, run("-f", f.toString()));
        assertEquals("sql: " + f + " line 2, column 8: Binder Error: Referenced column \"nosuch\" not found in FROM clause!"
                + System.lineSeparator(), err());
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreNeutralisedUnlessRaw() {
        String q = "select '=HYPERLINK(\"http://x\")' as \"=h\", '+cmd|'' /C calc''!A0' as c, -12.5 as n, '-3' as t, 'ok' as p";
        assertEquals(0, run("--format", "csv", q));
        assertEquals("'=h,c,n,t,p\r\n\"'=HYPERLINK(\"\"http://x\"\")\",'+cmd|' /C calc'!A0,-12.5,-3,ok\r\n", out());
        assertEquals(0, run("--format", "csv", "--raw-csv", q));
        assertEquals("=h,c,n,t,p\r\n\"=HYPERLINK(\"\"http://x\"\")\",+cmd|' /C calc'!A0,-12.5,-3,ok\r\n", out());
    }

    @Test
    void aFailedScriptSaysWhatRanBeforeAndAtomicRunsAllOrNothing() throws Exception {
        assertEquals(1, run("CREATE TABLE zz(a int); INSERT INTO zz VALUES (1); selec bad"));
        assertTrue(err().startsWith("sql: query line 1, column 52: Parser Error: syntax error at or near \"selec\"; the 2 statements "
                + "before it ran and their changes stay (--atomic runs a script as one transaction)"), err());
        assertEquals(1, count("zz"));
        assertEquals(1, run("--atomic", "CREATE TABLE yy(a int); INSERT INTO yy VALUES (1); selec bad"));
        assertTrue(err().endsWith("; the script was rolled back: none of its statements changed anything (--atomic)"
                + System.lineSeparator()), err());
        try (var r = connection.createStatement().executeQuery("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'yy'")) {
            r.next();
            assertEquals(0, r.getInt(1), "yy was rolled back");
        }
        assertEquals(0, run("--atomic", "--format", "csv", "CREATE TABLE yy(a int); INSERT INTO yy VALUES (7), (8); SELECT sum(a) AS s FROM yy"));
        assertEquals("s\r\n15\r\n", out());
        assertEquals(2, count("yy"));
    }

    private int count(String table) throws Exception {
        try (var r = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    void userErrorsAreOneLine() {
        assertEquals(1, run("--format", "xml", "select 1"));
        assertEquals("sql: unknown --format 'xml' (use table, csv or json)" + System.lineSeparator(), err());
        assertEquals(1, run());
        assertEquals(1, err().lines().count());
        assertEquals(1, run("-f", "/nonexistent/q.sql"));
        assertEquals("sql: no such file: /nonexistent/q.sql" + System.lineSeparator(), err());
        assertEquals(1, run("--read-only", "delete from sen2.caseload"));
        assertTrue(err().startsWith("sql: query: Read-only mode: DELETE"), err());
        assertEquals(1, run("select :la"));
        assertEquals("sql: query: No value given for parameter :la" + System.lineSeparator(), err());
        assertEquals(0, run("--help"));
    }

    @Test
    void nonUtf8ScriptIsAUserError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("latin1.sql");
        Files.write(f, new byte[] {'s', 'e', 'l', 'e', 'c', 't', ' ', '\'', (byte) 0xE9, '\''});
        assertEquals(1, run("-f", f.toString()));
        assertEquals("sql: " + f + " is not UTF-8 text" + System.lineSeparator(), err());
    }
}
