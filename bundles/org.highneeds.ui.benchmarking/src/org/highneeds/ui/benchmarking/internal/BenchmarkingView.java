package org.highneeds.ui.benchmarking.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.highneeds.analysis.AnalysisException;
import org.highneeds.analysis.BenchmarkEngine;
import org.highneeds.analysis.BenchmarkExport;
import org.highneeds.analysis.BenchmarkFormat;
import org.highneeds.analysis.BenchmarkRequest;
import org.highneeds.analysis.BenchmarkRow;
import org.highneeds.analysis.BenchmarkTable;
import org.highneeds.analysis.ComparatorGroup;
import org.highneeds.model.ComparatorKind;
import org.highneeds.analysis.IndicatorDefinition;
import org.highneeds.analysis.IndicatorResult;
import org.highneeds.analysis.IndicatorValue;
import org.highneeds.analysis.LaInfo;
import org.highneeds.model.Polarities;
import org.highneeds.model.edit.ModelLabels;
import org.highneeds.ui.benchmarking.BenchmarkingUi;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;

/**
 * Benchmarks one LA on one indicator over a span of years against a comparator group: a table of the LA, each
 * comparator, the group mean and England, a time-series chart and a ranking of all LAs. Computation runs in a job.
 */
public final class BenchmarkingView extends ViewPart {

    /** Id of the view. */
    public static final String ID = "org.highneeds.ui.benchmarking.views.benchmarking";

    /** Id of the export command (Ctrl+E). */
    static final String EXPORT_COMMAND = "org.highneeds.ui.benchmarking.commands.export";

    /** Id of the context in which Ctrl+E exports. */
    static final String CONTEXT = "org.highneeds.ui.benchmarking.context";

    private static final int SPAN_YEARS = 4;

    private Styles styles;
    private LaChooser la;
    private TreeViewer indicators;
    private Text definition;
    private Spinner from;
    private Spinner to;
    private Combo groupChoice;
    private GroupPicker groups;
    private Text customCodes;
    private Button saveGroup;
    private Button showComparators;
    private Label heading;
    private TableViewer table;
    private Text notes;
    private CTabFolder charts;
    private ChartComposite timeSeries;
    private ChartComposite ranking;

    private Action refreshAction;
    private Action exportAction;
    private Action chartAction;
    private Action copyAction;
    private Action newIndicatorAction;
    private Action editIndicatorAction;
    private Action removeIndicatorAction;

    private BenchmarkEngine engine;
    private Map<String, String> names = Map.of();
    private Shown shown;
    private Job job;
    /** Set while the view changes its own controls, so that their listeners do not start a computation. */
    private boolean quiet;
    /** After an import, F5 or a change to the indicators: list the indicators again and recompute what is shown. */
    private final Runnable dataListener = () -> Display.getDefault().asyncExec(() -> {
        if (engine == null) {
            // nothing could be loaded before (e.g. no LA list imported yet): try again
            if (!table.getControl().isDisposed()) {
                load();
            }
            return;
        }
        reloadIndicators();
        if (shown != null) {
            compute(false);
        }
    });

    /** What the view shows: the table, the indicator for all LAs, and the LA names. */
    record Shown(BenchmarkTable table, IndicatorResult result, Map<String, String> names) {
    }

    @Override
    public void createPartControl(Composite parent) {
        styles = new Styles(parent);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        createChoices(sash);
        SashForm right = new SashForm(sash, SWT.VERTICAL);
        createTable(right);
        createCharts(right);
        sash.setWeights(21, 79);
        right.setWeights(57, 43);
        makeActions();
        BenchmarkingUi.getDefault().addDataListener(dataListener);
        activateKeys();
        setContentDescription("Loading the LAs and indicators...");
        load();
    }

