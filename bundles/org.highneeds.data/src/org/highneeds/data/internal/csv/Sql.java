package org.highneeds.data.internal.csv;

import java.util.List;
import java.util.stream.Collectors;

import org.highneeds.data.SqlQuoting;

/** Small helpers for building DuckDB SQL text from trusted pieces and untrusted literals. */
public final class Sql {

    /** Condition (with {@code {v}} for the cell) that is true when a present cell is not a whole number. */
    public static final String NOT_INTEGER = "{v} IS NOT NULL AND NOT regexp_full_match({v}, '[+-]?[0-9]{1,9}')";

    /** Condition that is true when a present cell is not a {@code dd-mm-yyyy} date. */
    public static final String NOT_DMY_DATE = "{v} IS NOT NULL AND (NOT regexp_full_match({v}, '[0-9]{2}-[0-9]{2}-[0-9]{4}')"
            + " OR try_strptime({v}, '%d-%m-%Y') IS NULL)";

    private Sql() {
    }

    /** A DuckDB list literal of strings. */
    public static String list(List<String> values) {
        return values.stream().map(SqlQuoting::literal).collect(Collectors.joining(", ", "[", "]"));
    }

    /** SQL converting a checked {@code dd-mm-yyyy} cell to DATE. */
    public static String dmyDate(String cellSql) {
        return "CAST(strptime(" + cellSql + ", '%d-%m-%Y') AS DATE)";
    }

    /** SQL converting a checked whole-number cell to INTEGER. */
    public static String integer(String cellSql) {
        return "CAST(" + cellSql + " AS INTEGER)";
    }

    /** A value cut to a length fit for a message. */
    public static String shorten(String v) {
        if (v == null) return "";
        return v.length() > 80 ? v.substring(0, 77) + "..." : v;
    }
}
