package org.highneeds.sql.internal;

import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.highneeds.sql.SqlError;
import org.highneeds.sql.SqlScript;
import org.highneeds.sql.SqlStatement;

/**
 * Maps a DuckDB error message to a script position. DuckDB appends "LINE n: context" and a caret line;
 * a long line's context is cut with "..." so the caret is found by locating the context in the real line.
 */
public final class ErrorLocator {

    private static final Pattern LINE = Pattern.compile("(?m)^LINE (\\d+): (.*)$");

    private ErrorLocator() {
    }

    /**
     * Locates an error.
     *
     * @param message      DuckDB's exception message
     * @param executedSql  the text sent to DuckDB
     * @param prefixLength characters the executor put before the statement's (JDBC) text, e.g. a CTAS prefix
     * @param toOriginal   maps an offset in the statement's JDBC text to the statement as written
     * @param script       the script holding the statement
     * @param statement    the statement within the script
     */
    public static SqlError locate(String message, String executedSql, int prefixLength, IntUnaryOperator toOriginal,
            SqlScript script, SqlStatement statement) {
        String msg = message == null ? "Unknown error" : message;
        Matcher m = LINE.matcher(msg);
        if (!m.find()) {
            return new SqlError(msg.strip(), statement.startLine(), statement.startColumn(), statement.startOffset(), false);
        }
        int execLine = Integer.parseInt(m.group(1));
        String context = m.group(2);
        String rest = msg.substring(m.end());
        String caretLine = rest.startsWith("\n") ? rest.substring(1).lines().findFirst().orElse("") : "";
        int caret = caretLine.indexOf('^');
        String clean = msg.substring(0, m.start()).strip();
        SqlScript executed = SqlScript.parse(executedSql);
        int lineStart = executed.offsetOf(execLine, 1);
        int lineEnd = executedSql.indexOf('\n', lineStart);
        String realLine = executedSql.substring(lineStart, lineEnd < 0 ? executedSql.length() : lineEnd);
        int colInLine = 0;
        if (caret >= 0) {
            int colInContext = caret - ("LINE " + execLine + ": ").length();
            colInLine = colInContext;
            if (context.startsWith("...")) {
                String shown = context.substring(3);
                if (shown.endsWith("...")) {
                    shown = shown.substring(0, shown.length() - 3);
                }
                int at = realLine.indexOf(shown);
                colInLine = at < 0 ? colInContext - 3 : at + colInContext - 3;
            }
            colInLine = Math.max(0, Math.min(colInLine, realLine.length()));
        }
        int inStatementJdbc = lineStart + colInLine - prefixLength;
        int jdbcLength = executedSql.length() - prefixLength;
        if (inStatementJdbc < 0 || inStatementJdbc > jdbcLength) {
            return new SqlError(clean, statement.startLine(), statement.startColumn(), statement.startOffset(), false);
        }
        int scriptOffset = statement.startOffset() + Math.min(statement.text().length(), toOriginal.applyAsInt(inStatementJdbc));
        return new SqlError(clean, script.lineOf(scriptOffset), script.columnOf(scriptOffset), scriptOffset, true);
    }
}
