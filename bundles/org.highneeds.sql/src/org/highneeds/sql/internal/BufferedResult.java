package org.highneeds.sql.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.highneeds.sql.ColumnFilter;
import org.highneeds.sql.ResultColumn;
import org.highneeds.sql.ResultPage;
import org.highneeds.sql.ResultView;
import org.highneeds.sql.SqlResult;
import org.highneeds.sql.ValueFormatter;

/**
 * Rows kept in memory, capped, for statements DuckDB cannot put under CREATE TABLE AS (PRAGMA, EXPLAIN,
 * CALL, INSERT ... RETURNING); such results are small in practice, and the cap bounds them when not.
 */
public final class BufferedResult implements SqlResult {

    private final List<ResultColumn> columns;
    private final List<Object[]> rows;
    private final boolean truncated;
    private final Duration elapsed;
    private List<Object[]> viewRows;
    private ResultView view = ResultView.NONE;

    /** Wraps rows already read. */
    public BufferedResult(List<ResultColumn> columns, List<Object[]> rows, boolean truncated, Duration elapsed) {
        this.columns = columns;
        this.rows = rows;
        this.truncated = truncated;
        this.elapsed = elapsed;
        this.viewRows = rows;
    }

    @Override
    public List<ResultColumn> columns() {
        return columns;
    }

    @Override
    public long rowCount() {
        return viewRows.size();
    }

    @Override
    public long totalRowCount() {
        return rows.size();
    }

    @Override
    public Duration elapsed() {
        return elapsed;
    }

    @Override
    public boolean truncated() {
        return truncated;
    }

    @Override
    public ResultPage page(long offset, int limit) {
        int from = (int) Math.min(offset, viewRows.size());
        int to = (int) Math.min((long) from + limit, viewRows.size());
        return new ResultPage(offset, List.copyOf(viewRows.subList(from, to)));
    }

    @Override
    public ResultView view() {
        return view;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Override
    public long setView(ResultView newView) {
        List<Object[]> out = new ArrayList<>();
        ValueFormatter f = ValueFormatter.DEFAULT;
        for (Object[] r : rows) {
            boolean keep = true;
            for (ColumnFilter cf : newView.filters()) {
                Object v = r[cf.column()];
                String text = v == null ? null : f.plain(v);
                keep &= switch (cf.op()) {
                    case CONTAINS -> text != null && text.toLowerCase(Locale.ROOT).contains(cf.text().toLowerCase(Locale.ROOT));
                    case EQUALS -> text != null && text.equals(cf.text());
                    case IS_NULL -> v == null;
                };
            }
            if (keep) {
                out.add(r);
            }
        }
        if (newView.sortColumn() >= 0) {
            int c = newView.sortColumn();
            Comparator<Object> natural = (a, b) -> a instanceof Comparable ca && a.getClass() == b.getClass()
                    ? ca.compareTo(b) : f.plain(a).compareTo(f.plain(b));
            Comparator<Object> dir = newView.ascending() ? natural : natural.reversed();
            out.sort(Comparator.comparing((Object[] r) -> r[c], Comparator.nullsLast(dir)));
        }
        viewRows = out;
        view = newView;
        return out.size();
    }

    @Override
    public String viewQuery() {
        return null;
    }

    @Override
    public void close() {
        // nothing held outside the heap
    }
}
