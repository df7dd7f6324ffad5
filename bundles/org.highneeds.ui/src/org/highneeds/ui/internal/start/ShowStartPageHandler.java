package org.highneeds.ui.internal.start;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.highneeds.ui.HighNeedsJob;

/** Help &gt; Start Page (and Window &gt; Start Page): the Start perspective with the start page, recomputed. */
public final class ShowStartPageHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        Perspectives.show(HighNeedsJob.START_PERSPECTIVE_ID);
        try {
            if (window.getActivePage().showView(StartPageView.ID) instanceof StartPageView view) {
                view.refresh();
            }
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open the start page", e);
        }
        return null;
    }
}
