package org.highneeds.data.imports;

import java.util.List;

/** What one file's import did: rows written per table and the periods the file covers (e.g. 2019..2025). */
public record ImportSummary(long rows, List<String> tables, String periodFrom, String periodTo) {
}
