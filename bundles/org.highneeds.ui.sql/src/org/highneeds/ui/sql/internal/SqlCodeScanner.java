package org.highneeds.ui.sql.internal;

import java.util.List;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;

/** Colours SQL code outside comments and strings: keywords, numbers and {@code :name} parameters. */
final class SqlCodeScanner extends RuleBasedScanner {

    /** Keywords of DuckDB's SQL that analysts meet; coloured only, never used to decide anything. */
    static final List<String> KEYWORDS = List.of("SELECT", "FROM", "WHERE", "GROUP", "BY", "ORDER", "HAVING",
            "LIMIT", "OFFSET", "AS", "AND", "OR", "NOT", "IN", "IS", "NULL", "LIKE", "ILIKE", "BETWEEN", "CASE",
            "WHEN", "THEN", "ELSE", "END", "JOIN", "LEFT", "RIGHT", "FULL", "INNER", "OUTER", "CROSS", "ON",
            "USING", "UNION", "ALL", "DISTINCT", "EXCEPT", "INTERSECT", "WITH", "RECURSIVE", "INSERT", "INTO",
            "VALUES", "UPDATE", "SET", "DELETE", "CREATE", "OR", "REPLACE", "TABLE", "VIEW", "TEMP",
            "TEMPORARY", "DROP", "ALTER", "ADD", "COLUMN", "RENAME", "TO", "IF", "EXISTS", "PRIMARY", "KEY",
            "DEFAULT", "CAST", "TRY_CAST", "ASC", "DESC", "NULLS", "FIRST", "LAST", "OVER", "PARTITION",
            "WINDOW", "ROWS", "RANGE", "QUALIFY", "PIVOT", "UNPIVOT", "COPY", "ATTACH", "DETACH", "DESCRIBE",
            "SUMMARIZE", "SHOW", "EXPLAIN", "ANALYZE", "PRAGMA", "TRUE", "FALSE", "SCHEMA", "INSTALL", "LOAD",
            "TRUNCATE", "BEGIN", "COMMIT", "ROLLBACK", "FILTER", "EXCLUDE", "COLUMNS", "INTERVAL", "DATE",
            "INTEGER", "INT", "BIGINT", "DOUBLE", "DECIMAL", "VARCHAR", "BOOLEAN", "TIMESTAMP");

    SqlCodeScanner() {
        IToken keyword = new Token(new TextAttribute(SqlColours.KEYWORD, null, SWT.BOLD));
        IToken number = new Token(new TextAttribute(SqlColours.NUMBER));
        IToken parameter = new Token(new TextAttribute(SqlColours.PARAMETER, null, SWT.BOLD));
        WordRule words = new WordRule(new IWordDetector() {
            @Override
            public boolean isWordStart(char c) {
                return Character.isLetter(c) || c == '_';
            }

            @Override
            public boolean isWordPart(char c) {
                return Character.isLetterOrDigit(c) || c == '_' || c == '$';
            }
        }, new Token(null), true); // an unknown word is consumed whole, so "caseload" shows no "load" keyword
        KEYWORDS.forEach(k -> words.addWord(k, keyword));
        setRules(new IRule[] {new WhitespaceRule(Character::isWhitespace), new ParameterRule(parameter), words,
            new NumberRule(number)});
    }

    /** {@code :name} but not the {@code ::} cast, mirroring NamedParameters. */
    private static final class ParameterRule implements IRule {
        private static final IToken PLAIN = new Token(null);
        private final IToken token;

        ParameterRule(IToken token) {
            this.token = token;
        }

        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            if (scanner.read() != ':') {
                scanner.unread();
                return Token.UNDEFINED;
            }
            int next = scanner.read();
            if (next == ':') {
                return PLAIN; // a cast: both colons consumed, so the second is not taken for a parameter
            }
            if (next == ICharacterScanner.EOF || !(Character.isLetter(next) || next == '_')) {
                scanner.unread();
                scanner.unread();
                return Token.UNDEFINED;
            }
            int n;
            do {
                n = scanner.read();
            } while (n != ICharacterScanner.EOF && (Character.isLetterOrDigit(n) || n == '_'));
            scanner.unread();
            return token;
        }
    }
}
