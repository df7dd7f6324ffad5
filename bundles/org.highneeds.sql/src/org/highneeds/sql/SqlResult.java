package org.highneeds.sql;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * A query result for a virtual grid: rows stay in DuckDB and are fetched a page at a time, so memory
 * does not grow with the row count. Not thread-safe for concurrent view changes; page fetches are
 * serialised on the session's connection, so call them off the UI thread.
 */
public interface SqlResult extends AutoCloseable {

    /** The result's columns. */
    List<ResultColumn> columns();

    /** Rows in the current view (after filters). */
    long rowCount();

    /** Rows the query returned. */
    long totalRowCount();

    /** Time the query took, materialisation included. */
    Duration elapsed();

    /** True when only the first rows were kept (results of statements that cannot be materialised). */
    boolean truncated();

    /** Rows {@code [offset, offset+limit)} of the current view; fewer at the end. */
    ResultPage page(long offset, int limit) throws SQLException;

    /** The current sort and filters. */
    ResultView view();

    /** Applies a sort and filters by re-querying the materialised result; returns the new row count. */
    long setView(ResultView view) throws SQLException;

    /**
     * A SELECT returning the current view's rows in view order, for exports and COPY; null when the result
     * is not held in DuckDB (see {@link #truncated()}).
     */
    String viewQuery();

    /** Drops the materialised rows. Idempotent. */
    @Override
    void close();
}
