package org.highneeds.ui.model.internal.workspace;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;

/**
 * The Local Areas view: the workspace's projects (one per local area) and their files, with the Project Explorer's
 * resource content and actions. The Project Explorer itself shows the page input, which this application's
 * workbench advisor does not set, so this view roots itself at the workspace.
 */
public final class LocalAreasView extends CommonNavigator {

    private static boolean adaptersRegistered;

    /** Registers the IDE's adapters for resources (icons, labels) once; the IDE workbench advisor is not used here. */
    public static synchronized void registerResourceAdapters() {
        if (!adaptersRegistered) {
            IDE.registerAdapters();
            adaptersRegistered = true;
        }
    }

    @Override
    public void init(IViewSite site) throws PartInitException {
        registerResourceAdapters();
        super.init(site);
    }

    @Override
    protected Object getInitialInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }
}
