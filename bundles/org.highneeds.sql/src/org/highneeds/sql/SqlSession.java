package org.highneeds.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.highneeds.data.SqlQuoting;
import org.highneeds.sql.internal.BufferedResult;
import org.highneeds.sql.internal.ErrorLocator;
import org.highneeds.sql.internal.SessionConnection;
import org.highneeds.sql.internal.TempTableResult;
import org.highneeds.sql.internal.Values;

/**
 * Runs console statements on one DuckDB connection: guards read-only mode, binds {@code :name}
 * parameters, materialises query results into temp tables for lazy paging, maps errors to script
 * positions and supports cancel (from another thread or through the progress monitor).
 */
public final class SqlSession implements AutoCloseable {

    /** Row cap for results that cannot be materialised in DuckDB and are kept in memory. */
    public static final int MAX_BUFFERED_ROWS = 100_000;

    private static final AtomicLong RESULT_COUNTER = new AtomicLong();
    private static final Set<String> MATERIALISED = Set.of("SELECT", "VALUES", "FROM", "TABLE", "PIVOT",
            "UNPIVOT", "PIVOT_WIDER", "PIVOT_LONGER");
    private static final Set<String> WRAPPED = Set.of("DESCRIBE", "DESC", "SHOW", "SUMMARIZE");
    private static final ScheduledExecutorService CANCEL_POLLER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "highneeds-sql-cancel-poller");
        t.setDaemon(true);
        return t;
    });

    private final SessionConnection conn;
    private final List<SqlResult> openResults = new ArrayList<>();
    private volatile boolean readOnlyMode;
    private volatile Statement running;
    private volatile boolean cancelRequested;

    /** A session over a connection the caller keeps ownership of. */
    public SqlSession(Connection connection, boolean readOnlyMode) {
        this.conn = new SessionConnection(connection);
        this.readOnlyMode = readOnlyMode;
    }

    /** The underlying connection (use only when no statement of this session runs). */
    public Connection connection() {
        return conn.connection();
    }

    /** True when only reads are run. */
    public boolean readOnlyMode() {
        return readOnlyMode;
    }

    /** Switches read-only mode. */
    public void setReadOnlyMode(boolean readOnly) {
        this.readOnlyMode = readOnly;
    }

    /** Runs a single SQL text as a one-statement script (its first statement). */
    public ExecutionResult execute(String sql, Map<String, ?> parameters, IProgressMonitor monitor) {
        SqlScript script = SqlScript.parse(sql);
        if (script.statements().isEmpty()) {
            throw new IllegalArgumentException("No SQL statement to run");
        }
        return execute(script, script.statements().get(0), parameters, monitor);
    }

    /**
     * Runs one statement of a script. SQL failures and read-only refusals come back in
     * {@link ExecutionResult#error()}; a returned result must be closed by the caller.
     *
     * @throws OperationCanceledException when cancelled through the monitor or {@link #cancel()}
     */
    public ExecutionResult execute(SqlScript script, SqlStatement statement, Map<String, ?> parameters,
            IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, "Running statement " + (statement.index() + 1), 1);
        cancelRequested = false; // a cancel pressed while idle must not hit the next statement
        StatementClassification cls = StatementClassifier.classify(statement.text());
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        if (readOnlyMode && !cls.readOnly()) {
            return new ExecutionResult(statement, cls, started, null, -1, Duration.ZERO, new SqlError(cls.readOnlyRefusal(),
                    statement.startLine(), statement.startColumn(), statement.startOffset(), false));
        }
        NamedParameters params = NamedParameters.parse(statement.text());
        for (String name : params.names()) {
            if (parameters == null || !parameters.containsKey(name)) {
                return new ExecutionResult(statement, cls, started, null, -1, Duration.ZERO, new SqlError(
                        "No value given for parameter :" + name, statement.startLine(), statement.startColumn(),
                        statement.startOffset(), false));
            }
        }
        if (sub.isCanceled()) {
            throw new OperationCanceledException();
        }
        String body = params.jdbcSql();
        boolean materialise = cls.kind() == StatementKind.READ && MATERIALISED.contains(cls.keyword())
                || cls.kind() == StatementKind.READ && WRAPPED.contains(cls.keyword());
        conn.lock().lock();
        try {
            if (materialise) {
                String table = "__hn_result_" + RESULT_COUNTER.incrementAndGet();
                String prefix = "CREATE TEMP TABLE " + SqlQuoting.identifier(table) + " AS "
                        + (WRAPPED.contains(cls.keyword()) ? "FROM (\n" : "\n");
                String sql = prefix + body + (WRAPPED.contains(cls.keyword()) ? "\n)" : "");
                try {
                    run(sql, params, parameters, sub);
                    TempTableResult result = describeTable(table, Duration.ofNanos(System.nanoTime() - t0));
                    synchronized (openResults) {
                        // forget results the UI already closed, so a long session does not accumulate them
                        openResults.removeIf(r -> r instanceof TempTableResult t && t.isClosed());
                        openResults.add(result);
                    }
                    return new ExecutionResult(statement, cls, started, result, -1, result.elapsed(), null);
                } catch (SQLException e) {
                    if (isCancel(e)) {
                        throw cancelled();
                    }
                    if (e.getMessage() == null || !e.getMessage().startsWith("Parser Error")) {
                        return failure(script, statement, cls, started, t0, e, sql, prefix.length(), params);
                    }
                    // not valid under CREATE TABLE AS: run as written below, which also reports true syntax errors
                }
            }
            return runDirect(script, statement, cls, started, t0, params, parameters, sub);
        } finally {
            running = null;
            cancelRequested = false;
            conn.lock().unlock();
            sub.done();
        }
    }

    private ExecutionResult runDirect(SqlScript script, SqlStatement statement, StatementClassification cls,
            Instant started, long t0, NamedParameters params, Map<String, ?> values, SubMonitor sub) {
        String sql = params.jdbcSql();
        try (Statement st = params.hasParameters() ? conn.connection().prepareStatement(sql)
                : conn.connection().createStatement()) {
            ScheduledFuture<?> poll = startPolling(st, sub);
            boolean hasRows;
            try {
                // DuckDB's createStatement() also returns a PreparedStatement, so test the need, not the type
                if (params.hasParameters()) {
                    PreparedStatement ps = (PreparedStatement) st;
                    params.bind(ps, values);
                    hasRows = ps.execute();
                } else {
                    running = st;
                    hasRows = st.execute(sql);
                }
                if (!hasRows) {
                    long count = st.getUpdateCount();
                    return new ExecutionResult(statement, cls, started, null, count,
                            Duration.ofNanos(System.nanoTime() - t0), null);
                }
                try (ResultSet rs = st.getResultSet()) {
                    List<ResultColumn> columns = Values.columns(rs.getMetaData());
                    List<Object[]> rows = new ArrayList<>();
                    boolean truncated = false;
                    while (rs.next()) {
                        if (rows.size() == MAX_BUFFERED_ROWS) {
                            truncated = true;
                            break;
                        }
                        rows.add(Values.row(rs, columns.size()));
                    }
                    SqlResult result = new BufferedResult(columns, rows, truncated,
                            Duration.ofNanos(System.nanoTime() - t0));
                    return new ExecutionResult(statement, cls, started, result, -1, result.elapsed(), null);
                }
            } finally {
                poll.cancel(false);
            }
        } catch (SQLException e) {
            if (isCancel(e)) {
                throw cancelled();
            }
            return failure(script, statement, cls, started, t0, e, sql, 0, params);
        }
    }

    private void run(String sql, NamedParameters params, Map<String, ?> values, SubMonitor sub) throws SQLException {
        try (PreparedStatement ps = conn.connection().prepareStatement(sql)) {
            ScheduledFuture<?> poll = startPolling(ps, sub);
            try {
                params.bind(ps, values);
                ps.execute();
            } finally {
                poll.cancel(false);
            }
        }
    }

    private ScheduledFuture<?> startPolling(Statement st, SubMonitor sub) {
        running = st;
        if (cancelRequested) {
            cancelQuietly(st);
        }
        // IProgressMonitor has no callback, so poll it: a cancel reaches DuckDB within 100 ms
        return CANCEL_POLLER.scheduleWithFixedDelay(() -> {
            if (sub.isCanceled()) {
                cancelRequested = true;
                cancelQuietly(st);
            }
        }, 100, 100, TimeUnit.MILLISECONDS);
    }

    private TempTableResult describeTable(String table, Duration queryTime) throws SQLException {
        try (Statement st = conn.connection().createStatement()) {
            List<ResultColumn> columns;
            try (ResultSet rs = st.executeQuery("SELECT * FROM " + SqlQuoting.identifier(table) + " LIMIT 0")) {
                columns = Values.columns(rs.getMetaData());
            }
            long count;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + SqlQuoting.identifier(table))) {
                rs.next();
                count = rs.getLong(1);
            }
            return new TempTableResult(conn, table, columns, count, queryTime);
        }
    }

    private static ExecutionResult failure(SqlScript script, SqlStatement statement, StatementClassification cls,
            Instant started, long t0, SQLException e, String executedSql, int prefixLength, NamedParameters params) {
        SqlError error = ErrorLocator.locate(e.getMessage(), executedSql, prefixLength, params::originalOffset, script,
                statement);
        return new ExecutionResult(statement, cls, started, null, -1, Duration.ofNanos(System.nanoTime() - t0), error);
    }

    private boolean isCancel(SQLException e) {
        return cancelRequested || e instanceof SQLTimeoutException
                || (e.getMessage() != null && e.getMessage().startsWith("INTERRUPT Error"));
    }

    private static OperationCanceledException cancelled() {
        return new OperationCanceledException("Statement cancelled");
    }

    /**
     * Runs a statement of the workbench's own (e.g. COPY for an export) on this session's connection,
     * where the result temp tables are visible; cancellable like user statements.
     */
    void runInternal(String sql, SubMonitor sub) throws SQLException {
        conn.lock().lock();
        try (Statement st = conn.connection().createStatement()) {
            ScheduledFuture<?> poll = startPolling(st, sub);
            try {
                st.execute(sql);
            } finally {
                poll.cancel(false);
            }
        } catch (SQLException e) {
            if (isCancel(e)) {
                throw cancelled();
            }
            throw e;
        } finally {
            running = null;
            cancelRequested = false;
            conn.lock().unlock();
        }
    }

    /** Cancels the running statement, if any; safe to call from any thread. DuckDB stops within milliseconds. */
    public void cancel() {
        Statement st = running;
        cancelRequested = true;
        if (st != null) {
            cancelQuietly(st);
        }
    }

    private static void cancelQuietly(Statement st) {
        try {
            st.cancel();
        } catch (SQLException | RuntimeException e) {
            // already finished or closed: nothing left to cancel
        }
    }

    /** Drops every result this session materialised; the connection stays open. */
    @Override
    public void close() {
        List<SqlResult> results;
        synchronized (openResults) {
            results = new ArrayList<>(openResults);
            openResults.clear();
        }
        results.forEach(SqlResult::close);
    }
}
