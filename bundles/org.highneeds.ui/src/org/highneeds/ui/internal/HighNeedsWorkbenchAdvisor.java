package org.highneeds.ui.internal;

import java.lang.management.ManagementFactory;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.highneeds.ui.HighNeedsJob;
import org.highneeds.ui.internal.myla.FirstStartPrompt;
import org.highneeds.ui.internal.start.Perspectives;

/**
 * Workbench-wide behaviour: the start page on every start (the layouts of the jobs are remembered between sessions),
 * and the question "Which local authority do you work for?" until it is answered.
 */
final class HighNeedsWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return HighNeedsJob.START_PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new HighNeedsWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        // Measured from JVM start, so the figure covers the whole launch a user waits through.
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        String message = "Workbench window open " + millis + " ms after launch";
        ILog.of(getClass()).info(message);
        System.out.println("highneeds: " + message);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window != null) {
            Perspectives.show(HighNeedsJob.START_PERSPECTIVE_ID);
            if (FirstStartPrompt.enabledAtStart()) {
                // after the window has painted, so the question is asked over the start page
                window.getShell().getDisplay().asyncExec(() -> FirstStartPrompt.openIfDue(window.getShell()));
            }
        }
    }
}
