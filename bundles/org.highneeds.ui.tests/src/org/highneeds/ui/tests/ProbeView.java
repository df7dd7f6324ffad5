package org.highneeds.ui.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.highneeds.ui.parts.AnalysisView;

/**
 * The smallest analysis view: a table of strings whose computations the tests start, recording what it was given to
 * show and how often the data-change events made it refresh.
 */
public final class ProbeView extends AnalysisView {

    /** Id of the view (contributed by this test fragment only). */
    public static final String ID = "org.highneeds.ui.tests.probe";

    /** Every result the view was given to show, in order. */
    final List<String> shown = new CopyOnWriteArrayList<>();

    /** How often {@link #refresh()} ran. */
    final AtomicInteger refreshes = new AtomicInteger();

    TableViewer viewer;
    MenuManager menu;

    @Override
    protected void createContent(Composite parent) {
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(List.of("302 Barnet", "303 Bexley"));
        provideSelection(viewer);
        menu = contextMenu(viewer, m -> m.add(copyAction(viewer)));
    }

    /** Starts computing with {@code work}; its result goes to {@link #shown}. */
    Job run(String name, Work<String> work) {
        return compute(name, work, shown::add);
    }

    @Override
    public void refresh() {
        refreshes.incrementAndGet();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
