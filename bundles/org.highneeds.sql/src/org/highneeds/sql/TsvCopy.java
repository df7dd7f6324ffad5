package org.highneeds.sql;

import java.sql.SQLException;
import java.util.List;

/** Turns a grid selection into tab-separated text for the clipboard (pastes into Excel as cells). */
public final class TsvCopy {

    private static final int PAGE = 10_000;

    private TsvCopy() {
    }

    /**
     * Copies the selected cells. Values use {@link ValueFormatter#plain} (no grouping, so Excel reads
     * numbers as numbers); tabs and line breaks inside a value become spaces so the grid shape survives;
     * a suppressed figure copies as its marker.
     */
    public static String copy(SqlResult result, CellSelection selection) throws SQLException {
        ValueFormatter f = ValueFormatter.DEFAULT;
        List<ResultColumn> columns = result.columns();
        StringBuilder out = new StringBuilder();
        if (selection.includeHeader()) {
            appendLine(out, selection.columns().stream().map(c -> columns.get(c).name()).toList());
        }
        List<Long> rows = selection.rows();
        int i = 0;
        while (i < rows.size()) {
            // fetch contiguous runs of rows a page at a time
            long first = rows.get(i);
            int j = i;
            while (j + 1 < rows.size() && rows.get(j + 1) == rows.get(j) + 1 && j + 1 - i < PAGE) {
                j++;
            }
            ResultPage page = result.page(first, j - i + 1);
            for (Object[] row : page.rows()) {
                List<String> cells = new java.util.ArrayList<>();
                for (int c : selection.columns()) {
                    // only NULLs and text can be suppressed figures; skip the display work for the rest
                    DisplayValue d = row[c] == null || row[c] instanceof String ? f.displayCell(columns, row, c) : null;
                    cells.add(d != null && d.kind() == CellKind.SUPPRESSED ? d.text() : f.plain(row[c]));
                }
                appendLine(out, cells);
            }
            i = j + 1;
        }
        return out.toString();
    }

    private static void appendLine(StringBuilder out, List<String> cells) {
        for (int k = 0; k < cells.size(); k++) {
            if (k > 0) {
                out.append('\t');
            }
            out.append(cells.get(k).replace('\t', ' ').replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
        }
        out.append('\n');
    }
}
