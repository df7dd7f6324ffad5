package org.highneeds.ui.internal.imports;

import java.sql.Connection;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.highneeds.data.imports.DatasetCatalog;
import org.highneeds.data.imports.DatasetDescriptor;
import org.highneeds.data.imports.ProvenanceRecord;
import org.highneeds.ui.HighNeedsUi;
import org.highneeds.data.Services;
import org.highneeds.data.WorkspaceDatabaseService;

/** The dataset catalogue: every dataset the workbench can import and, under each, the files imported (provenance). */
public final class DataCatalogView extends ViewPart {

    /** Id of the view. */
    public static final String ID = "org.highneeds.ui.views.catalogue";

    /** One imported file as its provenance records it. */
    public record ImportedFile(long provenanceId, String fileName, String datasetId, String periods, long rows,
            String importedAt, String sha256, int warnings, boolean superseded) {
    }

    /** A dataset with the files imported for it. */
    public record CatalogueEntry(DatasetDescriptor dataset, List<ImportedFile> files) {

        long rows() {
            return files.stream().filter(f -> !f.superseded()).mapToLong(ImportedFile::rows).sum();
        }
    }

    private final NumberFormat counts = NumberFormat.getIntegerInstance(Locale.UK);
    private TreeViewer viewer;
    /** Refreshes this view after an import or a changing SQL statement (called on any thread). */
    private final Runnable databaseChanged = this::refreshLater;

