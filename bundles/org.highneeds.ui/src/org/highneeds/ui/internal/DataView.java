package org.highneeds.ui.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.highneeds.data.SqlQuoting;
import org.highneeds.data.TableSummary;
import org.highneeds.data.WorkspaceDatabase;
import org.highneeds.sql.ExportFormat;
import org.highneeds.sql.ExportOptions;
import org.highneeds.sql.ExportReport;
import org.highneeds.sql.ResultExporter;
import org.highneeds.sql.SqlSession;
import org.highneeds.ui.HighNeedsUi;
import org.highneeds.data.Services;
import org.highneeds.data.WorkspaceDatabaseService;

/**
 * Lists the tables and views of the analysts' schema (main) with their row counts and descriptions; a toggle also
 * lists the staging (raw) and bookkeeping (meta) schemas. Refresh (F5) and export to xlsx.
 */
public final class DataView extends ViewPart {

    /** Id of the view. */
    public static final String ID = "org.highneeds.ui.views.data";

    private final NumberFormat counts = NumberFormat.getIntegerInstance(Locale.UK);

    private TableViewer viewer;
    private Image tableImage;
    private Image viewImage;
    private Action refreshAction;
    /** Refreshes this view after an import or a changing SQL statement (called on any thread). */
    private final Runnable databaseChanged = this::refreshLater;
    private Action exportAction;
    private Action stagingAction;
    /** Whether the staging and bookkeeping schemas are listed too (off: main only, what analysts query). */
    private volatile boolean showStaging;

