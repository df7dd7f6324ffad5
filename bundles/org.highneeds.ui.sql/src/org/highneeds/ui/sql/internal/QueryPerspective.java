package org.highneeds.ui.sql.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.highneeds.ui.HighNeedsJob;

/**
 * "Query data": the SQL consoles across most of the window (results below the text get the height), with the
 * database's tables and the query history in a narrow column on the left.
 */
public final class QueryPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        IFolderLayout left = layout.createFolder("tables", IPageLayout.LEFT, 0.2f, layout.getEditorArea());
        left.addView("org.highneeds.ui.views.data");
        left.addView("org.highneeds.ui.sql.views.history");
        layout.addShowViewShortcut("org.highneeds.ui.views.data");
        layout.addShowViewShortcut("org.highneeds.ui.sql.views.history");
        layout.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW, IPageLayout.BOTTOM, 0.8f, layout.getEditorArea());
        HighNeedsJob.addPerspectiveShortcuts(layout);
    }
}
