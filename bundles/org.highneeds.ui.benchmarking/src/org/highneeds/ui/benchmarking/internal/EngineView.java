package org.highneeds.ui.benchmarking.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.highneeds.data.WorkspaceDatabaseService;
import org.highneeds.data.Services;
import org.highneeds.analysis.BenchmarkEngine;
import org.highneeds.analysis.IndicatorDefinition;
import org.highneeds.analysis.LaInfo;
import org.highneeds.ui.parts.AnalysisView;
import org.highneeds.ui.parts.CopyTsvAction;
import org.highneeds.ui.parts.ExportXlsxAction;
import org.highneeds.ui.parts.GroupPicker;
import org.highneeds.ui.parts.LaChooser;
import org.highneeds.ui.parts.Styles;

/**
 * The base of the Benchmarking and LA Profile views: the engine with the LAs and indicators loaded in a job, the LA
 * chooser (opening on my LA), the comparator group picker, a table with Copy as TSV and Export to xlsx (Ctrl+E), and
 * the engine's change events.
 */
abstract class EngineView extends AnalysisView {

    /** Id of the export command (Ctrl+E). */
    static final String EXPORT_COMMAND = "org.highneeds.ui.benchmarking.commands.export";

    /** Id of the context in which Ctrl+E exports. */
    static final String CONTEXT = "org.highneeds.ui.benchmarking.context";

    /** The hint when no LA is chosen: my LA, once set, is chosen for the user. */
    static final String CHOOSE_LA = "Choose a local authority (type its code or part of its name). Set your own LA under "
            + "Window > Preferences > High Needs and every view opens on it.";

    Styles styles;
    LaChooser la;
    GroupPicker groups;
    TableViewer table;
    Action refreshAction;
    CopyTsvAction copyAction;
    ExportXlsxAction exportAction;
    private BenchmarkEngine engine;

    /** What a load gives: the engine, all LAs of the code list and the indicators. */
    record Loaded(BenchmarkEngine engine, List<LaInfo> las, List<IndicatorDefinition> indicators) {
    }

    /** Shows what was loaded (the LA chooser is filled and on my LA); usually computes. */
    abstract void loaded(Loaded loaded);

    /** Computes again what is shown, after the data or the indicators changed. */
    abstract void recompute();

    @Override
    protected void dataChanged() {
        if (engine == null) {
            // nothing could be loaded before (e.g. no LA list imported yet): try again
            loadEngine();
        } else {
            recompute();
        }
    }

    /** Forgets cached results and recomputes (F5); loads again when that failed before. */
    @Override
    public void refresh() {
        groups.reload();
        if (engine == null) {
            loadEngine();
        } else {
            // the engine drops its cache on the change event, and every view recomputes
            Services.get(WorkspaceDatabaseService.class).fireChanged();
        }
    }

    /** Loads the engine, the LAs and the indicators in a job, then {@link #loaded(Loaded)}. */
    final void loadEngine() {
        load("Loading LAs and indicators", monitor -> {
            BenchmarkEngine e = Services.get(BenchmarkEngine.class);
            return new Loaded(e, e.comparators().allLas(), e.registry().all());
        }, l -> {
            engine = l.engine();
            la.setLas(l.las());
            loaded(l);
        });
    }

    /** The engine, or null before it is loaded. */
    final BenchmarkEngine engine() {
        return engine;
    }

    /** True once the LAs and indicators are loaded (for tests). */
    final boolean ready() {
        return engine != null;
    }

    /** The LA chosen; null (after saying so in the problem line) when there is none yet. */
    final LaInfo subject() {
        LaInfo subject = la.chosen();
        if (subject == null && engine != null) {
            showHint(CHOOSE_LA);
        }
        return subject;
    }

    /** Shows {@code laCode} as chosen, without computing. */
    final void choose(String laCode) {
        if (!la.select(laCode)) {
            throw new IllegalArgumentException("LA " + laCode + " is not offered");
        }
    }

    /** Makes the view's table (multi-selection, with tooltips) in {@code parent}. */
    final TableViewer createTable(Composite parent) {
        table = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(table, ToolTip.NO_RECREATE);
        return table;
    }

    /** The "Compute (F5)" button. */
    final Button computeButton(Composite parent) {
        Button compute = new Button(parent, SWT.PUSH);
        compute.setText("Compute (F5)");
        compute.addListener(SWT.Selection, e -> refresh());
        return compute;
    }

    /**
     * Refresh, Copy as TSV and Export to xlsx ({@code export} makes the job writing the file) on the toolbar and in the
     * table's context menu, the table as the site's selection, and Ctrl+E: the view's context outranks the workbench's
     * Ctrl+E (switch editor).
     */
    final void makeActions(String refreshTip, String exportTip, Supplier<String> fileName, Function<Path, Job> export) {
        refreshAction = refreshAction(refreshTip);
        copyAction = copyAction(table);
        exportAction = new ExportXlsxAction(getSite(), "Export to xlsx", fileName, export);
        exportAction.setToolTipText(exportTip);
        exportAction.setActionDefinitionId(EXPORT_COMMAND);
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(refreshAction);
        toolbar.add(exportAction);
        contextMenu(table, menu -> {
            menu.add(copyAction);
            menu.add(exportAction);
            menu.add(new Separator());
            menu.add(refreshAction);
        });
        provideSelection(table);
        getSite().getService(IContextService.class).activateContext(CONTEXT);
        getSite().getService(IHandlerService.class).activateHandler(EXPORT_COMMAND, new ActionHandler(exportAction));
    }

    /** The table as tab-separated text: the selected rows, or all rows when none is selected. */
    final String tsv() {
        return CopyTsvAction.tsv(table.getTable());
    }

    /** The viewer of the table (for tests). */
    final TableViewer viewer() {
        return table;
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}
