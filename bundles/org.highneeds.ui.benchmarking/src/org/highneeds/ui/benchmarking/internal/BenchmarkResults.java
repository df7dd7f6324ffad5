package org.highneeds.ui.benchmarking.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewSite;
import org.highneeds.analysis.BenchmarkTable;
import org.highneeds.ui.benchmarking.BenchmarkingUi;
import org.highneeds.ui.parts.FileJob;
import org.highneeds.ui.parts.Styles;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;

/**
 * The right-hand side of the Benchmarking view: the heading, the table and its notes above, the time series and the
 * ranking of all LAs below. The table gets the height its rows need (up to 70% of the side), the charts the rest; in a
 * view shorter than {@link #MIN_HEIGHT} the table takes it all, rather than two squeezed halves, and the notes say how
 * to see the charts.
 */
final class BenchmarkResults {

    /** Below this height only the table shows: room for all rows of a statistical-neighbour table and a readable chart. */
    static final int MIN_HEIGHT = 640;

    private final Styles styles;
    private final BooleanSupplier showComparators;
    private final SashForm side;
    private final Label heading;
    private final TableViewer table;
    private final Text notes;
    private final CTabFolder charts;
    private final ChartComposite timeSeries;
    private final ChartComposite ranking;
    private Action chartAction;
    private BenchmarkTable shown;
    private final Composite holder;
    private String notesText = "";

