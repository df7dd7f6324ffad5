package org.highneeds.sql.internal;

import java.sql.Connection;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A connection with a lock: DuckDB runs one statement at a time per connection, and result temp tables
 * live on this connection only, so every use goes through the lock.
 */
public final class SessionConnection {

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    /** Wraps a connection. */
    public SessionConnection(Connection connection) {
        this.connection = connection;
    }

    /** The connection; hold {@link #lock()} while using it. */
    public Connection connection() {
        return connection;
    }

    /** The lock serialising use of the connection. */
    public ReentrantLock lock() {
        return lock;
    }
}
