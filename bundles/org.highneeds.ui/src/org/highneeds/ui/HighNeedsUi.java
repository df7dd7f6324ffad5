package org.highneeds.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;

/**
 * The workbench UI plug-in. It holds no services: the workspace database and its change events are the
 * {@link org.highneeds.data.WorkspaceDatabaseService} of org.highneeds.data, reached through
 * {@link org.highneeds.data.Services#get}, as the command line reaches them.
 */
public final class HighNeedsUi extends AbstractUIPlugin {

    /** Bundle id of this plug-in. */
    public static final String PLUGIN_ID = "org.highneeds.ui";

    private static HighNeedsUi instance;

    /** Created by the OSGi framework. */
    public HighNeedsUi() {
        instance = this;
    }

    /** The running plug-in. */
    public static HighNeedsUi getDefault() {
        return instance;
    }
}
