package org.highneeds.sql;

import java.util.List;
import java.util.Optional;

import org.highneeds.sql.internal.StatementSplitter;

/** A SQL script split into statements, with offset/line lookups for an editor. */
public final class SqlScript {

    private final String text;
    private final List<SqlStatement> statements;
    private final int[] lineStarts;

    private SqlScript(String text) {
        this.text = text;
        this.lineStarts = StatementSplitter.lineStarts(text);
        this.statements = List.copyOf(StatementSplitter.split(text, lineStarts));
    }

    /** Splits {@code text} into statements; never throws, even on unterminated strings or comments. */
    public static SqlScript parse(String text) {
        return new SqlScript(text == null ? "" : text);
    }

    /** The script text. */
    public String text() {
        return text;
    }

    /** The executable statements in order (blank and comment-only pieces are dropped). */
    public List<SqlStatement> statements() {
        return statements;
    }

    /**
     * The statement an editor should run for a caret offset: the one containing the caret (semicolon
     * included); else the one ending earlier on the caret's line; else the nearest one before; else the next.
     */
    public Optional<SqlStatement> statementAt(int caret) {
        SqlStatement before = null;
        for (SqlStatement s : statements) {
            if (s.contains(caret)) {
                return Optional.of(s);
            }
            if (s.terminatorEnd() <= caret) {
                before = s;
            } else {
                // caret lies in the gap before s
                if (before != null && lineOf(before.terminatorEnd()) == lineOf(caret)) {
                    return Optional.of(before);
                }
                if (lineOf(s.startOffset()) == lineOf(caret) || before == null) {
                    return Optional.of(s);
                }
                return Optional.of(before);
            }
        }
        return Optional.ofNullable(before);
    }

    /** 1-based line of an offset. */
    public int lineOf(int offset) {
        return StatementSplitter.lineOf(lineStarts, offset);
    }

    /** 1-based column of an offset. */
    public int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    /** Offset of a 1-based line and column, clamped to the text. */
    public int offsetOf(int line, int column) {
        int l = Math.max(1, Math.min(line, lineStarts.length));
        return Math.min(text.length(), lineStarts[l - 1] + Math.max(0, column - 1));
    }
}
