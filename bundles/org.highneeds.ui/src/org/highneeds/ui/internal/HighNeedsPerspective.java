package org.highneeds.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The "High Needs" perspective: the Data view on the left, editors beside it, progress below when shown. */
public final class HighNeedsPerspective implements IPerspectiveFactory {

    /** Id of the perspective. */
    public static final String ID = "org.highneeds.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.32f, editors);
        left.addView(DataView.ID);
        layout.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW, IPageLayout.BOTTOM, 0.75f, editors);
        layout.addShowViewShortcut(DataView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
        layout.addPerspectiveShortcut(ID);
    }
}
