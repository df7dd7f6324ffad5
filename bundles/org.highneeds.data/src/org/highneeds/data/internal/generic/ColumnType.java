package org.highneeds.data.internal.generic;

/** Column types the generic importer can create, with their DuckDB type. */
public enum ColumnType {
    /** Free text (also identifiers such as LA codes and URNs). */
    TEXT("VARCHAR"),
    /** Whole numbers. */
    INTEGER("BIGINT"),
    /** Numbers with decimals, percentages, money. */
    DECIMAL("DOUBLE"),
    /** TRUE / FALSE. */
    BOOLEAN("BOOLEAN"),
    /** Calendar dates. */
    DATE("DATE"),
    /** Date and time. */
    TIMESTAMP("TIMESTAMP");

    private final String sqlType;

    ColumnType(String sqlType) {
        this.sqlType = sqlType;
    }

    /** The DuckDB column type. */
    public String sqlType() {
        return sqlType;
    }

    /** True for number columns, which get a companion {@code <name>_marker} column. */
    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL;
    }
}