    /** Makes the side in {@code parent}; {@code newTable} makes the view's table in the composite it is given. */
    BenchmarkResults(Composite parent, Styles styles, Function<Composite, TableViewer> newTable, BooleanSupplier showComparators) {
        this.styles = styles;
        this.showComparators = showComparators;
        side = new SashForm(parent, SWT.VERTICAL);
        holder = new Composite(side, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        holder.setLayout(layout);
        heading = new Label(holder, SWT.WRAP);
        heading.setFont(styles.heading);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = newTable.apply(holder);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        notes = new Text(holder, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        GridData n = new GridData(SWT.FILL, SWT.CENTER, true, false);
        n.heightHint = notes.getLineHeight() * 3 + 6;
        notes.setLayoutData(n);
        notes.setBackground(holder.getBackground());

        charts = new CTabFolder(side, SWT.BORDER | SWT.BOTTOM);
        timeSeries = chart("Time series");
        ranking = chart("Ranking of all LAs");
        charts.setSelection(0);
        side.setWeights(57, 43);
        side.addListener(SWT.Resize, e -> fitTable());
    }

    private ChartComposite chart(String title) {
        CTabItem item = new CTabItem(charts, SWT.NONE);
        item.setText(title);
        // drawn at the real size up to 4000 x 3000 (the bridge's default scales anything above 800 x 600, blurring text);
        // its own Save/Print/Properties menus are left out: they need the JFreeChart 1.0 API
        ChartComposite chart = new ChartComposite(charts, SWT.NONE, null, 680, 420, 200, 150, 4000, 3000, true, false, false,
                false, true, true);
        item.setControl(chart);
        return chart;
    }

    /** Save Chart as PNG or SVG on the view's toolbar and in the charts' context menus. */
    void makeChartAction(IViewSite site) {
        chartAction = new Action("Save &Chart as PNG or SVG...", BenchmarkingUi.icon("icons/export_chart.png")) {
            @Override
            public void run() {
                saveChart(site);
            }
        };
        chartAction.setToolTipText("Save the chart shown below as a PNG image or an SVG drawing");
        site.getActionBars().getToolBarManager().add(chartAction);
        for (ChartComposite c : new ChartComposite[] {timeSeries, ranking}) {
            MenuManager menu = new MenuManager();
            menu.add(chartAction);
            c.setMenu(menu.createContextMenu(c));
        }
    }

    void enableChartAction(boolean enabled) {
        chartAction.setEnabled(enabled);
    }

    /** Shows the benchmark {@code s}. */
    void show(BenchmarkingView.Shown s) {
        BenchmarkTable t = s.table();
        shown = t;
        heading.setText(t.indicator().titleWithUnit() + ": " + t.subject().label() + " and " + t.group().name());
        BenchmarkColumns.rebuild(table, styles, t);
        table.setInput(t.rows());
        for (TableColumn c : table.getTable().getColumns()) {
            c.pack();
            c.setWidth(Math.max(c.getWidth() + 10, 56));
        }
        List<String> lines = new ArrayList<>(t.notes());
        if (lines.isEmpty()) {
            lines.add("Group mean: " + t.indicator().groupMean().description() + ".");
        }
        notesText = String.join("\n", lines);
        showCharts(s);
        fitTable();
    }

    /** Draws the charts of {@code s} again (e.g. with or without the comparators). */
    void showCharts(BenchmarkingView.Shown s) {
        BenchmarkTable t = s.table();
        timeSeries.setChart(BenchmarkCharts.timeSeries(t, showComparators.getAsBoolean()));
        int last = t.years().get(t.years().size() - 1);
        ranking.setChart(BenchmarkCharts.ranking(s.result(), last, t, s.names()));
        timeSeries.forceRedraw();
        ranking.forceRedraw();
    }

    /** The notes get the height their wrapped text needs, up to three lines (then they scroll): the table comes first. */
    private void fitNotes() {
        int width = notes.getSize().x > 0 ? notes.getSize().x : table.getTable().getSize().x;
        if (width > 0) {
            int needed = notes.computeSize(width, SWT.DEFAULT).y;
            ((GridData) notes.getLayoutData()).heightHint = Math.min(needed, notes.getLineHeight() * 3);
        }
    }

    /**
     * Gives the table the height of all its rows (between 45% and 70% of the side) and the charts the rest; in a short
     * view the table all of it.
     */
    private void fitTable() {
        int height = side.getClientArea().height;
        if (height <= 0) {
            return;
        }
        boolean tableOnly = height < MIN_HEIGHT;
        side.setMaximizedControl(tableOnly ? holder : null);
        notes.setText((tableOnly && !notesText.isEmpty() ? "The time series and the ranking of all LAs show below the table "
                + "when the view is taller: maximise it (double-click its tab).\n" : "") + notesText);
        fitNotes();
        heading.getParent().layout(true, true);
        if (tableOnly) {
            return;
        }
        Table control = table.getTable();
        int rows = Math.max(control.getItemCount(), 13);
        int needed = heading.computeSize(SWT.DEFAULT, SWT.DEFAULT).y + control.getHeaderHeight()
                + (rows + 1) * control.getItemHeight() + ((GridData) notes.getLayoutData()).heightHint + 30
                + control.computeTrim(0, 0, 0, 0).height;
        int top = Math.max(height * 45 / 100, Math.min(needed, height * 70 / 100));
        side.setWeights(top, height - top);
    }

    private void saveChart(IViewSite site) {
        if (shown == null) {
            return;
        }
        boolean rankingShown = charts.getSelectionIndex() == 1;
        FileDialog dialog = new FileDialog(site.getShell(), SWT.SAVE);
        dialog.setText("Save chart");
        dialog.setFilterExtensions(new String[] {"*.png", "*.svg"});
        dialog.setFilterNames(new String[] {"PNG image (*.png)", "SVG drawing (*.svg)"});
        dialog.setFileName(shown.indicator().id() + "-" + shown.subject().laCode() + (rankingShown ? "-ranking" : "-time-series")
                + ".png");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        if (!file.getFileName().toString().contains(".")) {
            file = Path.of(chosen + (dialog.getFilterIndex() == 1 ? ".svg" : ".png"));
        }
        FileJob.schedule(site, chartJob(rankingShown ? ranking.getChart() : timeSeries.getChart(), file));
    }

    /** The job saving {@code chart} as PNG or SVG (by the file's extension) at 1200 x 700. */
    static Job chartJob(JFreeChart chart, Path file) {
        return FileJob.writing("Saving chart to " + file.getFileName(), file, f -> BenchmarkCharts.save(chart, f, 1200, 700),
                "Saved the chart to " + file);
    }

    /** The chart of tab {@code index}: 0 the time series, 1 the ranking. */
    JFreeChart chart(int index) {
        return (index == 0 ? timeSeries : ranking).getChart();
    }

    /** The chart tabs. */
    CTabFolder charts() {
        return charts;
    }
}
