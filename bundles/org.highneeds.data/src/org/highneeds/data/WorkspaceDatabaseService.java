package org.highneeds.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.highneeds.data.internal.service.SharedWorkspaceDatabase;

/**
 * The workspace database as a service of the running workbench or command line: one {@link WorkspaceDatabase} per
 * workspace, opened on first use, with the one notification that its content changed (an import, or a SQL statement
 * that was not a query) which views and caches of derived numbers follow.
 * <p>
 * The OSGi service ({@link Services#get}) is opened on the workspace's instance location ({@code -data}) and closed
 * when the framework stops; {@link #on(Path)} makes one over another folder for a caller that closes it.
 */
public interface WorkspaceDatabaseService extends AutoCloseable {

    /** A service over the workspace folder {@code workspace}; the caller closes it. */
    static WorkspaceDatabaseService on(Path workspace) {
        return new SharedWorkspaceDatabase(workspace);
    }

    /** The workspace folder. */
    Path workspace();

    /**
     * The database, opened (and its schema brought up to date) on first use.
     *
     * @throws WorkspaceDatabaseException when it cannot be opened, e.g. in use by another process
     */
    WorkspaceDatabase database() throws WorkspaceDatabaseException;

    /**
     * A new connection to the database for one unit of work; the caller closes it.
     *
     * @throws SQLException also when the database cannot be opened (its message says why)
     */
    Connection connect() throws SQLException;

    /**
     * Calls {@code listener} after the database's content changed, on the thread that changed it (views hop to the
     * UI thread themselves).
     */
    void addChangeListener(Runnable listener);

    /** Stops calling {@code listener}. */
    void removeChangeListener(Runnable listener);

    /** Tells every listener that the content changed; a failing listener does not stop the others. */
    void fireChanged();

    /** How many changes were announced so far: a cache holding numbers derived at one count is stale at another. */
    long changeCount();

    /** Closes the database if it was opened; owners only (never called on the OSGi service by its users). */
    @Override
    void close();
}
