package org.highneeds.sql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.highneeds.data.SqlQuoting;
import org.highneeds.sql.ColumnFilter;
import org.highneeds.sql.ResultColumn;
import org.highneeds.sql.ResultPage;
import org.highneeds.sql.ResultView;
import org.highneeds.sql.SqlResult;

/**
 * A result materialised once into a DuckDB temp table. Sorting/filtering materialises a second temp
 * table in view order; pages are read by rowid range (rowids follow insertion order, which DuckDB keeps
 * by default), so fetching page 10,000 costs the same as page 1.
 */
public final class TempTableResult implements SqlResult {

    private final SessionConnection conn;
    private final String baseTable;
    private final List<ResultColumn> columns;
    private final long totalRows;
    private final Duration elapsed;
    private final boolean rowidShadowed;
    private boolean transactionLocalRowids;
    private String viewTable;
    private long viewRows;
    private ResultView view = ResultView.NONE;
    private boolean closed;

    /** Wraps an already created temp table. */
    public TempTableResult(SessionConnection conn, String baseTable, List<ResultColumn> columns, long totalRows,
            Duration elapsed) {
        this.conn = conn;
        this.baseTable = baseTable;
        this.columns = columns;
        this.totalRows = totalRows;
        this.elapsed = elapsed;
        this.viewTable = baseTable;
        this.viewRows = totalRows;
        this.rowidShadowed = columns.stream().anyMatch(c -> c.name().equalsIgnoreCase("rowid"));
    }

    /** True once closed (its temp tables are gone). */
    public boolean isClosed() {
        return closed;
    }

    /** Name of the temp table holding the query's rows. */
    public String baseTable() {
        return baseTable;
    }

    @Override
    public List<ResultColumn> columns() {
        return columns;
    }

    @Override
    public long rowCount() {
        return viewRows;
    }

    @Override
    public long totalRowCount() {
        return totalRows;
    }

    @Override
    public Duration elapsed() {
        return elapsed;
    }

    @Override
    public boolean truncated() {
        return false;
    }

