package org.highneeds.sql;

/** CLI output formats. */
public enum OutputFormat {
    /** Aligned text table, numbers right-aligned. */
    TABLE,
    /** CSV (RFC 4180, no BOM). */
    CSV,
    /** JSON array of objects, numbers as JSON numbers. */
    JSON
}
