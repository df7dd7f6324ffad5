package org.highneeds.sql;

import java.time.Duration;
import java.time.Instant;

/**
 * One statement run from the console.
 *
 * @param time     when it started
 * @param sql      the statement text as run
 * @param elapsed  how long it took
 * @param rowCount rows returned or changed, or -1
 * @param error    the error's first line, or null when it succeeded
 */
public record HistoryEntry(Instant time, String sql, Duration elapsed, long rowCount, String error) {

    /** Builds an entry from an execution outcome. */
    public static HistoryEntry of(ExecutionResult r) {
        long rows = r.result() != null ? r.result().totalRowCount() : r.updateCount();
        return new HistoryEntry(r.startedAt(), r.statement().text(), r.elapsed(), rows,
                r.error() == null ? null : r.error().headline());
    }
}
