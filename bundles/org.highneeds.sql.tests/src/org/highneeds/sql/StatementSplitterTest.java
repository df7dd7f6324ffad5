package org.highneeds.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatementSplitterTest {

    private static List<String> texts(String script) {
        return SqlScript.parse(script).statements().stream().map(SqlStatement::text).toList();
    }

    @Test
    void splitsOnTopLevelSemicolonsAndKeepsTrailingStatementWithoutSemicolon() {
        assertEquals(List.of("select 1", "select 2", "select 3"), texts("select 1;\nselect 2;  select 3\n"));
    }

    @Test
    void semicolonsInsideStringsIdentifiersCommentsAndDollarQuotesDoNotSplit() {
        String script = "select 'a;b', 'it''s;' from t;\n"
                + "select \"odd;\"\"name\" from t;\n"
                + "-- line comment; here\nselect 1;\n"
                + "/* block ; /* nested ; */ still comment ; */ select 2;\n"
                + "select $$dollar; quoted$$, $fn$ has $$ and ; inside $fn$;\n"
                + "select e'esc\\'; still' as s";
        List<String> t = texts(script);
        assertEquals(6, t.size(), t.toString());
        assertEquals("select 'a;b', 'it''s;' from t", t.get(0));
        assertEquals("select \"odd;\"\"name\" from t", t.get(1));
        assertEquals("-- line comment; here\nselect 1", t.get(2));
        assertEquals("/* block ; /* nested ; */ still comment ; */ select 2", t.get(3));
        assertEquals("select $$dollar; quoted$$, $fn$ has $$ and ; inside $fn$", t.get(4));
        assertEquals("select e'esc\\'; still' as s", t.get(5));
    }

    @Test
    void emptyAndCommentOnlyPiecesAreDropped() {
        assertEquals(List.of("select 1"), texts(";;  ; select 1 ; -- trailing note\n ; /* only */ ;"));
    }

    @Test
    void castsAndPositionalDollarParametersAreNotQuotes() {
        assertEquals(List.of("select 1::int, $1", "select 2"), texts("select 1::int, $1; select 2"));
    }

    @Test
    void unterminatedStringRunsToEndWithoutThrowing() {
        List<String> t = texts("select 1; select 'open; select 3");
        assertEquals(List.of("select 1", "select 'open; select 3"), t);
    }

    @Test
    void offsetsLinesAndColumnsAreScriptPositions() {
        String script = "select 1;\r\n\r\n  select\n    2;\nselect 3";
        SqlScript s = SqlScript.parse(script);
        SqlStatement second = s.statements().get(1);
        assertEquals("select\n    2", second.text());
        assertEquals(script.indexOf("select\n"), second.startOffset());
        assertEquals(3, second.startLine());
        assertEquals(3, second.startColumn());
        assertEquals(4, second.endLine());
        assertEquals(6, second.endColumn());
        assertEquals(second.endOffset() + 1, second.terminatorEnd());
        SqlStatement third = s.statements().get(2);
        assertEquals(5, third.startLine());
        assertEquals(third.endOffset(), third.terminatorEnd());
    }

    @Test
    void statementAtCaret() {
        String script = "select 1; select 2;\n\nselect 3\n  ;\n";
        SqlScript s = SqlScript.parse(script);
        assertEquals("select 1", s.statementAt(0).orElseThrow().text());
        assertEquals("select 1", s.statementAt(script.indexOf(';') + 1).orElseThrow().text(), "just after ;");
        assertEquals("select 2", s.statementAt(script.indexOf("2")).orElseThrow().text());
        assertEquals("select 2", s.statementAt(script.indexOf("2;") + 2).orElseThrow().text(), "end of line");
        assertEquals("select 2", s.statementAt(script.indexOf("\n\n") + 1).orElseThrow().text(), "blank line after");
        assertEquals("select 3", s.statementAt(script.indexOf("  ;")).orElseThrow().text(), "on its own semicolon line");
        assertEquals("select 3", s.statementAt(script.length()).orElseThrow().text(), "end of script");
        assertTrue(SqlScript.parse("  -- nothing\n").statementAt(3).isEmpty());
    }
}
