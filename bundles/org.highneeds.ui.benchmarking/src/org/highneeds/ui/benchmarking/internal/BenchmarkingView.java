package org.highneeds.ui.benchmarking.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.highneeds.analysis.AnalysisException;
import org.highneeds.analysis.BenchmarkEngine;
import org.highneeds.analysis.BenchmarkExport;
import org.highneeds.analysis.BenchmarkRequest;
import org.highneeds.analysis.BenchmarkTable;
import org.highneeds.analysis.ComparatorGroup;
import org.highneeds.analysis.IndicatorDefinition;
import org.highneeds.analysis.IndicatorResult;
import org.highneeds.analysis.LaInfo;
import org.highneeds.ui.parts.FileJob;
import org.highneeds.ui.parts.GroupChoice;
import org.highneeds.ui.parts.GroupPicker;
import org.highneeds.ui.parts.LaChooser;
import org.highneeds.ui.parts.Styles;
import org.jfree.chart.JFreeChart;

/**
 * Benchmarks one LA on one indicator over a span of years against a comparator group: a table of the LA, each
 * comparator, the group mean and England, a time-series chart and a ranking of all LAs. Computation runs in a job.
 */
public final class BenchmarkingView extends EngineView {

    /** Id of the view. */
    public static final String ID = "org.highneeds.ui.benchmarking.views.benchmarking";

    private static final int SPAN_YEARS = 4;

    /** The width the choices want (the indicator list, both spinners on one line); they scroll when shorter. */
    private static final int CHOICES_WIDTH = 300;

    private TreeViewer indicators;
    private Text definition;
    private Spinner from;
    private Spinner to;
    private Text customCodes;
    private Button saveGroup;
    private Button showComparators;
    private BenchmarkResults results;

    private Action newIndicatorAction;
    private Action editIndicatorAction;
    private Action removeIndicatorAction;

    private Map<String, String> names = Map.of();
    private Shown shown;
    /** Set while the view changes its own controls, so that their listeners do not start a computation. */
    private boolean quiet;

    /** What the view shows: the table, the indicator for all LAs, and the LA names. */
    record Shown(BenchmarkTable table, IndicatorResult result, Map<String, String> names) {
    }

