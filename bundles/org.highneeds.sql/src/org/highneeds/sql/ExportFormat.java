package org.highneeds.sql;

/** File formats a result can be exported to. */
public enum ExportFormat {
    /** Excel workbook, streamed (typed cells, bold frozen header). */
    XLSX,
    /** UTF-8 CSV, RFC 4180 quoting, CRLF line ends. */
    CSV,
    /** Parquet written by DuckDB's COPY. */
    PARQUET
}
