package org.highneeds.sql;

import java.util.List;

/**
 * Sort and filters applied to a result. Filters are ANDed.
 *
 * @param sortColumn 0-based column to sort by, or -1 for the query's own order
 * @param ascending  sort direction (NULLs always last)
 * @param filters    filters, possibly empty
 */
public record ResultView(int sortColumn, boolean ascending, List<ColumnFilter> filters) {

    /** The query's own order, unfiltered. */
    public static final ResultView NONE = new ResultView(-1, true, List.of());

    /** Canonical constructor copying the filter list. */
    public ResultView {
        filters = List.copyOf(filters);
    }

    /** This view sorted by a column. */
    public ResultView sortedBy(int column, boolean asc) {
        return new ResultView(column, asc, filters);
    }

    /** This view with another filter. */
    public ResultView filteredBy(ColumnFilter filter) {
        List<ColumnFilter> f = new java.util.ArrayList<>(filters);
        f.add(filter);
        return new ResultView(sortColumn, ascending, f);
    }
}
