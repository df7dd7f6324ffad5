package org.highneeds.ui.internal.start;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.IHandlerService;
import org.highneeds.ui.HighNeedsJob;

/** Switches the active window to a job's perspective. */
public final class Perspectives {

    private Perspectives() {
    }

    /**
     * Shows the perspective of {@code job}; when it has no editor open, runs the job's first command (e.g. a new SQL
     * console), if the job has one; false when the perspective is not installed.
     */
    public static boolean open(HighNeedsJob job) {
        if (!show(job.perspectiveId())) {
            return false;
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (job.firstCommandId() != null && window.getActivePage().getEditorReferences().length == 0) {
            try {
                window.getService(IHandlerService.class).executeCommand(job.firstCommandId(), null);
            } catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
                ILog.of(Perspectives.class).warn("Cannot run " + job.firstCommandId() + ": " + e.getMessage());
            }
        }
        return true;
    }

    /** Shows the perspective {@code id} in the active window; false when it is not installed or cannot open. */
    public static boolean show(String id) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id) == null) {
            return false;
        }
        try {
            PlatformUI.getWorkbench().showPerspective(id, window);
            return true;
        } catch (WorkbenchException e) {
            ILog.of(Perspectives.class).error("Cannot open the perspective " + id, e);
            return false;
        }
    }
}
