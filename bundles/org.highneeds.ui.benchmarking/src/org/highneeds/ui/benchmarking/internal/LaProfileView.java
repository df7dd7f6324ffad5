package org.highneeds.ui.benchmarking.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
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
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.highneeds.analysis.AnalysisException;
import org.highneeds.analysis.BenchmarkEngine;
import org.highneeds.analysis.BenchmarkExport;
import org.highneeds.analysis.BenchmarkFormat;
import org.highneeds.analysis.ComparatorGroup;
import org.highneeds.analysis.IndicatorDefinition;
import org.highneeds.analysis.IndicatorValue;
import org.highneeds.analysis.LaInfo;
import org.highneeds.analysis.LaProfile;
import org.highneeds.analysis.ProfileEntry;
import org.highneeds.model.Polarities;
import org.highneeds.ui.benchmarking.BenchmarkingUi;

/**
 * One LA across all indicators, like a one-page summary: per indicator its latest value, change on the year before,
 * band (a coloured cell), rank, the comparator group's mean and England, grouped by category.
 */
public final class LaProfileView extends ViewPart {

    /** Id of the view. */
    public static final String ID = "org.highneeds.ui.benchmarking.views.profile";

    private Styles styles;
    private LaChooser la;
    private Combo groupChoice;
    private GroupPicker groups;
    private Label heading;
    private Label legend;
    private TableViewer table;
    private Action refreshAction;
    private Action exportAction;
    private Action copyAction;

    private BenchmarkEngine engine;
    private LaProfile shown;
    private Job job;
    /** After an import or F5: load the LAs if that failed before, else recompute. */
    private final Runnable dataListener = () -> Display.getDefault().asyncExec(() -> {
        if (table.getControl().isDisposed()) {
            return;
        }
        if (engine == null) {
            load();
        } else {
            compute();
        }
    });

    /** A category heading row. */
    record Category(String name) {
    }

    @Override
    public void createPartControl(Composite parent) {
        styles = new Styles(parent);
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(5, false));
        new Label(root, SWT.NONE).setText("Local authority:");
        la = new LaChooser(root);
        GridData laData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        laData.widthHint = 260;
        la.control().setLayoutData(laData);
        la.onChoose(x -> compute());
        new Label(root, SWT.NONE).setText("Group means over:");
        groupChoice = new Combo(root, SWT.READ_ONLY);
        groups = new GroupPicker(groupChoice, false);
        groupChoice.addListener(SWT.Selection, e -> compute());
        Button compute = new Button(root, SWT.PUSH);
        compute.setText("Compute (F5)");
        compute.addListener(SWT.Selection, e -> refresh());

        heading = new Label(root, SWT.WRAP);
        heading.setFont(styles.heading);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
        legend = new Label(root, SWT.WRAP);
        legend.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
        legend.setText("Band: the quartile of all LAs the value falls in. Green A to red D where the indicator has a better "
                + "direction (A = best); blue A (highest) to pale D (lowest) where it has none.");

        table = new TableViewer(root, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        table.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(table, ToolTip.NO_RECREATE);
        createColumns();
        table.getTable().addListener(SWT.Resize, e -> fillLastColumn());
        makeActions();
        BenchmarkingUi.getDefault().addDataListener(dataListener);
        getSite().getService(IContextService.class).activateContext(BenchmarkingView.CONTEXT);
        getSite().getService(IHandlerService.class).activateHandler(BenchmarkingView.EXPORT_COMMAND, new ActionHandler(exportAction));
        load();
    }

    private void createColumns() {
        column("Indicator", SWT.LEFT, e -> e.indicator().titleWithUnit(), e -> BenchmarkingView.describe(e.indicator()), false);
        column("Period", SWT.LEFT, e -> e.value() == null ? "" : e.indicator().periodKind().format(e.value().year()), e -> null, false);
        column("Value", SWT.RIGHT, e -> e.problem() != null ? "" : BenchmarkFormat.value(value(e), unit(e)), e -> tip(e), false);
        column("Change on year before", SWT.RIGHT, e -> e.value() == null ? "" : BenchmarkFormat.growth(e.value().change()),
                e -> null, false);
        column("Band", SWT.CENTER, e -> e.value() == null ? "" : BenchmarkFormat.band(e.value().band()),
                e -> Styles.bandMeaning(e.indicator().polarity()), true);
        column("Rank", SWT.RIGHT, e -> e.value() == null ? "" : BenchmarkFormat.rank(e.value().rank(), e.value().rankedCount()),
                e -> "1 = " + (Polarities.lowFirst(e.indicator().polarity()) ? "lowest" : "highest") + " of all LAs with a value", false);
        column("Group mean", SWT.RIGHT, e -> e.problem() != null ? "" : BenchmarkFormat.value(e.groupMean(), unit(e)),
                e -> e.indicator().groupMean().description(), false);
        column("England", SWT.RIGHT, e -> e.problem() != null ? "" : BenchmarkFormat.value(e.england(), unit(e)), e -> null, false);
        column("From group mean", SWT.RIGHT, e -> BenchmarkFormat.difference(e.distanceFromGroupMean(), unit(e)),
                e -> "Value minus the group mean", false);
        column("Note", SWT.LEFT, e -> e.problem() != null ? e.problem() : e.value() == null ? "" : e.value().note(), e -> null, false);
    }

