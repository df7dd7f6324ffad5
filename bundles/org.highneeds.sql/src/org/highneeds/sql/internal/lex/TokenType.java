package org.highneeds.sql.internal.lex;

/** Kinds of token produced by {@link SqlLexer}. */
public enum TokenType {
    /** Unquoted word: keyword or identifier. */
    WORD,
    /** Double-quoted identifier. */
    QUOTED_IDENTIFIER,
    /** Single-quoted, E'' or dollar-quoted string literal. */
    STRING,
    /** Numeric literal. */
    NUMBER,
    /** Named parameter {@code :name}. */
    NAMED_PARAMETER,
    /** Line or block comment. */
    COMMENT,
    /** Whitespace run. */
    WHITESPACE,
    /** Statement separator. */
    SEMICOLON,
    /** Any other punctuation or operator character(s). */
    SYMBOL
}
