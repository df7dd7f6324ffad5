package org.highneeds.sql.internal.lex;

/**
 * One lexical token; offsets are absolute in the lexed text, end exclusive.
 *
 * @param unterminated true when a string, identifier or comment runs to the end of the text unclosed
 */
public record Token(TokenType type, int start, int end, String text, boolean unterminated) {

    /** True for tokens that carry meaning (not whitespace nor comment). */
    public boolean significant() {
        return type != TokenType.WHITESPACE && type != TokenType.COMMENT;
    }

    /** True when this is the unquoted word {@code keyword}, case-insensitively. */
    public boolean isWord(String keyword) {
        return type == TokenType.WORD && text.equalsIgnoreCase(keyword);
    }

    /** True when this is the symbol {@code symbol}. */
    public boolean isSymbol(String symbol) {
        return type == TokenType.SYMBOL && text.equals(symbol);
    }

    /** Identifier value: unquoted words as written, quoted identifiers with quotes removed and "" unescaped. */
    public String identifier() {
        if (type == TokenType.QUOTED_IDENTIFIER) {
            String body = text.substring(1, unterminated ? text.length() : text.length() - 1);
            return body.replace("\"\"", "\"");
        }
        return text;
    }
}
