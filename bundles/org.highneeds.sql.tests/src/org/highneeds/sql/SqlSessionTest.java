package org.highneeds.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlSessionTest {

    private static final String SLOW = "select count(*) from range(200000) a, range(1000000) b where (a.range + b.range) % 7 = 3";

    private Connection connection;
    private SqlSession session;

    @BeforeEach
    void open() throws Exception {
        connection = SqlConnections.openInMemory();
        connection.createStatement().execute(Caseload.loadSql("sen2"));
        session = new SqlSession(connection, false);
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        connection.close();
    }

    private ExecutionResult run(String sql) {
        return session.execute(sql, Map.of(), new NullProgressMonitor());
    }

    @Test
    void queryIsMaterialisedAndPagedInQueryOrder() throws Exception {
        ExecutionResult r = run("select la_name, try_cast(ehcplans as integer) as ehcplans, old_la_code from sen2.caseload "
                + "where time_period = 202425 and geographic_level = 'Local authority' and breakdown = 'All EHC plans' "
                + "order by 2 desc nulls last");
        assertTrue(r.ok(), () -> r.error().message());
        SqlResult res = r.result();
        assertEquals(153, res.totalRowCount(), "LAs in the 2025 SEN2 caseload file");
        assertEquals(List.of("la_name", "ehcplans", "old_la_code"), res.columns().stream().map(ResultColumn::name).toList());
        assertTrue(res.columns().get(1).numeric());
        Object[] first = res.page(0, 1).rows().get(0);
        assertEquals("Kent", first[0]);
        ResultPage tail = res.page(150, 10);
        assertEquals(3, tail.rows().size());
        long prev = Long.MAX_VALUE;
        for (Object[] row : res.page(0, 153).rows()) {
            long v = ((Number) row[1]).longValue();
            assertTrue(v <= prev, "pages keep the query's ORDER BY");
            prev = v;
        }
        assertTrue(r.elapsed().toNanos() > 0);
    }

    @Test
    void deepPagesOfALargeOrderedResultKeepTheOrder() throws Exception {
        // synthetic 1M rows: materialisation runs in parallel, rowids must still follow ORDER BY
        SqlResult r = run("select range as n, range % 153 as la from range(1000000) order by la desc, n").result();
        assertEquals(1_000_000, r.rowCount());
        List<Object[]> p = r.page(999_998, 10).rows();
        assertEquals(2, p.size());
        assertEquals(0L, ((Number) p.get(1)[1]).longValue());
        assertEquals(999_702L, ((Number) p.get(0)[0]).longValue(), "last two multiples of 153");
        assertEquals(999_855L, ((Number) p.get(1)[0]).longValue());
        assertEquals(152L, ((Number) r.page(0, 1).rows().get(0)[1]).longValue());
        assertEquals(152L, ((Number) r.page(0, 1).rows().get(0)[0]).longValue());
        r.close();
    }

    @Test
    void sortAndFilterRequeryTheMaterialisedResult() throws Exception {
        SqlResult res = run("select la_name, ehcplans::integer as ehcplans from sen2.caseload where time_period = 202425 "
                + "and geographic_level = 'Local authority' and breakdown = 'All EHC plans'").result();
        assertEquals(153, res.setView(res.view().sortedBy(1, true)));
        assertEquals("Isles of Scilly", res.page(0, 1).rows().get(0)[0]);
        long n = res.setView(res.view().filteredBy(new ColumnFilter(0, ColumnFilter.Op.CONTAINS, "YORK")));
        assertEquals(3, n, "York, North Yorkshire, East Riding of Yorkshire");
        List<Object[]> rows = res.page(0, 10).rows();
        assertEquals(3, rows.size());
        assertEquals("York", rows.get(0)[0], "the filter keeps the sort");
        assertTrue(((Number) rows.get(0)[1]).longValue() <= ((Number) rows.get(1)[1]).longValue());
        assertEquals(1, res.setView(new ResultView(-1, true, List.of(new ColumnFilter(0, ColumnFilter.Op.EQUALS, "Gateshead")))));
        assertEquals(1923L, ((Number) res.page(0, 1).rows().get(0)[1]).longValue());
        assertEquals(153, res.setView(ResultView.NONE));
        res.close();
        assertThrows(IllegalStateException.class, () -> res.page(0, 1));
        try (ResultSet rs = connection.createStatement().executeQuery(
                "select count(*) from duckdb_tables() where table_name like '__hn_result%'")) {
            rs.next();
            assertEquals(0, rs.getLong(1), "closing drops the temp tables");
        }
    }

    @Test
    void textColumnsOfFiguresSortNumericallyWithMarkersLast() throws Exception {
        // in the real file ehcplans is text: Peterborough's 2023/24 age rows hold the marker x
        SqlResult res = run("select la_name, breakdown, ehcplans from sen2.caseload where time_period = 202324 "
                + "and breakdown_topic = 'Child or young persons age' and region_name = 'East of England' "
                + "and geographic_level = 'Local authority'").result();
        assertEquals("VARCHAR", res.columns().get(2).typeName());
        for (boolean asc : new boolean[] {false, true}) {
            res.setView(res.view().sortedBy(2, asc));
            List<Object[]> rows = res.page(0, (int) res.rowCount()).rows();
            int firstMarker = -1;
            for (int i = 0; i < rows.size(); i++) {
                String v = (String) rows.get(i)[2];
                if (v.equals("x")) {
                    firstMarker = firstMarker < 0 ? i : firstMarker;
                } else {
                    assertTrue(firstMarker < 0, "numbers before markers, row " + i);
                    if (i > 0) {
                        long prev = Long.parseLong((String) rows.get(i - 1)[2]);
                        long cur = Long.parseLong(v);
                        assertTrue(asc ? prev <= cur : prev >= cur, prev + " then " + cur);
                    }
                }
            }
            assertTrue(firstMarker > 0, "the region has both figures and markers");
            assertEquals("Peterborough", rows.get(rows.size() - 1)[0]);
        }
    }

    @Test
    void namedParametersBindIntoTheMaterialisedQuery() throws Exception {
        ExecutionResult r = session.execute("select ehcplans from sen2.caseload where time_period = :year "
                + "and geographic_level = :level and breakdown = 'All EHC plans'",
                Map.of("year", "202425", "level", "National"), new NullProgressMonitor());
        assertTrue(r.ok(), () -> r.error().message());
        assertEquals("638745", r.result().page(0, 1).rows().get(0)[0], "published as text: the column holds x markers");
        ExecutionResult missing = session.execute("select :nope", Map.of(), new NullProgressMonitor());
        assertEquals("No value given for parameter :nope", missing.error().message());
    }

    @Test
    void errorsAreMappedToScriptLineAndColumn() {
        String script = "select 1;\n\n-- the next one is wrong\nselect la_name,\n       nosuch_col\nfrom sen2.caseload;";
        SqlScript s = SqlScript.parse(script);
        ExecutionResult r = session.execute(s, s.statements().get(1), Map.of(), new NullProgressMonitor());
        SqlError e = r.error();
        assertNotNull(e);
        assertTrue(e.positioned());
        assertEquals(5, e.line());
        assertEquals(8, e.column());
        assertEquals(script.indexOf("nosuch_col"), e.offset());
        assertTrue(e.headline().startsWith("Binder Error: Referenced column \"nosuch_col\" not found"), e.headline());
        assertFalse(e.message().contains("LINE "), "context lines are stripped");

        String syntax = "select 1;\n  select * frm sen2.caseload";
        SqlScript s2 = SqlScript.parse(syntax);
        SqlError e2 = session.execute(s2, s2.statements().get(1), Map.of(), new NullProgressMonitor()).error();
        assertTrue(e2.headline().startsWith("Parser Error"), e2.headline());
        assertEquals(2, e2.line());
        assertEquals(syntax.indexOf("sen2.caseload"), e2.offset());
    }

    @Test
    void errorPositionAfterANamedParameterPointsAtTheTextAsWritten() {
        String sql = "select * from sen2.caseload where time_period = :year and nosuch_col = 1";
        SqlError e = session.execute(sql, Map.of("year", "202425"), new NullProgressMonitor()).error();
        assertEquals(sql.indexOf("nosuch_col"), e.offset(), "':year' is longer than '?'");
        assertEquals(sql.indexOf("nosuch_col") + 1, e.column());
    }

    @Test
    void errorCaretInTruncatedLongLineIsFound() {
        String sql = "select " + "time_period + ".repeat(30) + "nosuch from sen2.caseload";
        SqlError e = run(sql).error();
        assertEquals(sql.indexOf("nosuch"), e.offset());
        assertEquals(1, e.line());
    }

    @Test
    void runtimeErrorWithoutPositionPointsAtStatementStart() {
        String script = "\n\n  select 'abc'::int";
        SqlScript s = SqlScript.parse(script);
        SqlError e = session.execute(s, s.statements().get(0), Map.of(), new NullProgressMonitor()).error();
        assertTrue(e.headline().startsWith("Conversion Error"), e.headline());
        assertEquals(3, e.line());
        assertEquals(15, e.column(), "DuckDB points at the cast");
        assertEquals(script.indexOf("::int"), e.offset());
    }

    @Test
    void cancelFromAnotherThreadInterruptsALongQuery() throws Exception {
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
            session.cancel();
        });
        long t0 = System.nanoTime();
        canceller.start();
        assertThrows(OperationCanceledException.class, () -> run(SLOW));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 5_000, "cancelled after " + ms + " ms");
        assertEquals(1L, ((Number) run("select 1").result().page(0, 1).rows().get(0)[0]).longValue(),
                "the session works after a cancel");
    }

    @Test
    void cancelThroughTheProgressMonitor() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        AtomicBoolean started = new AtomicBoolean();
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                return;
            }
            started.set(true);
            monitor.setCanceled(true);
        });
        t.start();
        long t0 = System.nanoTime();
        assertThrows(OperationCanceledException.class, () -> session.execute(SLOW, Map.of(), monitor));
        assertTrue(started.get());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 5_000);
    }

    @Test
    void readOnlyModeRefusesWritesAndTheDatabaseStaysUnchanged() throws Exception {
        session.setReadOnlyMode(true);
        ExecutionResult r = run("delete from sen2.caseload");
        assertEquals("Read-only mode: DELETE statements can change the database and are not run. "
                + "Turn read-only mode off to run it.", r.error().message());
        assertTrue(r.classification().destructive());
        assertTrue(run("select count(*) from sen2.caseload").ok(), "reads still run");
        try (ResultSet rs = connection.createStatement().executeQuery("select count(*) from sen2.caseload")) {
            rs.next();
            assertEquals(9294, rs.getLong(1), "rows of caseload.csv");
        }
    }

    @Test
    void readOnlyConnectionStillPagesResults(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("hn.duckdb");
        try (Connection c = SqlConnections.open(db, false)) {
            c.createStatement().execute(Caseload.loadSql("sen2"));
        }
        try (Connection ro = SqlConnections.open(db, true); SqlSession s = new SqlSession(ro, false)) {
            ExecutionResult r = s.execute("select count(*) from sen2.caseload", Map.of(), new NullProgressMonitor());
            assertEquals(9294L, ((Number) r.result().page(0, 1).rows().get(0)[0]).longValue());
            ExecutionResult w = s.execute("delete from sen2.caseload", Map.of(), new NullProgressMonitor());
            assertTrue(w.error().message().contains("read-only"), w.error().message());
        }
    }

    @Test
    void updatesReportCountsAndNonMaterialisableStatementsAreBuffered() throws Exception {
        ExecutionResult c = run("create table t as select * from range(5)");
        assertTrue(c.ok());
        ExecutionResult u = run("update t set range = range + 1 where range < 3");
        assertEquals(3, u.updateCount());
        assertNull(u.result());
        ExecutionResult d = run("describe sen2.caseload");
        assertEquals(60, d.result().totalRowCount(), "columns of caseload.csv");
        assertFalse(d.result().truncated());
        ExecutionResult p = run("pragma table_info('sen2.caseload')");
        assertTrue(p.ok(), () -> p.error().message());
        assertNull(p.result().viewQuery(), "held in memory");
        assertEquals(60, p.result().totalRowCount());
        assertEquals(60, p.result().setView(new ResultView(1, false, List.of())));
        assertEquals("w_settings", p.result().page(0, 1).rows().get(0)[1], "sorted by name, descending");
    }
}
