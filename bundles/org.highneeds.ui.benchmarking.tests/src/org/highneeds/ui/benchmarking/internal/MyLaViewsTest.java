package org.highneeds.ui.benchmarking.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.highneeds.data.Services;
import org.highneeds.testing.ui.EventLoop;
import org.highneeds.testing.ui.Screenshots;
import org.highneeds.analysis.BenchmarkEngine;
import org.highneeds.analysis.BenchmarkTable;
import org.highneeds.data.MyLocalAuthority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Benchmarking and LA Profile views open on my LA (Barnet, 302) without being told, in a 1600 x 1000 window as
 * the perspective lays them out (not maximised): nothing overlaps and the table shows its rows.
 */
class MyLaViewsTest {

    @BeforeAll
    static void importRealData() throws Exception {
        UiTesting.importRealData();
    }

    @AfterEach
    void forgetMyLa() {
        MyLocalAuthority.set(null);
    }

    @Test
    void bothViewsOpenOnMyLa() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective("org.highneeds.ui.perspective", window);
        Shell shell = window.getShell();
        shell.setBounds(0, 0, 1600, 1000);
        Display display = shell.getDisplay();
        for (String id : List.of(BenchmarkingView.ID, LaProfileView.ID)) {
            IViewPart open = page.findView(id);
            if (open != null) {
                page.hideView(open);
            }
        }
        MyLocalAuthority.set("302");

        BenchmarkingView view = (BenchmarkingView) page.showView(BenchmarkingView.ID);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        BenchmarkEngine engine = Services.get(BenchmarkEngine.class);
        String firstIndicator = engine.registry().all().get(0).id();
        UiTesting.waitUntil(display, "the benchmark of my LA", () -> view.shownTable() != null);
        BenchmarkTable shown = view.shownTable();
        assertEquals("302", shown.subject().laCode());
        assertEquals(firstIndicator, shown.indicator().id());
        assertEquals("302 Barnet", view.viewer().getTable().getItem(0).getText(0));
        assertEquals(13, view.viewer().getTable().getItemCount(), "Barnet, its 10 statistical neighbours, the mean, England");

        Table table = view.viewer().getTable();
        int rowsInSight = (table.getClientArea().height - table.getHeaderHeight()) / table.getItemHeight();
        Screenshots.save(shell, "benchmarking-my-la-restored.png");
        assertTrue(rowsInSight >= 8, "not maximised, the table still shows " + rowsInSight + " rows: " + table.getClientArea());
        // the span's labels and spinners side by side, none over another
        List<Control> span = new ArrayList<>();
        for (Composite c = table.getParent(); c != null && span.isEmpty(); c = c.getParent()) {
            collect(c, span);
        }
        assertEquals(4, span.size(), "From:, its spinner, to:, its spinner");
        for (int i = 0; i < span.size(); i++) {
            Rectangle a = bounds(span.get(i));
            assertTrue(a.width >= span.get(i).computeSize(SWT.DEFAULT, SWT.DEFAULT).x - 1, span.get(i) + " has its width: " + a);
            for (int j = i + 1; j < span.size(); j++) {
                assertFalse(a.intersects(bounds(span.get(j))), span.get(i) + " " + a + " overlaps " + span.get(j) + " " + bounds(span.get(j)));
            }
        }

        // the table's context menu ends in the group plug-ins contribute to
        Menu menu = table.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        try {
            MenuManager manager = (MenuManager) menu.getData(MenuManager.MANAGER_KEY);
            assertNotNull(manager.find(IWorkbenchActionConstants.MB_ADDITIONS));
        } finally {
            menu.notifyListeners(SWT.Hide, new Event());
        }

        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        EventLoop.settle(display, Duration.ofMillis(300));
        Screenshots.save(shell, "benchmarking-my-la-maximised.png");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);

        LaProfileView profile = (LaProfileView) page.showView(LaProfileView.ID);
        UiTesting.waitUntil(display, "the profile of my LA", () -> profile.shownProfile() != null);
        assertEquals("302", profile.shownProfile().la().laCode());
        Screenshots.save(shell, "la-profile-my-la-restored.png");
    }

    /** The span's labels and spinners: the spinners and the labels beside them. */
    private static void collect(Composite parent, List<Control> found) {
        for (Control c : parent.getChildren()) {
            if (c instanceof Spinner || c instanceof Label l && (l.getText().equals("From:") || l.getText().equals("to:"))) {
                found.add(c);
            } else if (c instanceof Composite child) {
                collect(child, found);
            }
        }
    }

    private static Rectangle bounds(Control c) {
        Rectangle b = c.getBounds();
        return c.getDisplay().map(c.getParent(), null, b);
    }
}
