package org.highneeds.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.highneeds.ui.HighNeedsUi;
import org.highneeds.ui.internal.DataView;
import org.highneeds.ui.internal.HighNeedsPerspective;
import org.junit.jupiter.api.Test;

/** The running workbench: High Needs perspective, Data view showing a table made through the data bundle, menus. */
class DataViewTest {

    @Test
    void dataViewListsATableCreatedThroughTheDataBundle() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        PlatformUI.getWorkbench().showPerspective(HighNeedsPerspective.ID, window);
        assertEquals(HighNeedsPerspective.ID, page.getPerspective().getId());
        assertTrue(window.getShell().getText().startsWith("High Needs Workbench"), window.getShell().getText());

        try (Connection c = HighNeedsUi.getDefault().database().connect(); Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE ehcp_probe AS SELECT range AS id, 'SEMH' AS need FROM range(4321)");
        }
        DataView view = (DataView) page.showView(DataView.ID);
        assertNotNull(view);
        view.refresh();
        Display display = window.getShell().getDisplay();
        waitUntil(display, () -> view.shownTables().stream().anyMatch(t -> t.name().equals("ehcp_probe")));

        org.eclipse.swt.widgets.Table table = findTable(window.getShell());
        TableItem row = Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals("ehcp_probe")).findFirst()
                .orElseThrow(() -> new AssertionError("ehcp_probe is not listed in the Data view"));
        assertEquals("4,321", row.getText(1));

        // a change made elsewhere (an import, a SQL console) reaches the view without F5
        try (Connection c = HighNeedsUi.getDefault().database().connect(); Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE ehcp_probe_later AS SELECT range AS id FROM range(12)");
        }
        HighNeedsUi.getDefault().fireDatabaseChanged();
        waitUntil(display, () -> view.shownTables().stream().anyMatch(t -> t.name().equals("ehcp_probe_later")));
        try (Connection c = HighNeedsUi.getDefault().database().connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE ehcp_probe_later");
        }

        Path xlsx = Files.createTempDirectory("export").resolve("ehcp_probe.xlsx");
        org.eclipse.core.runtime.jobs.Job export = view.exportJob(view.shownTables().stream()
                .filter(t -> t.name().equals("ehcp_probe")).findFirst().orElseThrow(), xlsx);
        export.schedule();
        export.join();
        assertEquals("Exported 4,321 rows of ehcp_probe to " + xlsx, export.getResult().getMessage());
        assertTrue(Files.size(xlsx) > 1000, "an xlsx workbook was written");
        screenshot(window.getShell(), "workbench-data-view.png");
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

    private static org.eclipse.swt.widgets.Table findTable(org.eclipse.swt.widgets.Composite parent) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Table t && t.getColumnCount() == 2 && t.getColumn(0).getText().equals("Table")) {
                return t;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite c) {
                org.eclipse.swt.widgets.Table t = findTable(c);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    private static void waitUntil(Display display, BooleanSupplier condition) {
        waitUntil(display, "the Data view", 30_000, condition);
    }

    /** Runs the event loop until {@code condition} holds; fails naming {@code what} after {@code millis}. */
    static void waitUntil(Display display, String what, long millis, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
        while (display.readAndDispatch()) {
            // let the viewer paint
        }
    }

    /** Saves a picture of the window for people to look at; CI keeps it under target/screenshots. */
    static void screenshot(Shell shell, String name) throws Exception {
        screenshot(shell, shell.getBounds(), name);
    }

    /** Saves a picture of {@code bounds} (display coordinates), e.g. the status bar of a window. */
    static void screenshot(Shell shell, Rectangle bounds, String name) throws Exception {
        String dir = System.getProperty("highneeds.screenshots");
        if (dir == null) {
            return;
        }
        Display display = shell.getDisplay();
        while (display.readAndDispatch()) {
            // paint before capturing
        }
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            Files.createDirectories(Path.of(dir));
            loader.save(Path.of(dir, name).toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
    }
}