    @Override
    protected void createContent(Composite parent) {
        styles = new Styles(parent);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        ScrolledComposite scroller = new ScrolledComposite(sash, SWT.V_SCROLL);
        Composite choices = createChoices(scroller);
        scroller.setContent(choices);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, e -> scroller.setMinSize(choices.computeSize(scroller.getClientArea().width, SWT.DEFAULT)));
        results = new BenchmarkResults(sash, styles, this::createTable, () -> showComparators.getSelection());
        // the choices keep the width they need and the results take the rest, in a narrow view too
        sash.addListener(SWT.Resize, e -> {
            int width = sash.getClientArea().width;
            int left = Math.min(Math.max(CHOICES_WIDTH, width / 5), width / 2);
            if (width > 0) {
                sash.setWeights(left, width - left);
            }
        });
        makeActions("Re-read the data and recompute (F5)",
                "Export the table with the indicator's definition to an Excel workbook (Ctrl+E)",
                () -> shown.table().indicator().id() + "-" + shown.table().subject().laCode() + ".xlsx", this::exportJob);
        makeIndicatorActions();
        results.makeChartAction(getViewSite());
        enableExports(false);
        loadEngine();
    }

    private Composite createChoices(Composite parent) {
        Composite choices = new Composite(parent, SWT.NONE);
        choices.setLayout(new GridLayout(2, false));
        label(choices, "Local authority:", 2);
        la = new LaChooser(choices);
        la.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        la.onChoose(x -> compute(shown == null));

        // what one changes most comes first, in sight in a short view; the indicator list takes the height left
        label(choices, "Compare with:", 2);
        Combo groupChoice = new Combo(choices, SWT.READ_ONLY | SWT.DROP_DOWN);
        groupChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        groups = new GroupPicker(groupChoice, true);
        customCodes = new Text(choices, SWT.BORDER);
        customCodes.setMessage("e.g. 301, 303, 304");
        customCodes.setToolTipText("The LA codes of the custom group, separated by commas (Enter computes)");
        customCodes.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        saveGroup = new Button(choices, SWT.PUSH);
        saveGroup.setText("Save as group...");
        saveGroup.setToolTipText("Save these LA codes as a comparator group in a local area of the workspace");
        saveGroup.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        saveGroup.addListener(SWT.Selection, e -> saveAsGroup());
        enableCustom();
        groupChoice.addListener(SWT.Selection, e -> {
            enableCustom();
            if (groups.choice() != GroupChoice.CUSTOM || !customCodes.getText().isBlank()) {
                compute(shown == null);
            }
        });
        customCodes.addListener(SWT.DefaultSelection, e -> compute(shown == null));

        // one line "From [2019] to [2022]": two spinners side by side need more width than half the column gives
        Composite span = new Composite(choices, SWT.NONE);
        GridLayout spanLayout = new GridLayout(4, false);
        spanLayout.marginWidth = 0;
        span.setLayout(spanLayout);
        span.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(span, SWT.NONE).setText("From:");
        from = spinner(span, "First period of the span (limited to the periods the data has)");
        new Label(span, SWT.NONE).setText("to:");
        to = spinner(span, "Last period of the span (limited to the periods the data has)");

        label(choices, "Indicator:", 2);
        indicators = new TreeViewer(choices, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
        GridData tree = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tree.heightHint = 150;
        tree.widthHint = 240;
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
                return element instanceof IndicatorDefinition d ? IndicatorTree.describe(d) : null;
            }
        });
        ColumnViewerToolTipSupport.enableFor(indicators, ToolTip.NO_RECREATE);
        indicators.addSelectionChangedListener(e -> {
            IndicatorDefinition d = selectedIndicator();
            definition.setText(d == null ? "" : IndicatorTree.describe(d));
            editIndicatorAction.setEnabled(d != null && IndicatorDefinition.USER_DEFINED.equals(d.origin()));
            removeIndicatorAction.setEnabled(editIndicatorAction.isEnabled());
            if (d != null && !quiet) {
                compute(true);
            }
        });

        definition = new Text(choices, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        GridData def = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        def.heightHint = definition.getLineHeight() * 6;
        def.widthHint = 240;
        definition.setLayoutData(def);
        definition.setBackground(choices.getBackground());

        showComparators = new Button(choices, SWT.CHECK);
        showComparators.setText("Show comparators in the chart");
        showComparators.setToolTipText("Draw a line for each comparator in the time series");
        showComparators.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        showComparators.addListener(SWT.Selection, e -> showCharts());

        computeButton(choices).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return choices;
    }

    private Spinner spinner(Composite parent, String tip) {
        Spinner s = new Spinner(parent, SWT.BORDER);
        s.setValues(2019, 2000, 2100, 0, 1, 5);
        s.setToolTipText(tip);
        s.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        s.addListener(SWT.Modify, e -> {
            if (!quiet) {
                compute(false);
            }
        });
        return s;
    }

    private void makeIndicatorActions() {
        newIndicatorAction = indicatorAction("&New Indicator...", d -> IndicatorDialog.openFor(getSite().getShell(), null));
        editIndicatorAction = indicatorAction("&Edit Indicator...", d -> IndicatorDialog.openFor(getSite().getShell(), d));
        removeIndicatorAction = indicatorAction("&Remove Indicator", d -> IndicatorDialog.remove(getSite().getShell(), d));
        newIndicatorAction.setEnabled(true);
        contextMenu(ID + ".indicators", indicators.getControl(), indicators, menu -> {
            menu.add(newIndicatorAction);
            menu.add(editIndicatorAction);
            menu.add(removeIndicatorAction);
        });
    }

    /** An action on the selected indicator (or none, for New), run when enabled. */
    private Action indicatorAction(String label, Consumer<IndicatorDefinition> run) {
        Action action = new Action(label) {
            @Override
            public void run() {
                if (isEnabled()) {
                    run.accept(selectedIndicator());
                }
            }
        };
        action.setEnabled(false);
        return action;
    }

    @Override
    void loaded(Loaded l) {
        Map<String, String> n = new LinkedHashMap<>();
        l.las().forEach(x -> n.put(x.laCode(), x.name()));
        names = Map.copyOf(n);
        indicators.setInput(l.indicators());
        indicators.expandAll();
        if (selectedIndicator() == null && !l.indicators().isEmpty()) {
            // selecting computes, on my LA when it is set
            indicators.setSelection(new StructuredSelection(l.indicators().get(0)), true);
        }
        subject();
    }

    @Override
    void recompute() {
        reloadIndicators();
        if (shown != null) {
            compute(false);
        }
    }

    private void reloadIndicators() {
        IndicatorDefinition selected = selectedIndicator();
        quiet = true;
        try {
            indicators.setInput(engine().registry().all());
            indicators.expandAll();
            if (selected != null) {
                engine().registry().find(selected.id()).ifPresent(d -> indicators.setSelection(new StructuredSelection(d), true));
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
        choose(laCode);
        groups.select(group);
        enableCustom();
        customCodes.setText(custom == null ? "" : custom);
        showIndicator(indicatorId, fromYear, toYear);
    }

    /** As {@link #show(String, String, int, int, GroupChoice, String)} against a group saved in a local area. */
    public void showSaved(String laCode, String indicatorId, int fromYear, int toYear, String savedGroupLabel) {
        choose(laCode);
        groups.select(savedGroupLabel);
        enableCustom();
        showIndicator(indicatorId, fromYear, toYear);
    }

    private void showIndicator(String indicatorId, int fromYear, int toYear) {
        IndicatorDefinition d = engine().registry().find(indicatorId).orElseThrow();
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
    @Override
    public void refresh() {
        super.refresh();
        enableCustom();
        if (ready() && shown == null) {
            compute(true);
        }
    }

    private void enableCustom() {
        customCodes.setEnabled(groups.choice() == GroupChoice.CUSTOM);
        saveGroup.setEnabled(groups.choice() == GroupChoice.CUSTOM);
    }

    private void compute(boolean defaultSpan) {
        LaInfo subject = subject();
        IndicatorDefinition indicator = selectedIndicator();
        if (engine() == null || subject == null || indicator == null) {
            return;
        }
        GroupPicker.Picked choice = groups.picked();
        String custom = customCodes.getText();
        Integer fromYear = defaultSpan ? null : from.getSelection();
        Integer toYear = defaultSpan ? null : to.getSelection();
        BenchmarkEngine e = engine();
        Map<String, String> n = names;
        compute("Benchmarking " + subject.label() + ": " + indicator.title(), monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, "Benchmarking " + subject.label(), 3);
            progress.subTask("Computing " + indicator.title() + " for all LAs");
            IndicatorResult result = e.compute(indicator);
            checkCancel(progress);
            if (result.years().isEmpty()) {
                throw new AnalysisException("There is no data for " + indicator.title() + " yet: import its source ("
                        + String.join(", ", indicator.sourceDatasets()) + ") with File > Import National Data.");
            }
            int last = result.years().last();
            int first = result.years().first();
            int a = fromYear == null ? Math.max(first, last - SPAN_YEARS + 1) : Math.max(first, Math.min(fromYear, last));
            int b = toYear == null ? last : Math.min(last, Math.max(toYear, first));
            progress.subTask("Finding the comparators");
            ComparatorGroup group = choice.group(e.comparators(), subject.laCode(), custom);
            checkCancel(progress);
            progress.subTask("Benchmarking");
            BenchmarkTable t = e.benchmark(new BenchmarkRequest(subject.laCode(), indicator.id(), Math.min(a, b), Math.max(a, b), group));
            checkCancel(progress);
            return new Shown(t, result, n);
        }, s -> show(s, s.result().years().first(), s.result().years().last()));
    }

    private static void checkCancel(SubMonitor progress) {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        progress.worked(1);
    }

    private void show(Shown s, int firstYear, int lastYear) {
        shown = s;
        BenchmarkTable t = s.table();
        quiet = true;
        try {
            from.setValues(t.years().get(0), firstYear, lastYear, 0, 1, 5);
            to.setValues(t.years().get(t.years().size() - 1), firstYear, lastYear, 0, 1, 5);
        } finally {
            quiet = false;
        }
        results.show(s);
        enableExports(true);
        String lastPeriod = t.period(t.years().get(t.years().size() - 1));
        setContentDescription(t.subject().label() + ", " + t.period(t.years().get(0)) + " to " + lastPeriod + ", "
                + t.group().members().size() + " comparators. Band and rank in " + lastPeriod + ": "
                + Styles.bandMeaning(t.indicator().polarity()) + ".");
    }

    private void enableExports(boolean enabled) {
        exportAction.setEnabled(enabled);
        copyAction.setEnabled(enabled);
        results.enableChartAction(enabled);
    }

    private void showCharts() {
        if (shown != null) {
            results.showCharts(shown);
        }
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
        GroupSaver.Request request = engine() == null ? null
                : GroupSaver.ask(getSite().getShell(), engine().comparators(), customCodes.getText());
        String problem = request == null ? null : saveGroup(request.area(), request.name(), request.members());
        if (problem != null) {
            MessageDialog.openError(getSite().getShell(), GroupSaver.TITLE, problem);
        }
    }

    /**
     * Saves {@code members} as the group {@code name} into {@code area} (through its editor when open) and picks it;
     * returns the problem, or null when saved.
     */
    String saveGroup(org.eclipse.core.resources.IFile area, String name, List<LaInfo> members) {
        try {
            boolean inEditor = GroupSaver.save(area, name, members, null);
            groups.reload();
            if (!inEditor) {
                groups.select(name + " (" + area.getProject().getName() + ")");
                enableCustom();
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

    /** The job writing the shown table to the xlsx file {@code file}. */
    public Job exportJob(Path file) {
        BenchmarkTable t = shown.table();
        return FileJob.writing("Exporting " + t.indicator().title() + " to " + file.getFileName(), file,
                f -> BenchmarkExport.toXlsx(t, f), "Exported " + t.rows().size() + " rows to " + file);
    }

    /** The table shown, or null. */
    public BenchmarkTable shownTable() {
        return shown == null ? null : shown.table();
    }

    /** The time-series chart shown (for tests). */
    JFreeChart timeSeriesChart() {
        return results.chart(0);
    }

    /** The ranking chart shown (for tests). */
    JFreeChart rankingChart() {
        return results.chart(1);
    }

    /** Shows the ranking chart (1) or the time series (0). */
    void showChartTab(int index) {
        results.charts().setSelection(index);
    }

    private static void label(Composite parent, String text, int span) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        l.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
    }
}