    @Override
    public void createPartControl(Composite parent) {
        tableImage = Images.create("icons/table.png");
        viewImage = Images.create("icons/view.png");
        Services.get(WorkspaceDatabaseService.class).addChangeListener(databaseChanged);
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        holder.setLayout(columns);
        viewer = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(org.eclipse.jface.viewers.Viewer v, Object a, Object b) {
                return ((TableSummary) a).qualifiedName().compareToIgnoreCase(((TableSummary) b).qualifiedName());
            }
        });

        column(columns, "Table", SWT.LEFT, 35, 120, new TableLabels() {
            @Override
            public String getText(Object element) {
                return ((TableSummary) element).qualifiedName();
            }

            @Override
            public Image getImage(Object element) {
                return ((TableSummary) element).view() ? viewImage : tableImage;
            }
        });
        column(columns, "Rows", SWT.RIGHT, 10, 80, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return counts.format(((TableSummary) element).rows());
            }
        });
        column(columns, "Description", SWT.LEFT, 55, 160, new TableLabels() {
            @Override
            public String getText(Object element) {
                String d = ((TableSummary) element).description();
                return d == null ? "" : d;
            }
        });
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);

        makeActions();
        getSite().setSelectionProvider(viewer);
        viewer.addSelectionChangedListener(e -> exportAction.setEnabled(((IStructuredSelection) e.getSelection()).size() == 1));
        viewer.addDoubleClickListener(e -> exportAction.run());
        refresh();
    }

    private void column(TableColumnLayout layout, String title, int style, int weight, int minimumWidth,
            ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(viewer, style);
        column.getColumn().setText(title);
        column.setLabelProvider(labels);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimumWidth));
    }

    private void makeActions() {
        refreshAction = new Action("&Refresh", Images.descriptor("icons/refresh.png")) {
            @Override
            public void run() {
                refresh();
            }
        };
        refreshAction.setToolTipText("Refresh the list of tables and their row counts (F5)");
        refreshAction.setActionDefinitionId(ActionFactory.REFRESH.getCommandId());
        exportAction = new Action("&Export to xlsx...", Images.descriptor("icons/export_xlsx.png")) {
            @Override
            public void run() {
                exportSelected();
            }
        };
        exportAction.setToolTipText("Export the selected table to an Excel workbook");
        exportAction.setEnabled(false);
        stagingAction = new Action("Show &Staging Tables", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                setShowStaging(isChecked());
            }
        };
        stagingAction.setToolTipText("Also list the files as published (schema raw) and the importers' bookkeeping "
                + "(schema meta); analysts query the tables of main");

        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REFRESH.getId(), refreshAction);
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(refreshAction);
        toolbar.add(exportAction);
        getViewSite().getActionBars().getMenuManager().add(stagingAction);

        MenuManager context = new MenuManager();
        context.add(refreshAction);
        context.add(exportAction);
        context.add(stagingAction);
        Menu menu = context.createContextMenu(viewer.getControl());
        viewer.getControl().setMenu(menu);
    }

    /** Reloads the table list in a background job and shows it when ready. */
    public void refresh() {
        Job job = Job.create("Reading workspace database tables", (IProgressMonitor monitor) -> {
            try {
                WorkspaceDatabase db = Services.get(WorkspaceDatabaseService.class).database();
                boolean staging = showStaging;
                List<TableSummary> tables = staging ? db.tables() : db.tables(WorkspaceDatabase.MAIN_SCHEMA);
                String summary = describe(tables);
                viewer.getControl().getDisplay().asyncExec(() -> {
                    // a list read before the staging toggle changed is not what the view now shows
                    if (staging == showStaging) {
                        show(tables, summary, db.file());
                    }
                });
                return Status.OK_STATUS;
            } catch (Exception e) {
                return Status.error("Cannot read the tables of the workspace database: " + e.getMessage(), e);
            }
        });
        job.setSystem(false);
        job.schedule();
    }

    /**
     * Lists the staging ({@code raw}) and bookkeeping ({@code meta}) schemas too, or main only, and refreshes.
     */
    public void setShowStaging(boolean show) {
        showStaging = show;
        if (stagingAction != null && stagingAction.isChecked() != show) {
            stagingAction.setChecked(show);
        }
        refresh();
    }

    /** Whether the staging and bookkeeping schemas are listed. */
    public boolean isShowingStaging() {
        return showStaging;
    }

    /** Labels of a table's row whose tooltip names the table and gives its whole description. */
    private abstract static class TableLabels extends ColumnLabelProvider {
        @Override
        public String getToolTipText(Object element) {
            TableSummary t = (TableSummary) element;
            String kind = (t.view() ? "View " : "Table ") + t.schema() + "." + t.name();
            return t.description() == null ? kind : kind + "\n" + t.description();
        }
    }

    /** The tables shown now (for tests and other views). */
    public List<TableSummary> shownTables() {
        Object input = viewer.getInput();
        @SuppressWarnings("unchecked")
        List<TableSummary> tables = input == null ? List.of() : (List<TableSummary>) input;
        return tables;
    }

    private String describe(List<TableSummary> tables) {
        if (tables.isEmpty()) {
            return "No tables yet: imported national data appears here.";
        }
        long rows = tables.stream().filter(t -> !t.view()).mapToLong(TableSummary::rows).sum();
        return tables.size() + (tables.size() == 1 ? " table, " : " tables, ") + counts.format(rows) + " rows";
    }

    private void show(List<TableSummary> tables, String summary, Path databaseFile) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(tables);
        setContentDescription(summary);
        getViewSite().getActionBars().getStatusLineManager().setMessage("Workspace database: " + databaseFile);
    }

    private void exportSelected() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        if (!(selected instanceof TableSummary table)) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Export " + table.qualifiedName() + " to xlsx");
        dialog.setFilterExtensions(new String[] {"*.xlsx"});
        dialog.setFileName(table.name() + ".xlsx");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Job job = exportJob(table, Path.of(chosen));
        job.setUser(true);
        job.schedule();
    }

    /** The job that exports {@code table} to the xlsx file {@code target}. */
    public Job exportJob(TableSummary table, Path target) {
        Job job = Job.create("Exporting " + table.qualifiedName() + " to " + target.getFileName(), (IProgressMonitor monitor) -> {
            // the SQL console's exporter: one xlsx writer (streaming, formulas neutralised) for the whole workbench
            try (Connection c = Services.get(WorkspaceDatabaseService.class).database().connect()) {
                String query = "SELECT * FROM " + SqlQuoting.identifier(table.schema()) + "." + SqlQuoting.identifier(table.name());
                ExportReport report = new ResultExporter(new SqlSession(c, true)).exportQuery(query, Map.of(), target,
                        ExportFormat.XLSX, ExportOptions.DEFAULT, monitor);
                return Status.info("Exported " + counts.format(report.rows()) + " rows of " + table.qualifiedName() + " to " + target);
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (Exception e) {
                return new Status(IStatus.ERROR, HighNeedsUi.PLUGIN_ID, "Cannot export " + table.qualifiedName() + " to " + target + ": " + e.getMessage(), e);
            }
        });
        return job;
    }

    private void refreshLater() {
        org.eclipse.swt.widgets.Display display = org.eclipse.ui.PlatformUI.getWorkbench().getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    refresh();
                }
            });
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        Services.get(WorkspaceDatabaseService.class).removeChangeListener(databaseChanged);
        if (tableImage != null) {
            tableImage.dispose();
            viewImage.dispose();
        }
        super.dispose();
    }

    /** The viewer, for UI tests. */
    TableViewer viewer() {
        return viewer;
    }
}
