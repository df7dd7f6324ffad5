package org.highneeds.ui.parts;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuListener;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.highneeds.data.WorkspaceDatabaseService;
import org.highneeds.data.Services;
import org.highneeds.ui.HighNeedsUi;

/**
 * The base of the workbench's analysis views. It gives a view:
 * <ul>
 * <li>load and compute jobs ({@link #load}, {@link #compute}) with the view's busy indicator and their name in the
 * content description while they run: scheduling one cancels the previous run of its kind, and a result that a newer
 * run superseded is never shown;</li>
 * <li>UI updates from any thread that do nothing once the view is disposed ({@link #asyncUpdate(Runnable)});</li>
 * <li>a problem line above the content for errors and missing data, saying what to do next ({@link #showProblem});</li>
 * <li>the data-change events it follows ({@link #subscribeToDataChanges(Runnable)}, {@link #dataChanged()});</li>
 * <li>a selection provider for the site and context menus registered with the site, each ending in the group
 * {@code additions} so that plug-ins can contribute to {@code popup:<menu id>?after=additions}.</li>
 * </ul>
 * Subclasses build their controls in {@link #createContent(Composite)} and re-read their data in {@link #refresh()}.
 */
public abstract class AnalysisView extends ViewPart {

    /** Work done off the UI thread; what it returns is shown on the UI thread. */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * Does the work, checking {@code monitor} for cancellation; an exception's message is shown in the problem line,
         * so it should say what to do next.
         */
        T run(IProgressMonitor monitor) throws Exception;
    }

    private Composite root;
    private ProblemLine problemLine;
    private volatile boolean disposed;
    private final Lane loads = new Lane();
    private final Lane computes = new Lane();
    private Job lastJob;
    private Runnable unsubscribe;

    @Override
    public final void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        root.setLayout(layout);
        problemLine = new ProblemLine(root);
        Composite content = new Composite(root, SWT.NONE);
        content.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        content.setLayout(new FillLayout());
        createContent(content);
        unsubscribe = subscribeToDataChanges(() -> asyncUpdate(this::dataChanged));
    }

    /** Builds the view's controls in {@code parent} (which has a {@link FillLayout}) and starts loading. */
    protected abstract void createContent(Composite parent);

    /** Re-reads the data and recomputes what is shown (F5). */
    public abstract void refresh();

    /**
     * Subscribes {@code listener} (called on any thread) to the changes of the data the view shows, and returns what
     * unsubscribes it. The one place that knows where change events come from: the workspace database service's
     * change event (an import, a changing SQL statement, a saved or removed user-defined indicator).
     */
    protected Runnable subscribeToDataChanges(Runnable listener) {
        WorkspaceDatabaseService database = Services.get(WorkspaceDatabaseService.class);
        database.addChangeListener(listener);
        return () -> database.removeChangeListener(listener);
    }

    /** Called on the UI thread, while the view is open, after its data changed; recomputes by default. */
    protected void dataChanged() {
        refresh();
    }

    /**
     * Runs {@code work} in a job named {@code name} and shows its result with {@code show}; cancels the load running
     * before, and drops its result if it still comes. Call on the UI thread.
     */
    protected final <T> Job load(String name, Work<T> work, Consumer<? super T> show) {
        return loads.schedule(name, work, show);
    }

    /** As {@link #load}, for the computations of what the view shows: a new one supersedes the one running. */
    protected final <T> Job compute(String name, Work<T> work, Consumer<? super T> show) {
        return computes.schedule(name, work, show);
    }

    /** The last load or computation started, or null (tests join it). */
    public final Job job() {
        return lastJob;
    }

    /** Runs {@code update} on the UI thread later, unless the view is disposed by then; callable from any thread. */
    public final void asyncUpdate(Runnable update) {
        Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : Display.getDefault();
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (!isDisposed()) {
                update.run();
            }
        });
    }

    /** True once the view is closed (or before its controls exist). */
    public final boolean isDisposed() {
        return disposed || root == null || root.isDisposed();
    }

    /** Shows {@code message} in the problem line as a problem; say what to do next. Nothing once disposed. */
    public final void showProblem(String message) {
        if (!isDisposed()) {
            problemLine.show(ProblemLine.Severity.PROBLEM, message);
        }
    }

    /** Shows {@code message} in the problem line as a hint (e.g. what to choose first). */
    public final void showHint(String message) {
        if (!isDisposed()) {
            problemLine.show(ProblemLine.Severity.HINT, message);
        }
    }

    /** Hides the problem line. */
    public final void clearProblem() {
        if (!isDisposed()) {
            problemLine.clear();
        }
    }

    /** The message in the problem line, or null when there is none. */
    public final String problem() {
        return problemLine == null ? null : problemLine.message();
    }

    /** Makes {@code provider} (usually the main viewer) the site's selection provider, for Properties and handlers. */
    protected final void provideSelection(ISelectionProvider provider) {
        getSite().setSelectionProvider(provider);
    }

    /**
     * Gives {@code viewer} a context menu filled by {@code fill} and registered with the site under the view's id, so
     * that plug-ins can add to {@code popup:<view id>?after=additions}.
     */
    protected final MenuManager contextMenu(StructuredViewer viewer, IMenuListener fill) {
        return contextMenu(getSite().getId(), viewer.getControl(), viewer, fill);
    }

    /** As {@link #contextMenu(StructuredViewer, IMenuListener)} for another control, under the menu id {@code menuId}. */
    protected final MenuManager contextMenu(String menuId, Control control, ISelectionProvider provider, IMenuListener fill) {
        MenuManager menu = new MenuManager("#PopupMenu", menuId);
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            fill.menuAboutToShow(m);
            m.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        });
        control.setMenu(menu.createContextMenu(control));
        getSite().registerContextMenu(menuId, menu, provider);
        return menu;
    }

    /** The Refresh action (F5, and the view's handler of the workbench's Refresh) running {@link #refresh()}. */
    protected final Action refreshAction(String toolTip) {
        Action refresh = new Action("&Refresh", ResourceLocator.imageDescriptorFromBundle(HighNeedsUi.PLUGIN_ID,
                "icons/refresh.png").orElse(null)) {
            @Override
            public void run() {
                refresh();
            }
        };
        refresh.setToolTipText(toolTip);
        refresh.setActionDefinitionId(ActionFactory.REFRESH.getCommandId());
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REFRESH.getId(), refresh);
        return refresh;
    }

    /** The Copy as TSV action over {@code viewer}, also the view's handler of the workbench's Copy (Ctrl+C). */
    protected final CopyTsvAction copyAction(TableViewer viewer) {
        CopyTsvAction copy = new CopyTsvAction(viewer);
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        return copy;
    }

    @Override
    public void dispose() {
        disposed = true;
        if (unsubscribe != null) {
            unsubscribe.run();
        }
        loads.cancel();
        computes.cancel();
        super.dispose();
    }

    /** One kind of job: the newest run is the only one whose result may be shown. Used on the UI thread only. */
    private final class Lane {

        private Job current;
        private long generation;

        <T> Job schedule(String name, Work<T> work, Consumer<? super T> show) {
            cancel();
            long mine = ++generation;
            setContentDescription(name + "...");
            Job job = new Job(name) {
                @Override
                protected IStatus run(IProgressMonitor monitor) {
                    try {
                        T result = work.run(monitor);
                        if (monitor.isCanceled()) {
                            return Status.CANCEL_STATUS;
                        }
                        asyncUpdate(() -> {
                            if (mine == generation) {
                                problemLine.clear();
                                setContentDescription("");
                                show.accept(result);
                            }
                        });
                        return Status.OK_STATUS;
                    } catch (OperationCanceledException e) {
                        return Status.CANCEL_STATUS;
                    } catch (Exception e) {
                        if (e instanceof RuntimeException) {
                            ILog.of(AnalysisView.class).error(name + " failed", e);
                        }
                        String message = e.getMessage() == null ? e.toString() : e.getMessage();
                        asyncUpdate(() -> {
                            if (mine == generation) {
                                setContentDescription("");
                                showProblem(message);
                            }
                        });
                        return Status.OK_STATUS;
                    }
                }
            };
            current = job;
            lastJob = job;
            IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
            if (progress != null) {
                progress.schedule(job, 0, true);
            } else {
                job.schedule();
            }
            return job;
        }

        void cancel() {
            if (current != null) {
                current.cancel();
            }
        }
    }
}
