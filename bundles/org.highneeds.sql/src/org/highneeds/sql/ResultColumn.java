package org.highneeds.sql;

/**
 * A column of a result.
 *
 * @param index    0-based column index
 * @param name     column label as DuckDB returned it
 * @param typeName DuckDB type name, e.g. "BIGINT", "DECIMAL(10,2)", "VARCHAR"
 * @param jdbcType {@link java.sql.Types} code
 * @param numeric  true for integer, decimal and floating types (right-aligned, numeric cells in exports)
 */
public record ResultColumn(int index, String name, String typeName, int jdbcType, boolean numeric) {

    /** True when DuckDB's type name denotes a number. */
    public static boolean isNumericType(String typeName) {
        String t = typeName.toUpperCase(java.util.Locale.ROOT);
        return t.equals("TINYINT") || t.equals("SMALLINT") || t.equals("INTEGER") || t.equals("BIGINT")
                || t.equals("HUGEINT") || t.equals("UTINYINT") || t.equals("USMALLINT") || t.equals("UINTEGER")
                || t.equals("UBIGINT") || t.equals("UHUGEINT") || t.equals("FLOAT") || t.equals("DOUBLE")
                || t.equals("REAL") || t.startsWith("DECIMAL");
    }
}
