package org.highneeds.ui.model.internal.workspace;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;

/**
 * The Local Areas view: the workspace's projects (one per local area) and their files, with the Project Explorer's
 * resource content and actions. The Project Explorer itself shows the page input, which this application's
 * workbench advisor does not set, so this view roots itself at the workspace.
 */
public final class LocalAreasView extends CommonNavigator {

    private static final String IDE_BUNDLE = "org.eclipse.ui.ide";

    private static boolean adaptersRegistered;

    /**
     * Registers the IDE's adapters for resources (labels, icons) and the project icons once: the IDE's workbench
     * advisor, which normally does both, is not this application's. Call on the UI thread.
     */
    public static synchronized void registerResourceAdapters() {
        if (!adaptersRegistered) {
            IDE.registerAdapters();
            declareProjectImage(IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png");
            declareProjectImage(IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png");
            adaptersRegistered = true;
        }
    }

    @SuppressWarnings("restriction")
    private static void declareProjectImage(String key, String path) {
        if (PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(key) == null) {
            ResourceLocator.imageDescriptorFromBundle(IDE_BUNDLE, path)
                    .ifPresent(d -> org.eclipse.ui.internal.WorkbenchImages.declareImage(key, d, true));
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
