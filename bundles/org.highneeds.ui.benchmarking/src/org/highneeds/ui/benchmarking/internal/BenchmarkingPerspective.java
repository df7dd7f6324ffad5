package org.highneeds.ui.benchmarking.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.highneeds.ui.HighNeedsJob;

/** "Benchmark": the Benchmarking and LA Profile views across the whole window, where a table and a chart have room. */
public final class BenchmarkingPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        IFolderLayout views = layout.createFolder("benchmarking", IPageLayout.LEFT, 0.95f, layout.getEditorArea());
        views.addView(BenchmarkingView.ID);
        views.addView(LaProfileView.ID);
        layout.addShowViewShortcut(BenchmarkingView.ID);
        layout.addShowViewShortcut(LaProfileView.ID);
        HighNeedsJob.addPerspectiveShortcuts(layout);
    }
}
