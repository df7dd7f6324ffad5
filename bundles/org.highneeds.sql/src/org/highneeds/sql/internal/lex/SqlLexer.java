package org.highneeds.sql.internal.lex;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokeniser for DuckDB SQL text, tolerant of incomplete input (an editor's text is often mid-edit).
 * Follows DuckDB 1.4 rules checked against the engine: block comments nest, {@code ''} escapes a quote,
 * {@code E'..'} strings take backslash escapes, {@code $tag$..$tag$} dollar quotes, {@code ""} in identifiers.
 */
public final class SqlLexer {

    private SqlLexer() {
    }

    /** Tokenises the whole text, whitespace and comments included; never throws. */
    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int start = i;
            boolean unterminated = false;
            TokenType type;
            if (Character.isWhitespace(c)) {
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                type = TokenType.WHITESPACE;
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
                type = TokenType.COMMENT;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                // DuckDB (like PostgreSQL) nests block comments: "/* a /* b */ c */" is one comment.
                int depth = 1;
                i += 2;
                while (i < n && depth > 0) {
                    if (text.startsWith("/*", i)) {
                        depth++;
                        i += 2;
                    } else if (text.startsWith("*/", i)) {
                        depth--;
                        i += 2;
                    } else {
                        i++;
                    }
                }
                unterminated = depth > 0;
                type = TokenType.COMMENT;
            } else if (c == '\'') {
                i = endOfQuoted(text, i, '\'', false);
                unterminated = i < 0;
                i = unterminated ? n : i;
                type = TokenType.STRING;
            } else if ((c == 'e' || c == 'E') && i + 1 < n && text.charAt(i + 1) == '\''
                    && (i == 0 || !isIdentifierPart(text.charAt(i - 1)))) {
                i = endOfQuoted(text, i + 1, '\'', true);
                unterminated = i < 0;
                i = unterminated ? n : i;
                type = TokenType.STRING;
            } else if (c == '"') {
                i = endOfQuoted(text, i, '"', false);
                unterminated = i < 0;
                i = unterminated ? n : i;
                type = TokenType.QUOTED_IDENTIFIER;
            } else if (c == '$' && dollarTagEnd(text, i) > 0) {
                int tagEnd = dollarTagEnd(text, i);
                String tag = text.substring(i, tagEnd);
                int close = text.indexOf(tag, tagEnd);
                unterminated = close < 0;
                i = unterminated ? n : close + tag.length();
                type = TokenType.STRING;
            } else if (c == ':' && isNamedParameterStart(text, i)) {
                i++;
                while (i < n && isIdentifierPart(text.charAt(i))) {
                    i++;
                }
                type = TokenType.NAMED_PARAMETER;
            } else if (c == ';') {
                i++;
                type = TokenType.SEMICOLON;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1))
                    && (i == 0 || !isIdentifierPart(text.charAt(i - 1))))) {
                i = endOfNumber(text, i);
                type = TokenType.NUMBER;
            } else if (isIdentifierStart(c)) {
                while (i < n && isIdentifierPart(text.charAt(i))) {
                    i++;
                }
                type = TokenType.WORD;
            } else {
                i++;
                if (c == ':' && i < n && text.charAt(i) == ':') {
                    i++;
                }
                type = TokenType.SYMBOL;
            }
            out.add(new Token(type, start, i, text.substring(start, i), unterminated));
        }
        return out;
    }

    /** Tokens without whitespace and comments. */
    public static List<Token> significant(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (t.significant()) {
                out.add(t);
            }
        }
        return out;
    }

    /** True for characters that can start an unquoted identifier. */
    public static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_' || c > 127;
    }

    /** True for characters that can continue an unquoted identifier. */
    public static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
    }

    /** Returns the index after the closing quote, or -1 if the quote is never closed. */
    private static int endOfQuoted(String text, int open, char quote, boolean backslashEscapes) {
        int n = text.length();
        int i = open + 1;
        while (i < n) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (i + 1 < n && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return -1;
    }

    /** If a dollar-quote opener ({@code $$} or {@code $tag$}) starts at i, the index after it; else -1. */
    private static int dollarTagEnd(String text, int i) {
        if (i > 0 && isIdentifierPart(text.charAt(i - 1))) {
            return -1; // "a$b$" is an identifier containing dollars, not a quote
        }
        int n = text.length();
        int j = i + 1;
        if (j < n && text.charAt(j) == '$') {
            return j + 1;
        }
        if (j >= n || !(Character.isLetter(text.charAt(j)) || text.charAt(j) == '_')) {
            return -1; // "$1" is a positional parameter
        }
        while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
            j++;
        }
        return j < n && text.charAt(j) == '$' ? j + 1 : -1;
    }

    /**
     * A colon starts a named parameter when followed by an identifier and not part of a {@code ::} cast,
     * a slice {@code [1:n]} or a struct/map entry {@code 'k':v}: those have an operand right before the colon.
     */
    private static boolean isNamedParameterStart(String text, int i) {
        if (i + 1 >= text.length() || !isIdentifierStart(text.charAt(i + 1))) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char prev = text.charAt(i - 1);
        return !(isIdentifierPart(prev) || prev == ':' || prev == '\'' || prev == '"' || prev == ')' || prev == ']');
    }

    private static int endOfNumber(String text, int i) {
        int n = text.length();
        if (text.startsWith("0x", i) || text.startsWith("0X", i)) {
            i += 2;
            while (i < n && Character.digit(text.charAt(i), 16) >= 0) {
                i++;
            }
            return i;
        }
        while (i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        if (i < n && text.charAt(i) == '.' && !(i + 1 < n && text.charAt(i + 1) == '.')) {
            i++;
            while (i < n && Character.isDigit(text.charAt(i))) {
                i++;
            }
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                j++;
            }
            if (j < n && Character.isDigit(text.charAt(j))) {
                i = j;
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }
}
