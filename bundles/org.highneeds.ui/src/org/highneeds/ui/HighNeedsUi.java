package org.highneeds.ui;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.highneeds.data.WorkspaceDatabase;
import org.highneeds.data.WorkspaceDatabaseException;
import org.osgi.framework.BundleContext;

/** The workbench UI plug-in: owns the workspace database for the lifetime of the workbench. */
public final class HighNeedsUi extends AbstractUIPlugin {

    /** Bundle id of this plug-in. */
    public static final String PLUGIN_ID = "org.highneeds.ui";

    private static HighNeedsUi instance;

    private WorkspaceDatabase database;

    private final CopyOnWriteArrayList<Runnable> databaseListeners = new CopyOnWriteArrayList<>();

    /** Created by the OSGi framework. */
    public HighNeedsUi() {
        instance = this;
    }

    /** The running plug-in. */
    public static HighNeedsUi getDefault() {
        return instance;
    }

    /**
     * The workspace database, opened on first use in the workspace folder chosen at launch.
     *
     * @throws WorkspaceDatabaseException when the database cannot be opened (e.g. in use by another process)
     */
    public synchronized WorkspaceDatabase database() throws WorkspaceDatabaseException {
        if (database == null) {
            database = WorkspaceDatabase.open(workspaceFolder());
        }
        return database;
    }

    /**
     * Registers {@code listener} to run after the workspace database's content changed (an import, or a statement
     * in a SQL console that was not a query). Listeners run on the thread that made the change: views hop to the UI
     * thread themselves. Views and caches of derived numbers use it to stay current.
     */
    public void addDatabaseChangeListener(Runnable listener) {
        databaseListeners.addIfAbsent(listener);
    }

    /** Stops notifying {@code listener}. */
    public void removeDatabaseChangeListener(Runnable listener) {
        databaseListeners.remove(listener);
    }

    /** Tells every listener that the workspace database's content changed; a failing listener does not stop the others. */
    public void fireDatabaseChanged() {
        for (Runnable listener : databaseListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                ILog.of(HighNeedsUi.class).error("A view could not follow a change of the workspace database", e);
            }
        }
    }

    /** The workspace folder ({@code -data} of the launcher). */
    public static Path workspaceFolder() {
        Location instance = Platform.getInstanceLocation();
        try {
            return Paths.get(instance.getURL().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Paths.get(instance.getURL().getPath());
        }
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        synchronized (this) {
            if (database != null) {
                database.close();
                database = null;
            }
        }
        super.stop(context);
    }
}
