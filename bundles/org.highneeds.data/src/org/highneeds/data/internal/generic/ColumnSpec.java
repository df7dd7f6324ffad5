package org.highneeds.data.internal.generic;

/**
 * One column of a sheet as the generic importer sees it: 1-based sheet column, heading text, SQL column name and
 * type (inferred, or overridden by the caller).
 */
public record ColumnSpec(int column, String heading, String name, ColumnType type) {

    /** A copy with another type. */
    public ColumnSpec withType(ColumnType t) {
        return new ColumnSpec(column, heading, name, t);
    }
}
