package org.highneeds.ui.sql.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.highneeds.sql.CellSelection;
import org.highneeds.sql.ColumnFilter;
import org.highneeds.sql.DisplayValue;
import org.highneeds.sql.ExecutionResult;
import org.highneeds.sql.ExportFormat;
import org.highneeds.sql.ExportOptions;
import org.highneeds.sql.ExportReport;
import org.highneeds.sql.ResultColumn;
import org.highneeds.sql.ResultExporter;
import org.highneeds.sql.ResultPage;
import org.highneeds.sql.ResultView;
import org.highneeds.sql.SqlResult;
import org.highneeds.sql.TsvCopy;
import org.highneeds.sql.ValueFormatter;

/**
 * One statement's rows in a virtual grid: rows are fetched from DuckDB a page at a time in background jobs
 * as they scroll into view, so a million-row result costs no more memory than the rows on screen.
 */
public final class ResultTab {

    /** Rows fetched per page. */
    static final int PAGE_SIZE = 200;
    private static final int MAX_COLUMN_WIDTH = 320;

    private final ResultsPanel panel;
    private final SqlResult result;
    private final List<ResultColumn> columns;
    private final CTabItem item;
    private final Table table;
    private final Combo filterColumn;
    private final Text filterText;
    private final Font italic;
    private final Map<Long, List<Object[]>> pages = new ConcurrentHashMap<>();
    private final Set<Long> loading = ConcurrentHashMap.newKeySet();
    /** Bumped when the view changes, so pages fetched for the old order are thrown away. */
    private volatile int generation;
    private int clickedColumn = 1;
    /** The view last asked for; sort clicks build on it, so two quick clicks toggle even before the first is applied. */
    private ResultView requested;
    /**
     * Jobs of this grid run one at a time in the order asked: a sort applied out of order would leave the
     * rows in DuckDB in one order and the grid showing another.
     */
    private final ISchedulingRule serial = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    ResultTab(ResultsPanel panel, CTabFolder folder, ExecutionResult r, ResultPage first) {
        this.panel = panel;
        this.result = r.result();
        this.columns = result.columns();
        this.requested = result.view();
        item = new CTabItem(folder, SWT.NONE);
        item.setText("Result " + (r.statement().index() + 1));
        item.setToolTipText(SqlEditor.oneLine(r.statement().text()));

        Composite body = new Composite(folder, SWT.NONE);
        GridLayout layout = new GridLayout(5, false);
        layout.marginHeight = 2;
        layout.marginWidth = 2;
        body.setLayout(layout);
        new Label(body, SWT.NONE).setText("Filter:");
        filterColumn = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        columns.forEach(c -> filterColumn.add(c.name()));
        filterColumn.select(0);
        filterText = new Text(body, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterText.setMessage("contains... (Enter)");
        filterText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filterText.addListener(SWT.DefaultSelection, e -> applyFilter());
        filterColumn.addListener(SWT.Selection, e -> {
            if (!filterText.getText().isEmpty()) {
                applyFilter();
            }
        });
        new Label(body, SWT.NONE);
        Button export = new Button(body, SWT.PUSH);
        export.setImage(SqlImages.get(SqlImages.EXPORT));
        export.setText("Export...");
        export.setToolTipText("Export these rows (sorted and filtered as shown) to Excel, CSV or Parquet");
        export.addListener(SWT.Selection, e -> promptExport());

        table = new Table(body, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        italic = FontDescriptor.createFrom(table.getFont()).setStyle(SWT.ITALIC).createFont(table.getDisplay());
        table.addListener(SWT.Dispose, e -> italic.dispose());

        TableColumn number = new TableColumn(table, SWT.RIGHT);
        number.setText("#");
        number.setResizable(true);
        for (ResultColumn c : columns) {
            TableColumn tc = new TableColumn(table, c.numeric() ? SWT.RIGHT : SWT.LEFT);
            tc.setText(c.name());
            tc.setToolTipText(c.name() + " " + c.typeName());
            tc.setMoveable(true);
            int index = c.index();
            tc.addListener(SWT.Selection, e -> sortClicked(index));
        }
        if (first != null) {
            pages.put(0L, first.rows());
        }
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
        table.addListener(SWT.MouseDown, e -> clickedColumn = columnAt(new Point(e.x, e.y)));
        table.setMenu(contextMenu());
        table.setItemCount(clampCount(result.rowCount()));
        packColumns();
        item.setControl(body);
        item.addListener(SWT.Dispose, e -> result.close());
    }

    private static int clampCount(long n) {
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    private void fill(TableItem ti, int index) {
        long page = index / PAGE_SIZE;
        ti.setText(0, ValueFormatter.DEFAULT.formatNumber(index + 1));
        ti.setForeground(0, SqlColours.NULL_CELL);
        List<Object[]> rows = pages.get(page);
        if (rows == null) {
            requestPage(page);
            return;
        }
        int inPage = (int) (index - page * PAGE_SIZE);
        if (inPage >= rows.size()) {
            return;
        }
        Object[] row = rows.get(inPage);
        for (int c = 0; c < columns.size(); c++) {
            DisplayValue v = ValueFormatter.DEFAULT.displayCell(columns, row, c);
            switch (v.kind()) {
                case NULL -> {
                    ti.setText(c + 1, "NULL");
                    ti.setForeground(c + 1, SqlColours.NULL_CELL);
                    ti.setFont(c + 1, italic);
                }
                case SUPPRESSED -> {
                    ti.setText(c + 1, v.text());
                    ti.setForeground(c + 1, SqlColours.SUPPRESSED_CELL);
                    ti.setFont(c + 1, italic);
                }
                default -> ti.setText(c + 1, v.text());
            }
        }
    }

    private void requestPage(long page) {
        if (!loading.add(page)) {
            return;
        }
        int gen = generation;
        Display display = table.getDisplay();
        Job job = job("Fetching rows", monitor -> {
            ResultPage rows = result.page(page * PAGE_SIZE, PAGE_SIZE);
            display.asyncExec(() -> {
                loading.remove(page);
                if (table.isDisposed() || gen != generation) {
                    return;
                }
                pages.put(page, rows.rows());
                int from = (int) (page * PAGE_SIZE);
                int to = Math.min(from + rows.rows().size(), table.getItemCount()) - 1;
                if (to >= from) {
                    table.clear(from, to);
                }
            });
        });
        job.setSystem(true);
        job.schedule();
    }

    private void sortClicked(int column) {
        ResultView view = requested;
        boolean ascending = view.sortColumn() != column || !view.ascending();
        setView(view.sortedBy(column, ascending));
    }

    private void applyFilter() {
        filter(Math.max(0, filterColumn.getSelectionIndex()), filterText.getText());
    }

    /**
     * Shows only rows whose value in a column contains the text (ignoring case); empty text shows all rows.
     *
     * @return the job re-querying the rows
     */
    public Job filter(int column, String text) {
        filterColumn.select(column);
        if (!filterText.getText().equals(text)) {
            filterText.setText(text);
        }
        ResultView view = requested;
        List<ColumnFilter> filters = text.isEmpty() ? List.of() : List.of(new ColumnFilter(column, ColumnFilter.Op.CONTAINS, text));
        return setView(new ResultView(view.sortColumn(), view.ascending(), filters));
    }

    /**
     * Re-sorts or re-filters in DuckDB (in a job), then shows the first page of the new view.
     *
     * @return the job doing it
     */
    public Job setView(ResultView view) {
        requested = view;
        Display display = table.getDisplay();
        Job job = job("Sorting and filtering rows", monitor -> {
            long count = result.setView(view);
            ResultPage first = result.page(0, PAGE_SIZE);
            display.asyncExec(() -> {
                if (table.isDisposed() || view != requested) {
                    return; // a newer sort or filter follows and will show its rows
                }
                generation++;
                pages.clear();
                loading.clear();
                pages.put(0L, first.rows());
                table.setItemCount(clampCount(count));
                table.clearAll();
                if (view.sortColumn() >= 0) {
                    table.setSortColumn(table.getColumn(view.sortColumn() + 1));
                    table.setSortDirection(view.ascending() ? SWT.UP : SWT.DOWN);
                } else {
                    table.setSortColumn(null);
                    table.setSortDirection(SWT.NONE);
                }
                panel.updateSummary();
            });
        });
        job.schedule();
        return job;
    }

    /** Copies the selected rows (all columns) as TSV. */
    public Job copyRows(boolean header) {
        return copy(new CellSelection(selectedRows(), IntStream.range(0, columns.size()).boxed().toList(), header));
    }

    /** Copies the clicked column of the selected rows, with its name on top. */
    public Job copyColumn() {
        return copy(new CellSelection(selectedRows(), List.of(Math.max(0, clickedColumn - 1)), true));
    }

    /** Copies the clicked cell of the selected row. */
    public Job copyCell() {
        List<Long> rows = selectedRows();
        return copy(new CellSelection(rows.isEmpty() ? rows : rows.subList(0, 1), List.of(Math.max(0, clickedColumn - 1)), false));
    }

    private List<Long> selectedRows() {
        List<Long> rows = new ArrayList<>();
        for (int i : table.getSelectionIndices()) {
            rows.add((long) i);
        }
        rows.sort(null);
        return rows;
    }

    /** Builds the TSV in a job (pages may have to be read) and puts it on the clipboard. */
    private Job copy(CellSelection selection) {
        if (selection.rows().isEmpty()) {
            return null;
        }
        Display display = table.getDisplay();
        Job job = job("Copying rows", monitor -> {
            String tsv = TsvCopy.copy(result, selection);
            display.asyncExec(() -> {
                Clipboard clipboard = new Clipboard(display);
                try {
                    clipboard.setContents(new Object[] {tsv}, new Transfer[] {TextTransfer.getInstance()});
                } finally {
                    clipboard.dispose();
                }
                panel.editor().status("Copied " + ResultsPanel.count(selection.rows().size(), "row") + " as TSV", false);
            });
        });
        job.setSystem(true);
        job.schedule();
        return job;
    }

    private Menu contextMenu() {
        Menu menu = new Menu(table);
        menuItem(menu, "&Copy Rows\tCtrl+C", () -> copyRows(false));
        menuItem(menu, "Copy Rows with &Header", () -> copyRows(true));
        menuItem(menu, "Copy C&olumn", this::copyColumn);
        menuItem(menu, "Copy C&ell", this::copyCell);
        new MenuItem(menu, SWT.SEPARATOR);
        menuItem(menu, "&Export...", this::promptExport);
        return menu;
    }

    private static void menuItem(Menu menu, String text, Runnable run) {
        MenuItem mi = new MenuItem(menu, SWT.PUSH);
        mi.setText(text);
        mi.addListener(SWT.Selection, e -> run.run());
    }

    private int columnAt(Point p) {
        TableItem ti = table.getItem(p);
        if (ti != null) {
            for (int c = 0; c < table.getColumnCount(); c++) {
                if (ti.getBounds(c).contains(p)) {
                    return c;
                }
            }
        }
        return clickedColumn;
    }

    private void promptExport() {
        FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
        dialog.setText("Export Result");
        dialog.setFilterExtensions(new String[] {"*.xlsx", "*.csv", "*.parquet"});
        dialog.setFilterNames(new String[] {"Excel workbook (*.xlsx)", "CSV, UTF-8 (*.csv)", "Parquet (*.parquet)"});
        dialog.setFileName("result.xlsx");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return;
        }
        String lower = file.toLowerCase(java.util.Locale.ROOT);
        ExportFormat format = lower.endsWith(".csv") ? ExportFormat.CSV
                : lower.endsWith(".parquet") ? ExportFormat.PARQUET
                : ExportFormat.XLSX;
        if (format == ExportFormat.XLSX && !lower.endsWith(".xlsx")) {
            file = file + ".xlsx";
        }
        export(Path.of(file), format);
    }

    /** Exports the rows as shown (sorted, filtered) in a job with progress and cancel. */
    public Job export(Path file, ExportFormat format) {
        Display display = table.getDisplay();
        Job job = job("Exporting to " + file.getFileName(), monitor -> {
            ExportReport report = new ResultExporter(panel.editor().session()).export(result, file, format,
                    ExportOptions.DEFAULT, monitor);
            display.asyncExec(() -> {
                if (panel.isDisposed()) {
                    return;
                }
                panel.message("Exported " + ResultsPanel.count(report.rows(), "row") + " to " + report.file(), false);
                if (!report.warnings().isEmpty()) {
                    MessageDialog.openWarning(table.getShell(), "Export", String.join("\n", report.warnings()));
                }
            });
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** A job of the console's family whose SQL failures are shown in the Output tab rather than thrown. */
    private Job job(String name, SqlWork work) {
        Display display = table.getDisplay();
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    work.run(monitor);
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (Exception e) {
                    display.asyncExec(() -> {
                        if (!panel.isDisposed()) {
                            panel.message(name + " failed: " + e.getMessage(), true);
                        }
                    });
                    return Status.OK_STATUS; // told the user in the Output tab; no error dialog on top
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == SqlEditor.JOB_FAMILY;
            }
        };
        job.setRule(serial);
        return job;
    }

    /** Work of a job that may fail with an SQL or I/O error. */
    @FunctionalInterface
    private interface SqlWork {
        void run(IProgressMonitor monitor) throws Exception;
    }

    private void packColumns() {
        GC gc = new GC(table);
        try {
            List<Object[]> rows = pages.getOrDefault(0L, List.of());
            int pad = 24;
            table.getColumn(0).setWidth(gc.stringExtent(ValueFormatter.DEFAULT.formatNumber(Math.max(rows.size(), 10))).x + pad);
            for (int c = 0; c < columns.size(); c++) {
                int width = gc.stringExtent(columns.get(c).name()).x + pad + 12;
                for (int r = 0; r < Math.min(rows.size(), 100); r++) {
                    width = Math.max(width, gc.stringExtent(ValueFormatter.DEFAULT.displayCell(columns, rows.get(r), c).text()).x + pad);
                }
                table.getColumn(c + 1).setWidth(Math.min(width, MAX_COLUMN_WIDTH));
            }
        } finally {
            gc.dispose();
        }
    }

    /** "152 rows · 35 ms" (and "of N" when filtered). */
    String summary() {
        long shown = result.rowCount();
        long total = result.totalRowCount();
        return ResultsPanel.count(shown, "row") + (shown != total ? " of " + ValueFormatter.DEFAULT.formatNumber(total) : "")
                + "  \u00b7  " + ResultsPanel.elapsed(result.elapsed());
    }

    /** The grid. */
    public Table table() {
        return table;
    }

    /** The rows behind the grid. */
    public SqlResult result() {
        return result;
    }

    CTabItem item() {
        return item;
    }

    void dispose() {
        if (!item.isDisposed()) {
            Composite body = (Composite) item.getControl();
            item.dispose();
            if (body != null) {
                body.dispose();
            }
        }
        result.close();
    }
}