    private static Double value(ProfileEntry e) {
        return e.value() == null ? null : e.value().value();
    }

    private static org.highneeds.analysis.IndicatorUnit unit(ProfileEntry e) {
        return e.indicator().unit();
    }

    private static String tip(ProfileEntry e) {
        IndicatorValue v = e.value();
        if (v == null || v.isPresent()) {
            return v == null || v.note().isEmpty() ? null : v.note();
        }
        return v.note().isEmpty() ? "Suppressed or not published" : v.note();
    }

    private void column(String title, int align, Function<ProfileEntry, String> text, Function<ProfileEntry, String> tip,
            boolean band) {
        TableViewerColumn c = new TableViewerColumn(table, align);
        c.getColumn().setText(title);
        boolean first = table.getTable().getColumnCount() == 1;
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Category cat) {
                    return first ? cat.name() : "";
                }
                return text.apply((ProfileEntry) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof ProfileEntry e ? tip.apply(e) : null;
            }

            @Override
            public Font getFont(Object element) {
                return element instanceof Category ? styles.bold : null;
            }

            @Override
            public Color getBackground(Object element) {
                if (element instanceof Category) {
                    return styles.category;
                }
                ProfileEntry e = (ProfileEntry) element;
                return band && e.value() != null ? styles.band(e.value().band(), e.indicator().polarity()) : null;
            }

