package org.highneeds.data.internal.generic;

import java.util.List;

/**
 * What a file would import as: its sheets, the chosen sheet, the heading row, inferred columns and the first rows
 * as text. {@code sampledRows} says how many data rows the type sniffing looked at.
 */
public record SheetPreview(String file, List<String> sheets, String sheet, long headerRow, List<ColumnSpec> columns,
        List<List<String>> rows, int sampledRows) {
}
