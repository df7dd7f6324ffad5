package org.highneeds.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.highneeds.testing.SharedData;
import org.highneeds.testing.ui.EventLoop;
import org.highneeds.testing.ui.Screenshots;
import org.highneeds.testing.ui.Widgets;
import org.highneeds.data.TableSummary;
import org.highneeds.data.imports.DatasetCatalog;
import org.highneeds.data.imports.ImportResult;
import org.highneeds.data.imports.ImportService;
import org.highneeds.ui.internal.DataView;
import org.highneeds.ui.internal.HighNeedsPerspective;
import org.junit.jupiter.api.Test;
import org.highneeds.data.Services;
import org.highneeds.data.WorkspaceDatabaseService;

/** The running workbench: High Needs perspective, Data view showing a table made through the data bundle, menus. */
class DataViewTest {

    @Test
    void dataViewListsATableCreatedThroughTheDataBundle() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        PlatformUI.getWorkbench().showPerspective(HighNeedsPerspective.ID, window);
        assertEquals(HighNeedsPerspective.ID, page.getPerspective().getId());
        assertTrue(window.getShell().getText().startsWith("High Needs Workbench"), window.getShell().getText());

        try (Connection c = Services.get(WorkspaceDatabaseService.class).database().connect(); Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE ehcp_probe AS SELECT range AS id, 'SEMH' AS need FROM range(4321)");
        }
        DataView view = (DataView) page.showView(DataView.ID);
        assertNotNull(view);
        view.refresh();
        Display display = window.getShell().getDisplay();
        EventLoop.waitUntil(display, "the Data view", () -> view.shownTables().stream().anyMatch(t -> t.name().equals("ehcp_probe")));

        org.eclipse.swt.widgets.Table table = findTable(window.getShell());
        TableItem row = Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals("ehcp_probe")).findFirst()
                .orElseThrow(() -> new AssertionError("ehcp_probe is not listed in the Data view"));
        assertEquals("4,321", row.getText(1));

        // a change made elsewhere (an import, a SQL console) reaches the view without F5
        try (Connection c = Services.get(WorkspaceDatabaseService.class).database().connect(); Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE ehcp_probe_later AS SELECT range AS id FROM range(12)");
        }
        Services.get(WorkspaceDatabaseService.class).fireChanged();
        EventLoop.waitUntil(display, "the Data view", () -> view.shownTables().stream().anyMatch(t -> t.name().equals("ehcp_probe_later")));
        try (Connection c = Services.get(WorkspaceDatabaseService.class).database().connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE ehcp_probe_later");
        }

        Path xlsx = Files.createTempDirectory("export").resolve("ehcp_probe.xlsx");
        org.eclipse.core.runtime.jobs.Job export = view.exportJob(view.shownTables().stream()
                .filter(t -> t.name().equals("ehcp_probe")).findFirst().orElseThrow(), xlsx);
        export.schedule();
        export.join();
        assertEquals("Exported 4,321 rows of ehcp_probe to " + xlsx, export.getResult().getMessage());
        assertTrue(Files.size(xlsx) > 1000, "an xlsx workbook was written");
        Screenshots.save(window.getShell(), "workbench-data-view.png");
    }

    /** After a real import: only main is listed, with each table's description; the toggle adds the staging tables. */
    @Test
    void dataViewDescribesTheAnalystsTablesAndHidesStagingUntilAsked() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        PlatformUI.getWorkbench().showPerspective(HighNeedsPerspective.ID, window);
        window.getShell().setBounds(window.getShell().getDisplay().getPrimaryMonitor().getClientArea());
        ImportResult imported;
        try (Connection c = Services.get(WorkspaceDatabaseService.class).database().connect()) {
            imported = new ImportService(c, DatasetCatalog.fromExtensions().importers()).importFile(
                    SharedData.file("ap-placements-spc", "spc_ap_setting.csv"), null,
                    new NullProgressMonitor());
        }
        String rawTable = "raw.raw_p" + imported.provenanceId();
        DataView view = (DataView) page.showView(DataView.ID);
        view.setShowStaging(false);
        Display display = window.getShell().getDisplay();
        EventLoop.waitUntil(display, "the Data view", () -> view.shownTables().stream().anyMatch(t -> t.name().equals("ees_observation") && t.rows() > 0));
        assertTrue(view.shownTables().stream().allMatch(TableSummary::userFacing), view.shownTables().toString());

        org.eclipse.swt.widgets.Table table = findTable(window.getShell());
        assertEquals("Description", table.getColumn(2).getText());
        TableItem provenance = Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals("provenance")).findFirst()
                .orElseThrow(() -> new AssertionError("provenance is not listed"));
        // the description of schema V061, as the database holds it
        String expected;
        try (Connection c = Services.get(WorkspaceDatabaseService.class).database().connect(); Statement s = c.createStatement();
                java.sql.ResultSet r = s.executeQuery("SELECT comment FROM duckdb_tables() WHERE schema_name = 'main' "
                        + "AND table_name = 'provenance'")) {
            r.next();
            expected = r.getString(1);
        }
        assertTrue(expected.startsWith("Every imported file"), expected);
        assertEquals(expected, provenance.getText(2));
        assertTrue(Arrays.stream(table.getItems()).noneMatch(i -> i.getText(0).equals(rawTable)));
        Screenshots.save(window.getShell(), "workbench-data-view-descriptions.png");

        view.setShowStaging(true);
        EventLoop.waitUntil(display, "the Data view", () -> view.shownTables().stream().anyMatch(t -> t.qualifiedName().equals(rawTable)));
        assertTrue(Arrays.stream(findTable(window.getShell()).getItems()).anyMatch(i -> i.getText(0).equals(rawTable)));
        assertTrue(view.shownTables().stream().anyMatch(t -> t.qualifiedName().equals("meta.view_source")));
        view.setShowStaging(false);
        EventLoop.waitUntil(display, "the Data view", () -> view.shownTables().stream().allMatch(TableSummary::userFacing));
        assertFalse(view.isShowingStaging());
    }

    @Test
    void helpMenuOffersInstallNewSoftwareAndAbout() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Menu bar = shell.getMenuBar();
        MenuItem help = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("Help")).findFirst().orElseThrow();
        Menu helpMenu = help.getMenu();
        // Menus are filled when shown; ask the menu manager to fill them now.
        helpMenu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
        String[] labels = Arrays.stream(helpMenu.getItems()).map(i -> i.getText().replace("&", "")).toArray(String[]::new);
        assertTrue(Arrays.stream(labels).anyMatch(l -> l.startsWith("Install New Software")), Arrays.toString(labels));
        assertTrue(Arrays.stream(labels).anyMatch(l -> l.startsWith("About High Needs Workbench")), Arrays.toString(labels));
        helpMenu.notifyListeners(SWT.Hide, new org.eclipse.swt.widgets.Event());
    }

    /** The Data view's table (its first column is "Table"). */
    private static org.eclipse.swt.widgets.Table findTable(Shell shell) {
        return Widgets.find(shell, org.eclipse.swt.widgets.Table.class,
                t -> t.getColumnCount() >= 2 && t.getColumn(0).getText().equals("Table"));
    }
}
