package org.highneeds.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatementClassifierTest {

    private static StatementKind kind(String sql) {
        return StatementClassifier.classify(sql).kind();
    }

    @Test
    void readsAreReadOnly() {
        for (String sql : new String[] {"select 1", "  -- c\n/* x */ SELECT 1", "(select 1) union (select 2)",
                "values (1)", "from caseload", "describe caseload", "show tables", "summarize caseload",
                "explain select 1", "pragma table_info('caseload')", "with a as (select 1), b(x) as materialized (select 2) select * from a, b",
                "with recursive r as (select 1 union all select 1 from r) select * from r", "pivot t on x using sum(y)",
                "explain analyze select 1"}) {
            assertEquals(StatementKind.READ, kind(sql), sql);
        }
    }

    @Test
    void destructiveStatementsAreFlagged() {
        String[][] cases = {{"drop table t", "DROP"}, {"delete from t", "DELETE"}, {"truncate t", "TRUNCATE"},
                {"update t set a = 1", "UPDATE"}, {"alter table t add column b int", "ALTER"},
                {"insert into t values (1)", "INSERT"}, {"insert or replace into t values (1)", "INSERT OR REPLACE"},
                {"create or replace table t as select 1", "CREATE OR REPLACE"},
                {"copy t from 'x.csv'", "COPY FROM"}, {"attach 'x.db' as x", "ATTACH"},
                {"/* hidden */ -- more\n  DeLeTe FROM t", "DELETE"},
                {"with x as (select 1) delete from t where a in (select * from x)", "DELETE"},
                {"explain analyze delete from t", "EXPLAIN ANALYZE DELETE"}};
        for (String[] c : cases) {
            StatementClassification k = StatementClassifier.classify(c[0]);
            assertEquals(StatementKind.DESTRUCTIVE, k.kind(), c[0]);
            assertEquals(c[1], k.keyword(), c[0]);
        }
    }

    @Test
    void writesAndSessionStatements() {
        assertEquals(StatementKind.WRITE, kind("create table t (a int)"));
        assertEquals(StatementKind.WRITE, kind("copy (select 1) to 'out.parquet' (format parquet)"));
        assertEquals(StatementKind.WRITE, kind("copy t to 'out.csv'"));
        assertEquals(StatementKind.SESSION, kind("set threads = 2"));
        assertEquals(StatementKind.SESSION, kind("pragma enable_profiling"));
        assertEquals(StatementKind.UNKNOWN, kind("frobnicate"));
    }

    @Test
    void refusalMessageNamesTheStatement() {
        assertEquals("Read-only mode: DELETE statements can change the database and are not run. "
                + "Turn read-only mode off to run it.", StatementClassifier.classify("delete from t").readOnlyRefusal());
    }
}