    private void createChoices(Composite parent) {
        Composite choices = new Composite(parent, SWT.NONE);
        choices.setLayout(new GridLayout(2, false));
        label(choices, "Local authority:", 2);
        la = new LaChooser(choices);
        la.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        la.onChoose(x -> compute(shown == null));

        label(choices, "Indicator:", 2);
        indicators = new TreeViewer(choices, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
        GridData tree = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tree.heightHint = 220;
        tree.widthHint = 260;
        indicators.getControl().setLayoutData(tree);
        indicators.setContentProvider(new IndicatorTree());
        indicators.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof IndicatorDefinition d ? d.title() : (String) element;
            }

            @Override
            public Font getFont(Object element) {
                return element instanceof String ? styles.bold : null;
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof IndicatorDefinition d ? describe(d) : null;
            }
        });
        ColumnViewerToolTipSupport.enableFor(indicators, ToolTip.NO_RECREATE);
        indicators.addSelectionChangedListener(e -> {
            IndicatorDefinition d = selectedIndicator();
            definition.setText(d == null ? "" : describe(d));
            editIndicatorAction.setEnabled(d != null && IndicatorDefinition.USER_DEFINED.equals(d.origin()));
            removeIndicatorAction.setEnabled(editIndicatorAction.isEnabled());
            if (d != null && !quiet) {
                compute(true);
            }
        });

        definition = new Text(choices, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        GridData def = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        def.heightHint = 110;
        def.widthHint = 260;
        definition.setLayoutData(def);
        definition.setBackground(choices.getBackground());

        label(choices, "From:", 1);
        label(choices, "To:", 1);
        from = new Spinner(choices, SWT.BORDER);
        to = new Spinner(choices, SWT.BORDER);
        for (Spinner s : new Spinner[] {from, to}) {
            s.setValues(2019, 2000, 2100, 0, 1, 5);
            s.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            s.addListener(SWT.Modify, e -> {
                if (!quiet) {
                    compute(false);
                }
            });
        }
        from.setToolTipText("First period of the span (limited to the periods the data has)");
        to.setToolTipText("Last period of the span (limited to the periods the data has)");

        label(choices, "Compare with:", 2);
        groupChoice = new Combo(choices, SWT.READ_ONLY | SWT.DROP_DOWN);
        groupChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        groups = new GroupPicker(groupChoice, true);
        customCodes = new Text(choices, SWT.BORDER);
        customCodes.setMessage("e.g. 301, 303, 304");
        customCodes.setToolTipText("The LA codes of the custom group, separated by commas (Enter computes)");
        customCodes.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        customCodes.setEnabled(false);
        saveGroup = new Button(choices, SWT.PUSH);
        saveGroup.setText("Save as group...");
        saveGroup.setToolTipText("Save these LA codes as a comparator group in a local area of the workspace");
        saveGroup.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        saveGroup.setEnabled(false);
        saveGroup.addListener(SWT.Selection, e -> saveAsGroup());
        groupChoice.addListener(SWT.Selection, e -> {
            customCodes.setEnabled(choice() == GroupChoice.CUSTOM);
            saveGroup.setEnabled(choice() == GroupChoice.CUSTOM);
            if (choice() != GroupChoice.CUSTOM || !customCodes.getText().isBlank()) {
                compute(shown == null);
            }
        });
        customCodes.addListener(SWT.DefaultSelection, e -> compute(shown == null));

        showComparators = new Button(choices, SWT.CHECK);
        showComparators.setText("Show comparators in the chart");
        showComparators.setToolTipText("Draw a line for each comparator in the time series");
        showComparators.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        showComparators.addListener(SWT.Selection, e -> showCharts());

        Button compute = new Button(choices, SWT.PUSH);
        compute.setText("Compute (F5)");
        compute.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        compute.addListener(SWT.Selection, e -> refresh());
    }

    private void createTable(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        holder.setLayout(layout);
        heading = new Label(holder, SWT.WRAP);
        heading.setFont(styles.heading);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(table, ToolTip.NO_RECREATE);
        notes = new Text(holder, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        GridData n = new GridData(SWT.FILL, SWT.CENTER, true, false);
        n.heightHint = notes.getLineHeight() * 3 + 6;
        notes.setLayoutData(n);
        notes.setBackground(holder.getBackground());
    }

    private void createCharts(Composite parent) {
        charts = new CTabFolder(parent, SWT.BORDER | SWT.BOTTOM);
        CTabItem series = new CTabItem(charts, SWT.NONE);
        series.setText("Time series");
        timeSeries = chartComposite(charts);
        series.setControl(timeSeries);
        CTabItem ranked = new CTabItem(charts, SWT.NONE);
        ranked.setText("Ranking of all LAs");
        ranking = chartComposite(charts);
        ranked.setControl(ranking);
        charts.setSelection(0);
    }

    private static ChartComposite chartComposite(Composite parent) {
        // drawn at the real size up to 4000 x 3000 (the bridge's default scales anything above 800 x 600, blurring text);
        // its own Save/Print/Properties menus are left out: they need the JFreeChart 1.0 API
        return new ChartComposite(parent, SWT.NONE, null, 680, 420, 200, 150, 4000, 3000, true, false, false, false, true, true);
    }

    private void makeActions() {
        refreshAction = new Action("&Recompute", BenchmarkingUi.icon("icons/refresh.png")) {
            @Override
            public void run() {
                refresh();
            }
        };
        refreshAction.setToolTipText("Re-read the data and recompute (F5)");
        refreshAction.setActionDefinitionId(ActionFactory.REFRESH.getCommandId());
        exportAction = new Action("&Export to xlsx...", BenchmarkingUi.icon("icons/export_xlsx.png")) {
            @Override
            public void run() {
                exportXlsx();
            }
        };
        exportAction.setToolTipText("Export the table with the indicator's definition to an Excel workbook (Ctrl+E)");
        exportAction.setActionDefinitionId(EXPORT_COMMAND);
        chartAction = new Action("Save &Chart as PNG or SVG...", BenchmarkingUi.icon("icons/export_chart.png")) {
            @Override
            public void run() {
                exportChart();
            }
        };
        chartAction.setToolTipText("Save the chart shown below as a PNG image or an SVG drawing");
        copyAction = new Action("&Copy as TSV") {
            @Override
            public void run() {
                copy();
            }
        };
        copyAction.setToolTipText("Copy the table (or the selected rows) as tab-separated text, for Excel");
        copyAction.setActionDefinitionId(ActionFactory.COPY.getCommandId());
        newIndicatorAction = new Action("&New Indicator...") {
            @Override
            public void run() {
                IndicatorDialog.openFor(getSite().getShell(), null);
            }
        };
        editIndicatorAction = new Action("&Edit Indicator...") {
            @Override
            public void run() {
                IndicatorDefinition d = selectedIndicator();
                if (d != null) {
                    IndicatorDialog.openFor(getSite().getShell(), d);
                }
            }
        };
        editIndicatorAction.setEnabled(false);
        removeIndicatorAction = new Action("&Remove Indicator") {
            @Override
            public void run() {
                IndicatorDefinition d = selectedIndicator();
                if (d != null) {
                    IndicatorDialog.remove(getSite().getShell(), d);
                }
            }
        };
        removeIndicatorAction.setEnabled(false);
        for (Action a : new Action[] {exportAction, chartAction, copyAction}) {
            a.setEnabled(false);
        }

        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REFRESH.getId(), refreshAction);
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), copyAction);
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(refreshAction);
        toolbar.add(exportAction);
        toolbar.add(chartAction);

        MenuManager tableMenu = new MenuManager();
        tableMenu.add(copyAction);
        tableMenu.add(exportAction);
        tableMenu.add(new Separator());
        tableMenu.add(refreshAction);
        table.getControl().setMenu(tableMenu.createContextMenu(table.getControl()));

        MenuManager treeMenu = new MenuManager();
        treeMenu.add(newIndicatorAction);
        treeMenu.add(editIndicatorAction);
        treeMenu.add(removeIndicatorAction);
        indicators.getControl().setMenu(treeMenu.createContextMenu(indicators.getControl()));

        MenuManager chartMenu = new MenuManager();
        chartMenu.add(chartAction);
        timeSeries.setMenu(chartMenu.createContextMenu(timeSeries));
        MenuManager rankingMenu = new MenuManager();
        rankingMenu.add(chartAction);
        ranking.setMenu(rankingMenu.createContextMenu(ranking));
    }

    /** Ctrl+E exports here: the view's own context outranks the workbench's Ctrl+E (switch editor). */
    private void activateKeys() {
        IContextService contexts = getSite().getService(IContextService.class);
        contexts.activateContext(CONTEXT);
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        handlers.activateHandler(EXPORT_COMMAND, new org.eclipse.jface.commands.ActionHandler(exportAction));
    }

    /** Loads the LAs and the indicators in a job, then computes the default benchmark. */
    private void load() {
        Job loading = Job.create("Loading LAs and indicators", (IProgressMonitor monitor) -> {
            try {
                BenchmarkEngine e = BenchmarkingUi.getDefault().engine();
                List<LaInfo> all = e.comparators().allLas();
                List<IndicatorDefinition> defs = e.registry().all();
                Display.getDefault().asyncExec(() -> loaded(e, all, defs));
                return Status.OK_STATUS;
            } catch (AnalysisException ex) {
                Display.getDefault().asyncExec(() -> problem(ex.getMessage()));
                return Status.OK_STATUS;
            }
        });
        job = loading;
        loading.schedule();
    }

    private void loaded(BenchmarkEngine e, List<LaInfo> all, List<IndicatorDefinition> defs) {
        if (table.getControl().isDisposed()) {
            return;
        }
        engine = e;
        Map<String, String> n = new LinkedHashMap<>();
        all.forEach(x -> n.put(x.laCode(), x.name()));
        names = Map.copyOf(n);
        la.setLas(all);
        indicators.setInput(defs);
        indicators.expandAll();
        setContentDescription("Choose an LA and an indicator.");
        if (la.chosen() == null && !all.isEmpty()) {
            la.select(all.stream().filter(LaInfo::current).findFirst().orElse(all.get(0)).laCode());
        }
        if (selectedIndicator() == null && !defs.isEmpty()) {
            indicators.setSelection(new StructuredSelection(defs.get(0)), true);
        }
    }

    private void reloadIndicators() {
        if (engine == null || indicators.getControl().isDisposed()) {
            return;
        }
        IndicatorDefinition selected = selectedIndicator();
        quiet = true;
        try {
            indicators.setInput(engine.registry().all());
            indicators.expandAll();
            if (selected != null) {
                engine.registry().find(selected.id()).ifPresent(d -> indicators.setSelection(new StructuredSelection(d), true));
            }
        } finally {
            quiet = false;
        }
    }

    /**
     * Shows the benchmark of {@code laCode} on {@code indicatorId} from {@code fromYear} to {@code toYear} against
     * {@code group} ({@code custom} is the list for a custom group) and starts computing it; see {@link #job()}.
     */
    public void show(String laCode, String indicatorId, int fromYear, int toYear, GroupChoice group, String custom) {
        if (!la.select(laCode)) {
            throw new IllegalArgumentException("LA " + laCode + " is not offered");
        }
        groups.select(group);
        customCodes.setEnabled(group == GroupChoice.CUSTOM);
        saveGroup.setEnabled(group == GroupChoice.CUSTOM);
        customCodes.setText(custom == null ? "" : custom);
        showIndicator(indicatorId, fromYear, toYear);
    }

    /** As {@link #show(String, String, int, int, GroupChoice, String)} against a group saved in a local area. */
    public void showSaved(String laCode, String indicatorId, int fromYear, int toYear, String savedGroupLabel) {
        if (!la.select(laCode)) {
            throw new IllegalArgumentException("LA " + laCode + " is not offered");
        }
        groups.select(savedGroupLabel);
        customCodes.setEnabled(false);
        saveGroup.setEnabled(false);
        showIndicator(indicatorId, fromYear, toYear);
    }

    private void showIndicator(String indicatorId, int fromYear, int toYear) {
        IndicatorDefinition d = engine.registry().find(indicatorId).orElseThrow();
        quiet = true;
        try {
            indicators.setSelection(new StructuredSelection(d), true);
            from.setValues(fromYear, Math.min(from.getMinimum(), fromYear), Math.max(from.getMaximum(), fromYear), 0, 1, 5);
            to.setValues(toYear, Math.min(to.getMinimum(), toYear), Math.max(to.getMaximum(), toYear), 0, 1, 5);
        } finally {
            quiet = false;
        }
        compute(false);
    }

    /** Forgets cached results (data may have changed), reloads the indicators and recomputes (F5). */
    public void refresh() {
        groups.reload();
        customCodes.setEnabled(choice() == GroupChoice.CUSTOM);
        saveGroup.setEnabled(choice() == GroupChoice.CUSTOM);
        if (engine == null) {
            load();
            return;
        }
        if (shown == null) {
            compute(true);
        }
        BenchmarkingUi.getDefault().dataChanged();
    }

    private void compute(boolean defaultSpan) {
        LaInfo subject = la.chosen();
        IndicatorDefinition indicator = selectedIndicator();
        if (engine == null || subject == null || indicator == null) {
            return;
        }
        GroupPicker.Picked choice = groups.picked();
        String custom = customCodes.getText();
        Integer fromYear = defaultSpan ? null : from.getSelection();
        Integer toYear = defaultSpan ? null : to.getSelection();
        if (job != null) {
            job.cancel();
        }
        BenchmarkEngine e = engine;
        Map<String, String> n = names;
        Job computing = new Job("Benchmarking " + subject.label() + ": " + indicator.title()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(monitor, getName(), 3);
                try {
                    progress.subTask("Computing " + indicator.title() + " for all LAs");
                    IndicatorResult result = e.compute(indicator);
                    checkCancel(progress, 1);
                    if (result.years().isEmpty()) {
                        throw new AnalysisException("There is no data for " + indicator.title()
                                + " yet: import its source (" + String.join(", ", indicator.sourceDatasets()) + ").");
                    }
                    int last = result.years().last();
                    int first = result.years().first();
                    int a = fromYear == null ? Math.max(first, last - SPAN_YEARS + 1) : Math.max(first, Math.min(fromYear, last));
                    int b = toYear == null ? last : Math.min(last, Math.max(toYear, first));
                    if (a > b) {
                        int t = a;
                        a = b;
                        b = t;
                    }
                    progress.subTask("Finding the comparators");
                    ComparatorGroup group = choice.group(e.comparators(), subject.laCode(), custom);
                    checkCancel(progress, 1);
                    progress.subTask("Benchmarking");
                    BenchmarkTable t = e.benchmark(new BenchmarkRequest(subject.laCode(), indicator.id(), a, b, group));
                    checkCancel(progress, 1);
                    Shown s = new Shown(t, result, n);
                    Display.getDefault().asyncExec(() -> show(s, first, last));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException ex) {
                    return Status.CANCEL_STATUS;
                } catch (AnalysisException | RuntimeException ex) {
                    String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
                    Display.getDefault().asyncExec(() -> problem(message));
                    return Status.OK_STATUS;
                }
            }
        };
        computing.setUser(false);
        job = computing;
        setContentDescription("Computing " + indicator.title() + " for " + subject.label() + "...");
        computing.schedule();
    }

    private static void checkCancel(SubMonitor progress, int work) {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        progress.worked(work);
    }

    private void show(Shown s, int firstYear, int lastYear) {
        if (table.getControl().isDisposed()) {
            return;
        }
        shown = s;
        BenchmarkTable t = s.table();
        quiet = true;
        try {
            from.setValues(t.years().get(0), firstYear, lastYear, 0, 1, 5);
            to.setValues(t.years().get(t.years().size() - 1), firstYear, lastYear, 0, 1, 5);
        } finally {
            quiet = false;
        }
        heading.setText(t.indicator().titleWithUnit() + ": " + t.subject().label() + " and " + t.group().name());
        rebuildColumns(t);
        table.setInput(t.rows());
        packColumns();
        notes.setText(String.join("\n", notesOf(t)));
        fitNotes();
        showCharts();
        heading.getParent().layout(true, true);
        for (Action a : new Action[] {exportAction, chartAction, copyAction}) {
            a.setEnabled(true);
        }
        setContentDescription(t.subject().label() + ", " + t.period(t.years().get(0)) + " to "
                + t.period(t.years().get(t.years().size() - 1)) + ", " + t.group().members().size() + " comparators. Band and rank in "
                + t.period(t.years().get(t.years().size() - 1)) + ": " + Styles.bandMeaning(t.indicator().polarity()) + ".");
    }

    /** The notes get the height their wrapped text needs, up to three lines (then they scroll): the table comes first. */
    private void fitNotes() {
        int width = notes.getSize().x > 0 ? notes.getSize().x : table.getTable().getSize().x;
        if (width <= 0) {
            return;
        }
        int needed = notes.computeSize(width, SWT.DEFAULT).y;
        ((GridData) notes.getLayoutData()).heightHint = Math.min(needed, notes.getLineHeight() * 3);
    }

    private List<String> notesOf(BenchmarkTable t) {
        List<String> lines = new ArrayList<>(t.notes());
        if (lines.isEmpty()) {
            lines.add("Group mean: " + t.indicator().groupMean().description() + ".");
        }
        return lines;
    }

    private void showCharts() {
        if (shown == null) {
            return;
        }
        BenchmarkTable t = shown.table();
        timeSeries.setChart(BenchmarkCharts.timeSeries(t, showComparators.getSelection()));
        int last = t.years().get(t.years().size() - 1);
        ranking.setChart(BenchmarkCharts.ranking(shown.result(), last, t, shown.names()));
        timeSeries.forceRedraw();
        ranking.forceRedraw();
    }

    private void problem(String message) {
        if (table.getControl().isDisposed()) {
            return;
        }
        setContentDescription(message);
        heading.setText(message);
        heading.getParent().layout(true, true);
    }

    private void rebuildColumns(BenchmarkTable t) {
        Table control = table.getTable();
        control.setRedraw(false);
        try {
            for (TableColumn c : control.getColumns()) {
                c.dispose();
            }
            column("Local authority", SWT.LEFT, r -> label(r), r -> r.kind() == BenchmarkRow.Kind.COMPARATOR ? null : r.name(), null);
            if (t.group().kind() == ComparatorKind.STATISTICAL_NEIGHBOURS) {
                column("SN rank", SWT.RIGHT, r -> r.neighbourRank() == null ? "" : r.neighbourRank().toString(),
                        r -> "Statistical neighbour rank (1 = closest)", null);
                column("Proximity", SWT.LEFT, r -> r.proximity() == null ? "" : r.proximity(), r -> null, null);
            }
            for (int i = 0; i < t.years().size(); i++) {
                int index = i;
                column(t.period(t.years().get(i)), SWT.RIGHT,
                        r -> BenchmarkFormat.value(r.cells().get(index).value(), t.indicator().unit()),
                        r -> cellTip(r.cells().get(index)), null);
            }
            String span = t.period(t.years().get(0)) + " to " + t.period(t.years().get(t.years().size() - 1));
            column("Overall change", SWT.RIGHT, r -> BenchmarkFormat.growth(r.overallChange()),
                    r -> "Compound change " + span + " (product of the yearly changes)", null);
            column("Annualised", SWT.RIGHT, r -> BenchmarkFormat.growth(r.annualisedChange()),
                    r -> "Change per year over " + span, null);
            String lastPeriod = t.period(t.years().get(t.years().size() - 1));
            column("Band", SWT.CENTER, r -> BenchmarkFormat.band(r.last().band()),
                    r -> Styles.bandMeaning(t.indicator().polarity()) + " (" + lastPeriod + ")", r -> r.last());
            column("Rank", SWT.RIGHT, r -> BenchmarkFormat.rank(r.last().rank(), r.last().rankedCount()),
                    r -> "Rank among all LAs with a value in " + lastPeriod + ", 1 = "
                            + (Polarities.lowFirst(t.indicator().polarity()) ? "lowest" : "highest"), null);
            column("From group mean", SWT.RIGHT, r -> r.kind() == BenchmarkRow.Kind.GROUP_MEAN ? ""
                    : BenchmarkFormat.difference(r.distanceFromGroupMean(), t.indicator().unit()),
                    r -> "Value minus the group mean in " + lastPeriod, null);
        } finally {
            control.setRedraw(true);
        }
    }

    private static String label(BenchmarkRow r) {
        return switch (r.kind()) {
            case SUBJECT, COMPARATOR -> r.laCode() + " " + r.name();
            case GROUP_MEAN, ENGLAND -> r.name();
        };
    }

    private static String cellTip(IndicatorValue v) {
        if (!v.isPresent()) {
            return v.note().isEmpty() ? "Suppressed or not published" : v.note();
        }
        String change = "Change on the year before: " + BenchmarkFormat.growth(v.change());
        return v.note().isEmpty() ? change : v.note() + "\n" + change;
    }

    private void column(String title, int align, Function<BenchmarkRow, String> text, Function<BenchmarkRow, String> tip,
            Function<BenchmarkRow, IndicatorValue> band) {
        TableViewerColumn c = new TableViewerColumn(table, align);
        c.getColumn().setText(title);
        c.getColumn().setMoveable(true);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((BenchmarkRow) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return tip.apply((BenchmarkRow) element);
            }

            @Override
            public Font getFont(Object element) {
                return ((BenchmarkRow) element).kind() == BenchmarkRow.Kind.SUBJECT ? styles.bold : null;
            }

            @Override
            public Color getBackground(Object element) {
                BenchmarkRow r = (BenchmarkRow) element;
                if (band != null && r.last().band() != null) {
                    return styles.band(r.last().band(), shown.table().indicator().polarity());
                }
                return r.kind() == BenchmarkRow.Kind.GROUP_MEAN || r.kind() == BenchmarkRow.Kind.ENGLAND ? styles.shaded : null;
            }

            @Override
            public Color getForeground(Object element) {
                BenchmarkRow r = (BenchmarkRow) element;
                if (band != null && r.last().band() != null) {
                    return styles.bandText(r.last().band(), shown.table().indicator().polarity());
                }
                return Styles.notANumber(text.apply(r)) ? styles.greyed : null;
            }
        });
    }

    private void packColumns() {
        Table control = table.getTable();
        for (TableColumn c : control.getColumns()) {
            c.pack();
            c.setWidth(Math.max(c.getWidth() + 10, 56));
        }
    }

    /** The built-in choice picked, or null for a saved group. */
    private GroupChoice choice() {
        return groups.choice();
    }

    /** The group drop-down (for tests). */
    GroupPicker groupPicker() {
        return groups;
    }

    /** The typed codes box (for tests). */
    Text customCodes() {
        return customCodes;
    }

    /** Saves the typed LA codes as a comparator group into a local area the user picks. */
    private void saveAsGroup() {
        if (engine == null) return;
        List<org.eclipse.core.resources.IFile> areas = SavedGroups.areas();
        if (areas.isEmpty()) {
            MessageDialog.openInformation(getSite().getShell(), "Save as Comparator Group",
                    "There is no local area in the workspace to save the group into: create one first (File > New Local Area).");
            return;
        }
        List<LaInfo> members;
        try {
            members = SavedGroups.validate(engine.comparators(), SavedGroups.codes(customCodes.getText()));
        } catch (AnalysisException ex) {
            MessageDialog.openError(getSite().getShell(), "Save as Comparator Group", ex.getMessage());
            return;
        }
        SaveGroupDialog dialog = new SaveGroupDialog(getSite().getShell(), areas, members);
        if (dialog.open() != org.eclipse.jface.window.Window.OK) return;
        String problem = saveGroup(dialog.area(), dialog.name(), members);
        if (problem != null) MessageDialog.openError(getSite().getShell(), "Save as Comparator Group", problem);
    }

    /**
     * Saves {@code members} as the group {@code name} into {@code area} (through its editor when open) and picks it;
     * returns the problem, or null when saved.
     */
    String saveGroup(org.eclipse.core.resources.IFile area, String name, List<LaInfo> members) {
        try {
            boolean inEditor = SavedGroups.save(area, name, members, null);
            groups.reload();
            if (!inEditor) {
                groups.select(name + " (" + area.getProject().getName() + ")");
                customCodes.setEnabled(false);
                saveGroup.setEnabled(false);
                compute(false);
            }
            setContentDescription("Saved the comparator group '" + name + "' in " + area.getFullPath().makeRelative()
                    + (inEditor ? " (open in the Local Area Editor: save the area there to keep it)" : ""));
            return null;
        } catch (java.io.IOException | IllegalArgumentException ex) {
            return ex.getMessage();
        }
    }

    private IndicatorDefinition selectedIndicator() {
        Object o = ((IStructuredSelection) indicators.getSelection()).getFirstElement();
        return o instanceof IndicatorDefinition d ? d : null;
    }

    static String describe(IndicatorDefinition d) {
        StringBuilder b = new StringBuilder();
        b.append(d.titleWithUnit()).append(" [").append(d.id()).append("]\n");
        if (!d.note().isEmpty()) {
            b.append(d.note()).append('\n');
        }
        b.append("Polarity: ").append(ModelLabels.literal(d.polarity())).append(". Period: ").append(d.periodKind().label())
                .append(". Group mean: ").append(d.groupMean().description()).append('.');
        if (!d.sourceDatasets().isEmpty()) {
            b.append("\nSources: ").append(String.join(", ", d.sourceDatasets()));
        }
        if (IndicatorDefinition.USER_DEFINED.equals(d.origin())) {
            b.append("\nUser-defined (right-click to edit)");
        }
        return b.toString();
    }

    /** The table as tab-separated text: the selected rows, or all rows when none is selected. */
    String tsv() {
        Table control = table.getTable();
        int[] order = control.getColumnOrder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < order.length; i++) {
            b.append(i == 0 ? "" : "\t").append(control.getColumn(order[i]).getText());
        }
        b.append('\n');
        org.eclipse.swt.widgets.TableItem[] items = control.getSelectionCount() > 0 ? control.getSelection() : control.getItems();
        for (org.eclipse.swt.widgets.TableItem item : items) {
            for (int i = 0; i < order.length; i++) {
                b.append(i == 0 ? "" : "\t").append(item.getText(order[i]));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private void copy() {
        Clipboard clipboard = new Clipboard(table.getControl().getDisplay());
        try {
            clipboard.setContents(new Object[] {tsv()}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
    }

    private void exportXlsx() {
        if (shown == null) {
            return;
        }
        BenchmarkTable t = shown.table();
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Export benchmark to xlsx");
        dialog.setFilterExtensions(new String[] {"*.xlsx"});
        dialog.setFileName(t.indicator().id() + "-" + t.subject().laCode() + ".xlsx");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            Job export = exportJob(Path.of(chosen));
            export.setUser(true);
            export.schedule();
        }
    }

    /** The job writing the shown table to the xlsx file {@code file}. */
    public Job exportJob(Path file) {
        BenchmarkTable t = shown.table();
        return Job.create("Exporting " + t.indicator().title() + " to " + file.getFileName(), (IProgressMonitor m) -> {
            try {
                BenchmarkExport.toXlsx(t, file);
                return Status.info("Exported " + t.rows().size() + " rows to " + file);
            } catch (java.io.IOException | RuntimeException e) {
                return Status.error("Cannot export to " + file + ": " + e.getMessage(), e);
            }
        });
    }

    private void exportChart() {
        if (shown == null) {
            return;
        }
        boolean rankingShown = charts.getSelectionIndex() == 1;
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Save chart");
        dialog.setFilterExtensions(new String[] {"*.png", "*.svg"});
        dialog.setFilterNames(new String[] {"PNG image (*.png)", "SVG drawing (*.svg)"});
        BenchmarkTable t = shown.table();
        dialog.setFileName(t.indicator().id() + "-" + t.subject().laCode() + (rankingShown ? "-ranking" : "-time-series") + ".png");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        if (!file.getFileName().toString().contains(".")) {
            file = Path.of(chosen + (dialog.getFilterIndex() == 1 ? ".svg" : ".png"));
        }
        Job save = chartJob(rankingShown ? ranking.getChart() : timeSeries.getChart(), file);
        save.setUser(true);
        save.schedule();
    }

    /** The job saving {@code chart} as PNG or SVG (by the file's extension) at 1200 x 700. */
    static Job chartJob(JFreeChart chart, Path file) {
        return Job.create("Saving chart to " + file.getFileName(), (IProgressMonitor m) -> {
            try {
                BenchmarkCharts.save(chart, file, 1200, 700);
                return Status.info("Saved the chart to " + file);
            } catch (java.io.IOException | RuntimeException e) {
                return Status.error("Cannot save the chart to " + file + ": " + e.getMessage(), e);
            }
        });
    }

    /** True once the LAs and indicators are loaded (for tests). */
    boolean ready() {
        return engine != null;
    }

    /** The last computation started (for tests: join it). */
    public Job job() {
        return job;
    }

    /** The table shown, or null. */
    public BenchmarkTable shownTable() {
        return shown == null ? null : shown.table();
    }

    /** The viewer of the table (for tests). */
    TableViewer viewer() {
        return table;
    }

    /** The time-series chart shown (for tests). */
    JFreeChart timeSeriesChart() {
        return timeSeries.getChart();
    }

    /** The ranking chart shown (for tests). */
    JFreeChart rankingChart() {
        return ranking.getChart();
    }

    /** Shows the ranking chart (1) or the time series (0). */
    void showChartTab(int index) {
        charts.setSelection(index);
    }

    private static void label(Composite parent, String text, int span) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        l.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        BenchmarkingUi.getDefault().removeDataListener(dataListener);
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }

    /** Categories (in the registry's order) with their indicators below. */
    private static final class IndicatorTree implements ITreeContentProvider {

        private Map<String, List<IndicatorDefinition>> byCategory = Map.of();

        @Override
        public void inputChanged(org.eclipse.jface.viewers.Viewer viewer, Object oldInput, Object newInput) {
            Map<String, List<IndicatorDefinition>> m = new LinkedHashMap<>();
            if (newInput instanceof List<?> list) {
                for (Object o : list) {
                    IndicatorDefinition d = (IndicatorDefinition) o;
                    m.computeIfAbsent(d.category(), k -> new ArrayList<>()).add(d);
                }
            }
            byCategory = m;
        }

        @Override
        public Object[] getElements(Object input) {
            return byCategory.keySet().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof String c ? byCategory.getOrDefault(c, List.of()).toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof IndicatorDefinition d ? d.category() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof String;
        }
    }
}
