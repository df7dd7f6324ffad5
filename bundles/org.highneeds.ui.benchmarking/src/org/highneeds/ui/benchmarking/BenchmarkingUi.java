package org.highneeds.ui.benchmarking;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.highneeds.analysis.BenchmarkEngine;
import org.highneeds.analysis.ConnectionSource;
import org.highneeds.analysis.IndicatorRegistry;
import org.highneeds.data.WorkspaceDatabaseException;
import org.highneeds.ui.HighNeedsUi;
import org.highneeds.ui.benchmarking.internal.UserIndicatorStore;
import org.osgi.framework.BundleContext;

/**
 * The benchmarking plug-in: owns the one {@link BenchmarkEngine} of the workbench over the workspace database, with
 * the user-defined indicators saved in this plug-in's state folder, and forgets cached results after an import.
 */
public final class BenchmarkingUi extends AbstractUIPlugin {

    /** Bundle id of this plug-in. */
    public static final String PLUGIN_ID = "org.highneeds.ui.benchmarking";

    private static BenchmarkingUi instance;

    private BenchmarkEngine engine;
    private UserIndicatorStore userIndicators;
    private final List<Runnable> dataListeners = new CopyOnWriteArrayList<>();
    /** Imports and changing SQL statements make cached indicator values stale. */
    private final Runnable databaseChanged = this::dataChanged;

    /** Created by the OSGi framework. */
    public BenchmarkingUi() {
        instance = this;
    }

    /** The running plug-in. */
    public static BenchmarkingUi getDefault() {
        return instance;
    }

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        HighNeedsUi.getDefault().addDatabaseChangeListener(databaseChanged);
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        HighNeedsUi ui = HighNeedsUi.getDefault();
        if (ui != null) {
            ui.removeDatabaseChangeListener(databaseChanged);
        }
        super.stop(context);
    }

    /** Descriptor of an icon in this bundle, e.g. {@code icons/refresh.png}. */
    public static ImageDescriptor icon(String path) {
        return ResourceLocator.imageDescriptorFromBundle(PLUGIN_ID, path)
                .orElseThrow(() -> new IllegalStateException("Missing icon " + path));
    }

    /** Connections to the workspace database the workbench has open (org.highneeds.ui owns it). */
    public static ConnectionSource database() {
        return () -> {
            try {
                return HighNeedsUi.getDefault().database().connect();
            } catch (WorkspaceDatabaseException e) {
                throw new SQLException(e.getMessage(), e);
            }
        };
    }

    /**
     * The engine, made on first use with the contributed indicators and the user-defined ones saved earlier (those
     * whose SQL no longer runs are logged and left out until edited).
     */
    public synchronized BenchmarkEngine engine() {
        if (engine == null) {
            IndicatorRegistry registry = IndicatorRegistry.fromExtensions();
            registry.problems().forEach(p -> ILog.of(getClass()).warn(p));
            engine = new BenchmarkEngine(database(), registry);
            userIndicators().loadInto(registry, database()).forEach(p -> ILog.of(getClass()).warn(p));
        }
        return engine;
    }

    /** Where user-defined indicators are saved: {@code .metadata/.plugins/org.highneeds.ui.benchmarking}. */
    public synchronized UserIndicatorStore userIndicators() {
        if (userIndicators == null) {
            userIndicators = new UserIndicatorStore(Path.of(getStateLocation().toOSString()).resolve(UserIndicatorStore.FILE_NAME));
        }
        return userIndicators;
    }

    /** Forgets cached results and tells the open views; called after an import and on Refresh (F5). */
    public void dataChanged() {
        BenchmarkEngine e;
        synchronized (this) {
            e = engine;
        }
        if (e != null) {
            e.invalidate();
        }
        dataListeners.forEach(Runnable::run);
    }

    /** Calls {@code listener} (on any thread) whenever the data or the indicators changed. */
    public void addDataListener(Runnable listener) {
        dataListeners.add(listener);
    }

    /** Stops calling {@code listener}. */
    public void removeDataListener(Runnable listener) {
        dataListeners.remove(listener);
    }
}
