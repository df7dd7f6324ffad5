package org.highneeds.analysis;

import java.util.Locale;

/** Text formats of benchmark output: an aligned table for people, CSV and JSON for scripts. */
public enum OutputFormat {
    /** Aligned columns. */
    TABLE,
    /** RFC 4180 CSV with a header row; numbers unformatted. */
    CSV,
    /** A JSON document; numbers unformatted, missing as null. */
    JSON;

    /** The format named {@code text} (table, csv, json). */
    public static OutputFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown format '" + text + "': use table, csv or json");
        }
    }
}
