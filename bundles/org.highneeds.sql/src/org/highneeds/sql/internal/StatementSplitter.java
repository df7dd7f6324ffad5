package org.highneeds.sql.internal;

import java.util.ArrayList;
import java.util.List;

import org.highneeds.sql.SqlStatement;
import org.highneeds.sql.internal.lex.SqlLexer;
import org.highneeds.sql.internal.lex.Token;
import org.highneeds.sql.internal.lex.TokenType;

/** Splits script text on top-level semicolons using the lexer, so quotes and comments are respected. */
public final class StatementSplitter {

    private StatementSplitter() {
    }

    /** Offsets at which each line starts; CRLF, LF and lone CR all end a line. */
    public static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                starts.add(i + 1);
            } else if (c == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** 1-based line containing an offset. */
    public static int lineOf(int[] lineStarts, int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** Splits into statements; pieces without any significant token are dropped. */
    public static List<SqlStatement> split(String text, int[] lineStarts) {
        List<SqlStatement> out = new ArrayList<>();
        List<Token> tokens = SqlLexer.tokenize(text);
        int first = -1;
        int lastEnd = -1;
        boolean hasSignificant = false;
        for (Token t : tokens) {
            if (t.type() == TokenType.SEMICOLON) {
                if (first >= 0 && hasSignificant) {
                    out.add(make(out.size(), text, lineStarts, first, lastEnd, t.end()));
                }
                first = -1;
                hasSignificant = false;
                continue;
            }
            if (t.type() == TokenType.WHITESPACE) {
                continue;
            }
            if (first < 0) {
                first = t.start();
            }
            lastEnd = t.end();
            hasSignificant |= t.significant();
        }
        if (first >= 0 && hasSignificant) {
            out.add(make(out.size(), text, lineStarts, first, lastEnd, lastEnd));
        }
        return out;
    }

    private static SqlStatement make(int index, String text, int[] lineStarts, int start, int end, int terminatorEnd) {
        int startLine = lineOf(lineStarts, start);
        int endLine = lineOf(lineStarts, Math.max(start, end - 1));
        return new SqlStatement(index, text.substring(start, end), start, end, terminatorEnd,
                startLine, start - lineStarts[startLine - 1] + 1,
                endLine, end - lineStarts[endLine - 1] + 1);
    }
}