    @Override
    public ResultPage page(long offset, int limit) throws SQLException {
        checkOpen();
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must be >= 0, got " + offset + ", " + limit);
        }
        // a user column named rowid hides the pseudo-column; LIMIT/OFFSET keeps insertion order too, only slower
        String sql = rowidShadowed || transactionLocalRowids
                ? "SELECT * FROM " + SqlQuoting.identifier(viewTable) + (rowidShadowed ? "" : " ORDER BY rowid") + " LIMIT ? OFFSET ?"
                : "SELECT * FROM " + SqlQuoting.identifier(viewTable) + " WHERE rowid >= ? AND rowid < ? ORDER BY rowid";
        List<Object[]> rows = new ArrayList<>(Math.min(limit, 10_000));
        conn.lock().lock();
        try (PreparedStatement ps = conn.connection().prepareStatement(sql)) {
            if (rowidShadowed || transactionLocalRowids) {
                ps.setLong(1, limit);
                ps.setLong(2, offset);
            } else {
                ps.setLong(1, offset);
                ps.setLong(2, offset + limit);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = columns.size();
                while (rs.next()) {
                    rows.add(Values.row(rs, n));
                }
            }
            long expected = Math.max(0, Math.min(limit, viewRows - offset));
            if (!rowidShadowed && rows.size() < expected) {
                // a table made inside an open transaction (cli sql --atomic) numbers its rows from 2^62, not 0
                transactionLocalRowids = true;
                rows.clear();
                try (PreparedStatement again = conn.connection().prepareStatement("SELECT * FROM "
                        + SqlQuoting.identifier(viewTable) + " ORDER BY rowid LIMIT ? OFFSET ?")) {
                    again.setLong(1, limit);
                    again.setLong(2, offset);
                    try (ResultSet rs = again.executeQuery()) {
                        int n = columns.size();
                        while (rs.next()) {
                            rows.add(Values.row(rs, n));
                        }
                    }
                }
            }
        } finally {
            conn.lock().unlock();
        }
        return new ResultPage(offset, rows);
    }

    @Override
    public ResultView view() {
        return view;
    }

    @Override
    public long setView(ResultView newView) throws SQLException {
        checkOpen();
        if (newView.sortColumn() >= columns.size()) {
            throw new IllegalArgumentException("No column " + newView.sortColumn() + " in a result of "
                    + columns.size() + " columns");
        }
        conn.lock().lock();
        try (Statement st = conn.connection().createStatement()) {
            dropViewTable(st);
            if (newView.sortColumn() < 0 && newView.filters().isEmpty()) {
                viewTable = baseTable;
                viewRows = totalRows;
            } else {
                String name = baseTable + "_view";
                StringBuilder sql = new StringBuilder("CREATE TEMP TABLE ").append(SqlQuoting.identifier(name))
                        .append(" AS SELECT * FROM ").append(SqlQuoting.identifier(baseTable));
                List<String> args = new ArrayList<>();
                String where = where(newView.filters(), args);
                sql.append(where);
                if (newView.sortColumn() >= 0) {
                    ResultColumn sortBy = columns.get(newView.sortColumn());
                    String col = SqlQuoting.identifier(sortBy.name());
                    String dir = newView.ascending() ? " ASC" : " DESC";
                    sql.append(" ORDER BY ");
                    if (sortBy.typeName().equalsIgnoreCase("VARCHAR")) {
                        // published figures often arrive as text because of markers (c, x, z): sort the numbers
                        // as numbers, then the markers and other text after them
                        sql.append("TRY_CAST(").append(col).append(" AS DOUBLE)").append(dir).append(" NULLS LAST, ");
                    }
                    sql.append(col).append(dir).append(" NULLS LAST");
                    if (!rowidShadowed) {
                        sql.append(", rowid"); // ties keep the query's order
                    }
                }
                try (PreparedStatement ps = conn.connection().prepareStatement(sql.toString())) {
                    for (int i = 0; i < args.size(); i++) {
                        ps.setString(i + 1, args.get(i));
                    }
                    ps.execute();
                }
                viewTable = name;
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + SqlQuoting.identifier(name))) {
                    rs.next();
                    viewRows = rs.getLong(1);
                }
            }
            view = newView;
            return viewRows;
        } finally {
            conn.lock().unlock();
        }
    }

    private String where(List<ColumnFilter> filters, List<String> args) {
        if (filters.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (ColumnFilter f : filters) {
            if (f.column() < 0 || f.column() >= columns.size()) {
                throw new IllegalArgumentException("No column " + f.column() + " to filter in a result of "
                        + columns.size() + " columns");
            }
            String col = SqlQuoting.identifier(columns.get(f.column()).name());
            switch (f.op()) {
                case CONTAINS -> {
                    parts.add("contains(lower(CAST(" + col + " AS VARCHAR)), lower(?))");
                    args.add(f.text());
                }
                case EQUALS -> {
                    parts.add("CAST(" + col + " AS VARCHAR) = ?");
                    args.add(f.text());
                }
                case IS_NULL -> parts.add(col + " IS NULL");
            }
        }
        return " WHERE " + String.join(" AND ", parts);
    }

    @Override
    public String viewQuery() {
        return "SELECT * FROM " + SqlQuoting.identifier(viewTable)
                + (rowidShadowed ? "" : " ORDER BY rowid");
    }

    private void dropViewTable(Statement st) throws SQLException {
        if (!viewTable.equals(baseTable)) {
            st.execute("DROP TABLE IF EXISTS " + SqlQuoting.identifier(viewTable));
            viewTable = baseTable;
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("The result " + baseTable + " is closed");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        conn.lock().lock();
        try (Statement st = conn.connection().createStatement()) {
            dropViewTable(st);
            st.execute("DROP TABLE IF EXISTS " + SqlQuoting.identifier(baseTable));
        } catch (SQLException e) {
            // the connection is gone: temp tables went with it
        } finally {
            conn.lock().unlock();
        }
    }
}
