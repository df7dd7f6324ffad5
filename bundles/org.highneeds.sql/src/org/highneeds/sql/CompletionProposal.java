package org.highneeds.sql;

/**
 * A completion an editor can offer.
 *
 * @param label        what the list shows
 * @param replacement  text to insert (identifiers quoted when needed; functions end with "(")
 * @param kind         what is proposed
 * @param detail       extra info: column type and table, table schema, function kind
 * @param replaceStart script offset where the replaced prefix starts
 * @param replaceEnd   script offset where it ends (the caret)
 * @param score        higher is better; the list is already sorted by it
 * @param description  what the proposed table, view or column holds (its {@code COMMENT ON} text), or null
 */
public record CompletionProposal(String label, String replacement, Kind kind, String detail, int replaceStart,
        int replaceEnd, int score, String description) {

    /** A proposal without a description. */
    public CompletionProposal(String label, String replacement, Kind kind, String detail, int replaceStart,
            int replaceEnd, int score) {
        this(label, replacement, kind, detail, replaceStart, replaceEnd, score, null);
    }

    /** What a proposal names. */
    public enum Kind {
        /** A schema (or attached database). */
        SCHEMA,
        /** A table. */
        TABLE,
        /** A view. */
        VIEW,
        /** A column. */
        COLUMN,
        /** An alias defined in the statement's FROM/JOIN. */
        ALIAS,
        /** A function or macro. */
        FUNCTION,
        /** A keyword. */
        KEYWORD
    }
}