    @Override
    public void createPartControl(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        Services.get(WorkspaceDatabaseService.class).addChangeListener(databaseChanged);
        TreeColumnLayout layout = new TreeColumnLayout();
        holder.setLayout(layout);
        viewer = new TreeViewer(holder, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof CatalogueEntry e ? e.files().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof CatalogueEntry e && !e.files().isEmpty();
            }
        });
        column(layout, "Dataset / file", 38, o -> o instanceof CatalogueEntry e ? e.dataset().title()
                : ((ImportedFile) o).fileName() + (((ImportedFile) o).superseded() ? " (superseded)" : ""));
        column(layout, "Publisher / periods", 22, o -> o instanceof CatalogueEntry e ? e.dataset().publisher() : ((ImportedFile) o).periods());
        column(layout, "Files / imported", 16, o -> o instanceof CatalogueEntry e ? (e.files().isEmpty() ? "not imported" : counts.format(e.files().size()))
                : ((ImportedFile) o).importedAt());
        TreeViewerColumn rows = column(layout, "Rows", 12, o -> o instanceof CatalogueEntry e ? (e.files().isEmpty() ? "" : counts.format(e.rows()))
                : counts.format(((ImportedFile) o).rows()));
        rows.getColumn().setAlignment(SWT.RIGHT);
        column(layout, "Warnings", 8, o -> o instanceof ImportedFile f && f.warnings() > 0 ? counts.format(f.warnings()) : "");
        ColumnViewerToolTipSupport.enableFor(viewer);

        Action refresh = new Action("&Refresh", org.eclipse.jface.resource.ResourceLocator.imageDescriptorFromBundle(HighNeedsUi.PLUGIN_ID, "icons/refresh.png").orElse(null)) {
            @Override
            public void run() {
                refresh();
            }
        };
        refresh.setActionDefinitionId(ActionFactory.REFRESH.getCommandId());
        Action importFiles = new Action("&Import National Data...", org.eclipse.jface.resource.ResourceLocator.imageDescriptorFromBundle(HighNeedsUi.PLUGIN_ID, "icons/database.png").orElse(null)) {
            @Override
            public void run() {
                new WizardDialog(getSite().getShell(), new ImportWizard()).open();
            }
        };
        Action download = new Action("&Download and Import") {
            @Override
            public void run() {
                if (viewer.getStructuredSelection().getFirstElement() instanceof CatalogueEntry e && e.dataset().downloadable()) {
                    new DownloadJob(e.dataset()).schedule();
                }
            }
        };
        download.setToolTipText("Fetch the publisher's current files of the selected dataset and import them");
        download.setEnabled(false);
        viewer.addSelectionChangedListener(e -> download.setEnabled(
                viewer.getStructuredSelection().getFirstElement() instanceof CatalogueEntry entry && entry.dataset().downloadable()));
        org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
        menu.add(importFiles);
        menu.add(download);
        menu.add(refresh);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        refresh.setToolTipText("Refresh the catalogue (F5)");
        importFiles.setToolTipText("Import published files into the workspace database");
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REFRESH.getId(), refresh);
        getViewSite().getActionBars().getToolBarManager().add(importFiles);
        getViewSite().getActionBars().getToolBarManager().add(download);
        getViewSite().getActionBars().getToolBarManager().add(refresh);
        refresh();
    }

    private TreeViewerColumn column(TreeColumnLayout layout, String title, int weight, java.util.function.Function<Object, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }

            @Override
            public String getToolTipText(Object element) {
                if (element instanceof CatalogueEntry e) {
                    return e.dataset().id() + (e.dataset().recognised() == null ? "" : "\nRecognised by: " + e.dataset().recognised())
                            + (e.dataset().tables() == null ? "" : "\nTables: " + e.dataset().tables())
                            + (e.dataset().page() == null ? "" : "\nPublished at: " + e.dataset().page());
                }
                ImportedFile f = (ImportedFile) element;
                return f.datasetId() + "\nsha256 " + f.sha256() + "\nprovenance " + f.provenanceId();
            }
        });
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
        return column;
    }

    /** Reloads catalogue and provenance in a background job. */
    public void refresh() {
        Job job = Job.create("Reading the dataset catalogue", (IProgressMonitor monitor) -> {
            try {
                List<CatalogueEntry> entries = load();
                viewer.getControl().getDisplay().asyncExec(() -> {
                    if (!viewer.getControl().isDisposed()) {
                        viewer.setInput(entries);
                        long imported = entries.stream().filter(e -> !e.files().isEmpty()).count();
                        setContentDescription(entries.size() + " datasets, " + imported + " imported");
                    }
                });
                return Status.OK_STATUS;
            } catch (Exception e) {
                return Status.error("Cannot read the dataset catalogue: " + e.getMessage(), e);
            }
        });
        job.schedule();
    }

    /** The catalogue with the provenance of every imported file. */
    public static List<CatalogueEntry> load() throws Exception {
        try (Connection c = Services.get(WorkspaceDatabaseService.class).database().connect()) {
            return load(c);
        }
    }

    /** The catalogue with the provenance of every file imported into the database of {@code c}. */
    public static List<CatalogueEntry> load(Connection c) throws java.sql.SQLException {
        DatasetCatalog catalog = DatasetCatalog.fromExtensions();
        Map<String, List<ImportedFile>> byImporter = new LinkedHashMap<>();
        for (ProvenanceRecord p : ProvenanceRecord.all(c)) {
            String from = period(p.periodFrom());
            String to = period(p.periodTo());
            String periods = from == null ? "" : from.equals(to) || to == null ? from : from + " to " + to;
            byImporter.computeIfAbsent(p.importer(), k -> new ArrayList<>()).add(new ImportedFile(p.id(), p.fileName(),
                    p.datasetId(), periods, p.rows(), p.importedAt(), p.sha256(), p.warnings(), p.superseded()));
        }
        List<CatalogueEntry> entries = new ArrayList<>();
        for (DatasetDescriptor d : catalog.datasets()) {
            entries.add(new CatalogueEntry(d, byImporter.getOrDefault(d.id(), List.of())));
        }
        // imported datasets first, then by title: what the user has is what they look for
        entries.sort(java.util.Comparator.comparing((CatalogueEntry e) -> e.files().isEmpty()).thenComparing(e -> e.dataset().title()));
        return entries;
    }

    /** Academic years as people write them (202425 becomes 2024/25); other periods as published. */
    static String period(String published) {
        if (published != null && published.matches("\\d{6}")) {
            return published.substring(0, 4) + "/" + published.substring(4);
        }
        return published;
    }

    /** What the view shows now (for tests). */
    @SuppressWarnings("unchecked")
    public List<CatalogueEntry> shown() {
        Object input = viewer.getInput();
        return input == null ? List.of() : (List<CatalogueEntry>) input;
    }

    @Override
    public void dispose() {
        Services.get(WorkspaceDatabaseService.class).removeChangeListener(databaseChanged);
        super.dispose();
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
}
