package org.highneeds.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.highneeds.data.Services;
import org.highneeds.data.WorkspaceDatabaseService;

/** The main window: title naming the workspace, a sensible first size, status line and progress area. */
final class HighNeedsWindowAdvisor extends WorkbenchWindowAdvisor {

    HighNeedsWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new HighNeedsActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer c = getWindowConfigurer();
        c.setInitialSize(new Point(1280, 800));
        c.setShowCoolBar(true);
        c.setShowStatusLine(true);
        c.setShowProgressIndicator(true);
        c.setShowPerspectiveBar(true);
        c.setTitle("High Needs Workbench \u2014 " + Services.get(WorkspaceDatabaseService.class).workspace());
    }
}
