package org.highneeds.sql;

/**
 * One statement of a script, located in the script text.
 *
 * @param index        0-based position of the statement in the script
 * @param text         statement text without the terminating semicolon (leading comments kept)
 * @param startOffset  offset in the script of the first character (inclusive)
 * @param endOffset    offset in the script after the last character of {@code text} (exclusive)
 * @param terminatorEnd offset after the terminating semicolon, or {@code endOffset} when there is none
 * @param startLine    1-based line of {@code startOffset}
 * @param startColumn  1-based column of {@code startOffset}
 * @param endLine      1-based line of the last character
 * @param endColumn    1-based column after the last character
 */
public record SqlStatement(int index, String text, int startOffset, int endOffset, int terminatorEnd,
        int startLine, int startColumn, int endLine, int endColumn) {

    /** True when the caret offset lies within this statement or on its semicolon. */
    public boolean contains(int caret) {
        return caret >= startOffset && caret <= terminatorEnd;
    }
}
