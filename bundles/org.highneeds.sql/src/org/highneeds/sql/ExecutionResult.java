package org.highneeds.sql;

import java.time.Duration;
import java.time.Instant;

/**
 * Outcome of running one statement.
 *
 * @param statement      the statement run (located in its script)
 * @param classification what kind of statement it is
 * @param startedAt      when it started
 * @param result         rows for statements returning rows, else null; the caller closes it
 * @param updateCount    rows changed for DML, -1 when not applicable
 * @param elapsed        wall time
 * @param error          the failure (also a read-only refusal), or null on success
 */
public record ExecutionResult(SqlStatement statement, StatementClassification classification, Instant startedAt,
        SqlResult result, long updateCount, Duration elapsed, SqlError error) {

    /** True when the statement ran without error. */
    public boolean ok() {
        return error == null;
    }
}
