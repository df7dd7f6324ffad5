package org.highneeds.data.imports;

/** Rows of one table for one period before and after an import replaced an older release of the dataset. */
public record PeriodChange(String table, int periodYear, long rowsBefore, long rowsAfter) {
}
