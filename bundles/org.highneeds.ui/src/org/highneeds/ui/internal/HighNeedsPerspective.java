package org.highneeds.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.highneeds.ui.HighNeedsJob;

/**
 * "Data": the data job's perspective. The Data view on the left, editors (local areas) beside it, the Data Catalogue
 * below; the Local Areas, Properties and Problems views come from the local area bundle.
 */
public final class HighNeedsPerspective implements IPerspectiveFactory {

    /** Id of the perspective. */
    public static final String ID = HighNeedsJob.DATA_PERSPECTIVE_ID;

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.32f, editors);
        left.addView(DataView.ID);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.55f, editors);
        bottom.addView("org.highneeds.ui.views.catalogue");
        bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
        layout.addShowViewShortcut(DataView.ID);
        layout.addShowViewShortcut("org.highneeds.ui.views.catalogue");
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
        HighNeedsJob.addPerspectiveShortcuts(layout);
    }
}