            @Override
            public Color getForeground(Object element) {
                if (element instanceof Category) {
                    return null;
                }
                ProfileEntry e = (ProfileEntry) element;
                if (band && e.value() != null && e.value().band() != null) {
                    return styles.bandText(e.value().band(), e.indicator().polarity());
                }
                return e.problem() != null || Styles.notANumber(text.apply(e)) ? styles.greyed : null;
            }
        });
    }

    private void makeActions() {
        refreshAction = new Action("&Recompute", BenchmarkingUi.icon("icons/refresh.png")) {
            @Override
            public void run() {
                refresh();
            }
        };
        refreshAction.setToolTipText("Re-read the data and recompute the profile (F5)");
        refreshAction.setActionDefinitionId(ActionFactory.REFRESH.getCommandId());
        exportAction = new Action("&Export to xlsx...", BenchmarkingUi.icon("icons/export_xlsx.png")) {
            @Override
            public void run() {
                exportXlsx();
            }
        };
        exportAction.setToolTipText("Export the profile with the indicators' definitions to an Excel workbook (Ctrl+E)");
        exportAction.setActionDefinitionId(BenchmarkingView.EXPORT_COMMAND);
        exportAction.setEnabled(false);
        copyAction = new Action("&Copy as TSV") {
            @Override
            public void run() {
                Clipboard clipboard = new Clipboard(table.getControl().getDisplay());
                try {
                    clipboard.setContents(new Object[] {tsv()}, new Transfer[] {TextTransfer.getInstance()});
                } finally {
                    clipboard.dispose();
                }
            }
        };
        copyAction.setActionDefinitionId(ActionFactory.COPY.getCommandId());
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REFRESH.getId(), refreshAction);
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), copyAction);
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(refreshAction);
        toolbar.add(exportAction);
        MenuManager menu = new MenuManager();
        menu.add(copyAction);
        menu.add(exportAction);
        menu.add(refreshAction);
        table.getControl().setMenu(menu.createContextMenu(table.getControl()));
    }

    private void load() {
        setContentDescription("Loading the LAs...");
        Job loading = Job.create("Loading LAs", (IProgressMonitor monitor) -> {
            try {
                BenchmarkEngine e = BenchmarkingUi.getDefault().engine();
                List<LaInfo> all = e.comparators().allLas();
                Display.getDefault().asyncExec(() -> {
                    if (table.getControl().isDisposed()) {
                        return;
                    }
                    engine = e;
                    la.setLas(all);
                    setContentDescription("Choose an LA.");
                });
            } catch (AnalysisException ex) {
                Display.getDefault().asyncExec(() -> problem(ex.getMessage()));
            }
            return Status.OK_STATUS;
        });
        job = loading;
        loading.schedule();
    }

    /** Shows the profile of {@code laCode} with means over {@code group} and starts computing it; see {@link #job()}. */
    public void show(String laCode, GroupChoice group) {
        if (!la.select(laCode)) {
            throw new IllegalArgumentException("LA " + laCode + " is not offered");
        }
        groups.select(group);
        compute();
    }

    /** Shows the profile of {@code laCode} with means over a group saved in a local area. */
    public void showSaved(String laCode, String savedGroupLabel) {
        if (!la.select(laCode)) {
            throw new IllegalArgumentException("LA " + laCode + " is not offered");
        }
        groups.select(savedGroupLabel);
        compute();
    }

    /** Forgets cached results and recomputes (F5). */
    public void refresh() {
        groups.reload();
        if (engine == null) {
            load();
            return;
        }
        BenchmarkingUi.getDefault().dataChanged();
    }

    private void compute() {
        LaInfo subject = la.chosen();
        if (engine == null || subject == null || table.getControl().isDisposed()) {
            return;
        }
        GroupPicker.Picked choice = groups.picked();
        if (job != null) {
            job.cancel();
        }
        BenchmarkEngine e = engine;
        Job computing = Job.create("Profile of " + subject.label(), (IProgressMonitor monitor) -> {
            SubMonitor progress = SubMonitor.convert(monitor, "Profile of " + subject.label(), 10);
            try {
                ComparatorGroup group = choice.group(e.comparators(), subject.laCode(), null);
                LaProfile profile = e.profile(subject.laCode(), group, progress.split(9));
                Display.getDefault().asyncExec(() -> show(profile));
                return Status.OK_STATUS;
            } catch (OperationCanceledException ex) {
                return Status.CANCEL_STATUS;
            } catch (AnalysisException | RuntimeException ex) {
                String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
                Display.getDefault().asyncExec(() -> problem(message));
                return Status.OK_STATUS;
            }
        });
        job = computing;
        setContentDescription("Computing the profile of " + subject.label() + "...");
        computing.schedule();
    }

    private void show(LaProfile profile) {
        if (table.getControl().isDisposed()) {
            return;
        }
        shown = profile;
        List<Object> rows = new ArrayList<>();
        String category = null;
        for (ProfileEntry e : profile.entries()) {
            if (!e.indicator().category().equals(category)) {
                category = e.indicator().category();
                rows.add(new Category(category));
            }
            rows.add(e);
        }
        heading.setText(profile.la().label() + ": profile across " + profile.entries().size() + " indicators");
        table.setInput(rows);
        Table t = table.getTable();
        for (TableColumn c : t.getColumns()) {
            c.pack();
            c.setWidth(Math.min(Math.max(c.getWidth() + 12, 56), 520));
        }
        fillLastColumn();
        heading.getParent().layout(true, true);
        exportAction.setEnabled(true);
        long problems = profile.entries().stream().filter(e -> e.problem() != null).count();
        setContentDescription("Group means over " + profile.group().name() + ". Each indicator in its latest period."
                + (problems == 0 ? "" : " " + problems + " indicators could not be computed (see Note)."));
    }

    /** The note column takes the width left, so that notes are not cut off while there is room. */
    private void fillLastColumn() {
        Table t = table.getTable();
        int used = 0;
        TableColumn[] columns = t.getColumns();
        for (int i = 0; i < columns.length - 1; i++) {
            used += columns[i].getWidth();
        }
        TableColumn last = columns[columns.length - 1];
        int room = t.getClientArea().width - used;
        if (room > last.getWidth()) {
            last.setWidth(room);
        }
    }

    private void problem(String message) {
        if (table.getControl().isDisposed()) {
            return;
        }
        setContentDescription(message);
        heading.setText(message);
        heading.getParent().layout(true, true);
    }

    /** The profile as tab-separated text (selected rows, or all). */
    String tsv() {
        Table control = table.getTable();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < control.getColumnCount(); i++) {
            b.append(i == 0 ? "" : "\t").append(control.getColumn(i).getText());
        }
        b.append('\n');
        TableItem[] items = control.getSelectionCount() > 0 ? control.getSelection() : control.getItems();
        for (TableItem item : items) {
            for (int i = 0; i < control.getColumnCount(); i++) {
                b.append(i == 0 ? "" : "\t").append(item.getText(i));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private void exportXlsx() {
        if (shown == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Export LA profile to xlsx");
        dialog.setFilterExtensions(new String[] {"*.xlsx"});
        dialog.setFileName("profile-" + shown.la().laCode() + ".xlsx");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            Job export = exportJob(Path.of(chosen));
            export.setUser(true);
            export.schedule();
        }
    }

    /** The job writing the shown profile to the xlsx file {@code file}. */
    public Job exportJob(Path file) {
        LaProfile p = shown;
        return Job.create("Exporting the profile of " + p.la().label() + " to " + file.getFileName(), (IProgressMonitor m) -> {
            try {
                BenchmarkExport.toXlsx(p, file);
                return Status.info("Exported the profile of " + p.la().label() + " to " + file);
            } catch (java.io.IOException | RuntimeException e) {
                return Status.error("Cannot export to " + file + ": " + e.getMessage(), e);
            }
        });
    }

    /** True once the LAs and indicators are loaded (for tests). */
    boolean ready() {
        return engine != null;
    }

    /** The last computation started (for tests). */
    public Job job() {
        return job;
    }

    /** The profile shown, or null. */
    public LaProfile shownProfile() {
        return shown;
    }

    /** The viewer (for tests). */
    TableViewer viewer() {
        return table;
    }

    /** The indicators in the order shown. */
    List<IndicatorDefinition> shownIndicators() {
        return shown == null ? List.of() : shown.entries().stream().map(ProfileEntry::indicator).toList();
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
}
