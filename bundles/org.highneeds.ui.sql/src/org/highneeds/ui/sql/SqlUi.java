package org.highneeds.ui.sql;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.highneeds.data.WorkspaceDatabaseException;
import org.highneeds.sql.CompletionEngine;
import org.highneeds.sql.DuckDbCatalog;
import org.highneeds.sql.HistoryEntry;
import org.highneeds.sql.ParameterStore;
import org.highneeds.sql.QueryHistory;
import org.osgi.framework.BundleContext;
import org.highneeds.data.Services;
import org.highneeds.data.WorkspaceDatabaseService;

/**
 * The SQL console plug-in: owns what consoles share (query history, remembered parameter values, the
 * completion catalog on its own connection); each console keeps its own connection for its temp tables.
 */
public final class SqlUi extends AbstractUIPlugin {

    /** Bundle id of this plug-in. */
    public static final String PLUGIN_ID = "org.highneeds.ui.sql";

    /** Preference: run consoles in read-only mode (only statements that cannot change the database). */
    public static final String PREF_READ_ONLY = "readOnly";

    private static SqlUi instance;

    private QueryHistory history;
    private ParameterStore parameters;
    private Connection catalogConnection;
    private DuckDbCatalog catalog;
    private final List<Runnable> historyListeners = new CopyOnWriteArrayList<>();

    /** Created by the OSGi framework. */
    public SqlUi() {
        instance = this;
    }

    /** The running plug-in. */
    public static SqlUi getDefault() {
        return instance;
    }

    /** Descriptor of an icon in this bundle, e.g. {@code icons/run.png}. */
    public static ImageDescriptor icon(String path) {
        return ResourceLocator.imageDescriptorFromBundle(PLUGIN_ID, path)
                .orElseThrow(() -> new IllegalStateException("Missing icon " + path));
    }

    /** True when consoles should refuse statements that could change the workspace database. */
    public boolean readOnlyMode() {
        return getPreferenceStore().getBoolean(PREF_READ_ONLY);
    }

    /** The query history, kept in this plug-in's state folder ({@code .metadata/.plugins/org.highneeds.ui.sql}). */
    public synchronized QueryHistory history() throws IOException {
        if (history == null) {
            history = QueryHistory.open(stateFolder());
        }
        return history;
    }

    /** Records a run statement and tells the history views; failures to write are logged, never thrown at the user. */
    public void recordHistory(HistoryEntry entry) {
        try {
            history().add(entry);
        } catch (IOException e) {
            ILog.of(getClass()).warn("Could not write the query history", e);
        }
        historyListeners.forEach(Runnable::run);
    }

    /** Registers a callback run (on any thread) after each history entry. */
    public void addHistoryListener(Runnable listener) {
        historyListeners.add(listener);
    }

    /** Removes a history callback. */
    public void removeHistoryListener(Runnable listener) {
        historyListeners.remove(listener);
    }

    /** Last values typed for {@code :name} parameters, remembered across sessions. */
    public synchronized ParameterStore parameters() throws IOException {
        if (parameters == null) {
            parameters = ParameterStore.open(stateFolder().resolve("parameters.properties"));
        }
        return parameters;
    }

    /**
     * The completion catalog of the workspace database, on a connection of its own so loading it never
     * waits for a console's running query.
     */
    public synchronized DuckDbCatalog catalog() throws SQLException, WorkspaceDatabaseException {
        if (catalog == null) {
            catalogConnection = Services.get(WorkspaceDatabaseService.class).database().connect();
            catalog = new DuckDbCatalog(catalogConnection);
        }
        return catalog;
    }

    /** A completion engine over {@link #catalog()}. */
    public CompletionEngine completionEngine() throws SQLException, WorkspaceDatabaseException {
        return new CompletionEngine(catalog());
    }

    /** Where this plug-in keeps its files. */
    public Path stateFolder() {
        return getStateLocation().toFile().toPath();
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        synchronized (this) {
            if (catalogConnection != null) {
                try {
                    catalogConnection.close();
                } catch (SQLException e) {
                    // the database may already be closed by org.highneeds.ui: nothing left to release
                }
                catalogConnection = null;
                catalog = null;
            }
        }
        super.stop(context);
    }
}
