package org.highneeds.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.highneeds.data.WorkspaceDatabaseService;
import org.highneeds.data.Services;
import org.highneeds.testing.ui.EventLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shared base of the analysis views, in the running workbench through a real view over it: superseded computations,
 * updates after the view is closed, the problem line, data-change events and the context menu plug-ins add to.
 */
class AnalysisViewTest {

    private IWorkbenchPage page;
    private Display display;
    private ProbeView view;

    @BeforeEach
    void openView() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        display = page.getWorkbenchWindow().getShell().getDisplay();
        view = (ProbeView) page.showView(ProbeView.ID, "test" + System.nanoTime(), IWorkbenchPage.VIEW_ACTIVATE);
    }

    @AfterEach
    void closeView() {
        if (!view.isDisposed()) {
            page.hideView(view);
        }
    }

    @Test
    void aSupersededComputationIsCancelledAndItsResultNeverShown() throws Exception {
        // the first run ignores cancellation until released, then returns: too late, it must not be shown
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean firstSawCancel = new AtomicBoolean();
        Job first = view.run("Computing the first", m -> {
            release.await(30, TimeUnit.SECONDS);
            firstSawCancel.set(m.isCanceled());
            return "first";
        });
        waitUntil("the first run to start", () -> first.getState() == Job.RUNNING);
        Job second = view.run("Computing the second", m -> "second");
        assertSame(second, view.job());
        second.join();
        release.countDown();
        first.join();
        waitUntil("the second result", () -> view.shown.contains("second"));
        settle();
        assertEquals(List.of("second"), view.shown);
        assertTrue(firstSawCancel.get(), "the first run was cancelled when the second was scheduled");
        assertEquals(IStatus.CANCEL, first.getResult().getSeverity());

        // a run that finished but whose result has not reached the UI thread before the next run is dropped too
        Job third = view.run("Computing the third", m -> "third");
        third.join(); // the UI thread is held here: the third result waits in the event queue
        assertEquals(IStatus.OK, third.getResult().getSeverity());
        Job fourth = view.run("Computing the fourth", m -> "fourth");
        fourth.join();
        waitUntil("the fourth result", () -> view.shown.contains("fourth"));
        settle();
        assertEquals(List.of("second", "fourth"), view.shown);
    }

    @Test
    void aFailedComputationSaysWhatToDoInTheProblemLineUntilOneSucceeds() throws Exception {
        assertNull(view.problem());
        view.run("Computing", m -> {
            throw new Exception("There is no data for EHC plans yet: import SEN2 (File > Import National Data).");
        }).join();
        waitUntil("the problem line", () -> view.problem() != null);
        assertEquals("There is no data for EHC plans yet: import SEN2 (File > Import National Data).", view.problem());
        assertEquals(List.of(), view.shown);
        view.run("Computing again", m -> "302 Barnet").join();
        waitUntil("the result", () -> view.shown.contains("302 Barnet"));
        assertNull(view.problem());
    }

    @Test
    void updatesAfterTheViewIsClosedDoNothingAndRaiseNothing() throws Exception {
        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        try {
            // while open, a change of the database reaches the view
            Services.get(WorkspaceDatabaseService.class).fireChanged();
            waitUntil("the refresh after a database change", () -> view.refreshes.get() == 1);

            CountDownLatch release = new CountDownLatch(1);
            Job late = view.run("Computing slowly", m -> {
                release.await(30, TimeUnit.SECONDS);
                return "late";
            });
            AtomicBoolean ran = new AtomicBoolean();
            view.asyncUpdate(() -> ran.set(true)); // queued before the view closes, run after
            page.hideView(view);
            assertTrue(view.isDisposed());

            release.countDown();
            late.join();
            view.asyncUpdate(() -> ran.set(true));
            view.showProblem("Nothing to see");
            view.clearProblem();
            Services.get(WorkspaceDatabaseService.class).fireChanged();
            settle();

            assertFalse(ran.get(), "no update ran on the closed view");
            assertEquals(List.of(), view.shown);
            assertEquals(1, view.refreshes.get(), "the closed view no longer follows the database");
            assertEquals(IStatus.CANCEL, late.getResult().getSeverity(), "closing the view cancelled its computation");
            assertEquals(List.of(), logged.stream().filter(s -> s.getSeverity() >= IStatus.WARNING).toList());
        } finally {
            Platform.removeLogListener(listener);
        }
    }

    @Test
    void theContextMenuHasTheAdditionsGroupThatPluginsContributeTo() {
        Menu menu = view.viewer.getControl().getMenu();
        assertNotNull(menu, "the table has a context menu");
        menu.notifyListeners(SWT.Show, new Event());
        try {
            assertNotNull(view.menu.find(IWorkbenchActionConstants.MB_ADDITIONS), "the additions group");
            List<String> items = Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", "").split("\t")[0])
                    .filter(t -> !t.isEmpty()).toList();
            // the view's own item, then what this fragment's fragment.xml adds at popup:<view id>?after=additions
            assertEquals(List.of("Copy as TSV", "Contributed by a Plug-in"), items);
        } finally {
            menu.notifyListeners(SWT.Hide, new Event());
        }
    }

    private void waitUntil(String what, BooleanSupplier condition) {
        EventLoop.waitUntil(display, Duration.ofSeconds(30), what, condition);
    }

    /** Lets every queued update run. */
    private void settle() {
        EventLoop.settle(display, Duration.ofMillis(300));
    }
}
