package org.highneeds.data.internal.service;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.ILog;
import org.highneeds.data.WorkspaceDatabase;
import org.highneeds.data.WorkspaceDatabaseException;
import org.highneeds.data.WorkspaceDatabaseService;

/** The workspace database of one folder, opened lazily and shared by every user until closed. */
public class SharedWorkspaceDatabase implements WorkspaceDatabaseService {

    private final Path workspace;
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong changes = new AtomicLong();
    private WorkspaceDatabase database;

    /** The database of the workspace folder {@code workspace}, not opened yet. */
    public SharedWorkspaceDatabase(Path workspace) {
        this.workspace = workspace;
    }

    @Override
    public Path workspace() {
        return workspace;
    }

    @Override
    public synchronized WorkspaceDatabase database() throws WorkspaceDatabaseException {
        if (database == null) {
            database = WorkspaceDatabase.open(workspace);
        }
        return database;
    }

    @Override
    public Connection connect() throws SQLException {
        try {
            return database().connect();
        } catch (WorkspaceDatabaseException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.addIfAbsent(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    @Override
    public void fireChanged() {
        // counted before anyone is told, so a cache asked from a listener already sees itself stale
        changes.incrementAndGet();
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                ILog.of(SharedWorkspaceDatabase.class).error("A follower of the workspace database could not follow its change", e);
            }
        }
    }

    @Override
    public long changeCount() {
        return changes.get();
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            try {
                database.close();
            } catch (SQLException e) {
                ILog.of(SharedWorkspaceDatabase.class).warn("The workspace database " + database.file() + " did not close cleanly", e);
            }
            database = null;
        }
    }
}
