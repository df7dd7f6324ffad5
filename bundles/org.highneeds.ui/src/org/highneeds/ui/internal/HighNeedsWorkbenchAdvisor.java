package org.highneeds.ui.internal;

import java.lang.management.ManagementFactory;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Workbench-wide behaviour: the High Needs perspective first, window layout remembered between sessions. */
final class HighNeedsWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return HighNeedsPerspective.ID;
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
    }
}
