package org.highneeds.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.highneeds.testing.ui.EventLoop;
import org.highneeds.testing.ui.Screenshots;
import org.highneeds.testing.ui.Widgets;
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

        org.eclipse.swt.widgets.Table table = Widgets.find(window.getShell(), org.eclipse.swt.widgets.Table.class,
                t -> t.getColumnCount() == 2 && t.getColumn(0).getText().equals("Table"));
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
}
