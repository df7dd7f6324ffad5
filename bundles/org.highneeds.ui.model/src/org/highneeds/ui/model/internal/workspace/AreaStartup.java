package org.highneeds.ui.model.internal.workspace;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/** At start-up: adds project folders created outside the workbench (CLI) to the workspace. */
public final class AreaStartup implements IStartup {

    @Override
    public void earlyStartup() {
        PlatformUI.getWorkbench().getDisplay().asyncExec(LocalAreasView::registerResourceAdapters);
        importJob().schedule();
    }

    /** The job that adds new project folders; it holds the workspace root rule. */
    public static WorkspaceJob importJob() {
        WorkspaceJob job = new WorkspaceJob("Finding local areas in the workspace folder") {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) {
                AreaProjectImporter.Result result = AreaProjectImporter.importNewProjects(ResourcesPlugin.getWorkspace(), monitor);
                if (!result.status().isOK()) {
                    ILog.of(AreaStartup.class).log(result.status());
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(ResourcesPlugin.getWorkspace().getRoot());
        job.setSystem(true);
        return job;
    }
}
