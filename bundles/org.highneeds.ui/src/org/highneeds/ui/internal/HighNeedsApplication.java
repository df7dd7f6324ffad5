package org.highneeds.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.highneeds.data.WorkspaceDatabaseException;
import org.highneeds.data.Services;
import org.highneeds.data.WorkspaceDatabaseService;

/** The workbench application: checks the workspace is free, opens its database, then runs the workbench. */
public final class HighNeedsApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Display display = PlatformUI.createDisplay();
        try {
            Location workspace = Platform.getInstanceLocation();
            if (workspace == null || !workspace.lock()) {
                String where = workspace == null || workspace.getURL() == null ? "the chosen workspace" : workspace.getURL().getPath();
                MessageDialog.openError(null, "High Needs Workbench",
                        "The workspace " + where + " is already open in another High Needs Workbench.\n\n"
                                + "Close the other window, or start with --workspace DIR to use another workspace.");
                return EXIT_OK;
            }
            try {
                Services.get(WorkspaceDatabaseService.class).database();
            } catch (WorkspaceDatabaseException e) {
                MessageDialog.openError(null, "High Needs Workbench", e.getMessage());
                return EXIT_OK;
            }
            context.applicationRunning();
            int code = PlatformUI.createAndRunWorkbench(display, new HighNeedsWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
