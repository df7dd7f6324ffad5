package org.highneeds.ui.benchmarking;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.plugin.AbstractUIPlugin;

/**
 * The benchmarking plug-in. It holds no services: its views use the benchmark engine, the user-defined indicators and
 * the workspace database's change event as services of the headless bundles ({@link org.highneeds.data.Services#get}),
 * the same ones the command line uses.
 */
public final class BenchmarkingUi extends AbstractUIPlugin {

    /** Bundle id of this plug-in. */
    public static final String PLUGIN_ID = "org.highneeds.ui.benchmarking";

    private static BenchmarkingUi instance;

    /** Created by the OSGi framework. */
    public BenchmarkingUi() {
        instance = this;
    }

    /** The running plug-in. */
    public static BenchmarkingUi getDefault() {
        return instance;
    }

    /** Descriptor of an icon in this bundle, e.g. {@code icons/refresh.png}. */
    public static ImageDescriptor icon(String path) {
        return ResourceLocator.imageDescriptorFromBundle(PLUGIN_ID, path)
                .orElseThrow(() -> new IllegalStateException("Missing icon " + path));
    }
}
