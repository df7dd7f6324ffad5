package org.highneeds.data.internal.sql;

import org.highneeds.data.SqlQuoting;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.highneeds.data.WorkspaceDatabase;

/** Runs long SQL statements so that a cancelled progress monitor interrupts them. */
public final class Sql {

    private static final ScheduledExecutorService WATCHER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "highneeds-sql-cancel-watcher");
        t.setDaemon(true);
        return t;
    });

    private Sql() {
    }

    /** Executes {@code sql}; returns the update count (or -1); throws OperationCanceledException when cancelled. */
    public static long execute(Connection c, String sql, IProgressMonitor monitor) throws SQLException {
        if (monitor != null && monitor.isCanceled()) throw new OperationCanceledException();
        try (Statement s = c.createStatement()) {
            AtomicBoolean cancelled = new AtomicBoolean();
            ScheduledFuture<?> watch = monitor == null ? null : WATCHER.scheduleAtFixedRate(() -> {
                if (monitor.isCanceled() && cancelled.compareAndSet(false, true)) {
                    try {
                        s.cancel();
                    } catch (SQLException ignored) {
                        // the statement finished meanwhile
                    }
                }
            }, 50, 50, TimeUnit.MILLISECONDS);
            try {
                boolean rs = s.execute(sql);
                return rs ? -1 : s.getLargeUpdateCount();
            } catch (SQLException e) {
                if (cancelled.get() || (monitor != null && monitor.isCanceled())) throw new OperationCanceledException();
                throw e;
            } finally {
                if (watch != null) watch.cancel(false);
            }
        }
    }

    /** A single long value from a query (0 when null). */
    public static long queryLong(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** A table of schema {@code raw} (files as published), as written in SQL: {@code raw."raw_p5"}. */
    public static String raw(String table) {
        return WorkspaceDatabase.RAW_SCHEMA + "." + SqlQuoting.identifier(table);
    }

    /** A table of schema {@code meta} (the importers' bookkeeping), as written in SQL. */
    public static String meta(String table) {
        return WorkspaceDatabase.META_SCHEMA + "." + SqlQuoting.identifier(table);
    }

    /** True when a table or view of that name exists in the main schema. */
    public static boolean tableExists(Connection c, String table) throws SQLException {
        // the catalogue functions directly: information_schema.tables is a far slower view over them
        return queryLong(c, "SELECT (SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = "
                + SqlQuoting.literal(table) + ") + (SELECT count(*) FROM duckdb_views() WHERE schema_name = 'main' AND view_name = "
                + SqlQuoting.literal(table) + ")") > 0;
    }
}
