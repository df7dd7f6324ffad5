package org.highneeds.ui.internal.start;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.highneeds.ui.HighNeedsJob;

/** "Start": the start page across the whole window; the jobs' perspectives are one click away. */
public final class StartPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(StartPageView.ID, false, IPageLayout.LEFT, 0.95f, layout.getEditorArea());
        layout.getViewLayout(StartPageView.ID).setCloseable(false);
        HighNeedsJob.addPerspectiveShortcuts(layout);
    }
}
