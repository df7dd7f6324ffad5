package org.highneeds.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import java.time.Duration;
import org.highneeds.testing.ui.Screenshots;
import org.highneeds.testing.ui.EventLoop;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.highneeds.ui.HighNeedsJob;
import org.highneeds.ui.internal.DataView;
import org.highneeds.ui.internal.imports.DataCatalogView;
import org.highneeds.ui.internal.start.Perspectives;
import org.highneeds.ui.internal.start.StartPageView;
import org.junit.jupiter.api.Test;

/** One menu structure in the start page's order, and a perspective per job with the views that job needs. */
class WorkbenchLayoutTest {

    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    private final Shell shell = window.getShell();
    private final Display display = shell.getDisplay();

    @Test
    void theJobsMenusStandInTheOrderOfTheStartPage() {
        List<String> bar = Arrays.stream(shell.getMenuBar().getItems()).map(i -> i.getText().replace("&", "")).toList();
        // the installed jobs' menus (benchmarking, then the data job's SQL) between Edit and Window
        assertEquals(List.of("File", "Edit", "Benchmarking", "SQL", "Window", "Help"), bar);
        Menu windowMenu = menu("Window");
        List<String> labels = Workbench.labels(windowMenu);
        assertEquals("Start Page", labels.get(0), labels.toString());
        assertTrue(labels.contains("Open Perspective"), labels.toString());
        hide(windowMenu);
        Menu help = menu("Help");
        assertEquals("Start Page", Workbench.labels(help).get(0), Workbench.labels(help).toString());
        hide(help);
        assertEquals(List.of("provision", "sufficiency", "commissioning", "benchmarking", "data"),
                Arrays.stream(HighNeedsJob.values()).map(HighNeedsJob::menuGroup).toList());
    }

    @Test
    void eachJobHasItsPerspective() throws Exception {
        shell.setBounds(0, 0, 1600, 1000);
        IWorkbenchPage page = window.getActivePage();

        PlatformUI.getWorkbench().showPerspective(HighNeedsJob.START_PERSPECTIVE_ID, window);
        assertNotNull(page.findView(StartPageView.ID));
        assertFalse(page.isEditorAreaVisible(), "the start page has the window to itself");
        assertNull(page.findView(DataView.ID));

        PlatformUI.getWorkbench().showPerspective(HighNeedsJob.DATA_PERSPECTIVE_ID, window);
        assertNotNull(page.findView(DataView.ID));
        assertNotNull(page.findView(DataCatalogView.ID));
        assertNotNull(page.findViewReference("org.highneeds.ui.model.views.areas"), "Local Areas belong to the data");

        PlatformUI.getWorkbench().showPerspective(HighNeedsJob.BENCHMARKING.perspectiveId(), window);
        assertEquals(HighNeedsJob.BENCHMARKING.perspectiveId(), page.getPerspective().getId());
        assertNotNull(page.findViewReference("org.highneeds.ui.benchmarking.views.benchmarking"));
        assertNotNull(page.findViewReference("org.highneeds.ui.benchmarking.views.profile"));
        assertNull(page.findView(DataCatalogView.ID), "the catalogue belongs to the data job");
        assertFalse(page.isEditorAreaVisible());

        assertFalse(HighNeedsJob.PROVISION.installed(), "provision is still coming");
        page.closeAllEditors(false);
        // the start page's "Query data" link: the Query perspective, with a console to type in
        assertTrue(Perspectives.open(HighNeedsJob.DATA));
        assertEquals("org.highneeds.ui.sql.perspective", page.getPerspective().getId());
        EventLoop.waitUntil(display, Duration.ofMillis(20_000), "the SQL console", () -> page.getActiveEditor() != null);
        assertEquals("org.highneeds.ui.sql.editor", page.getActiveEditor().getSite().getId());
        assertNull(page.findView(DataCatalogView.ID), "no catalogue beside the SQL console");
        assertNull(page.findView(IPageLayout.ID_PROP_SHEET), "no properties beside the SQL console");
        assertNotNull(page.findView(DataView.ID), "the tables to query, in a narrow column");
        assertTrue(page.isEditorAreaVisible());

        // a result: the grid gets most of the window's height
        StyledText text = Workbench.find(shell, StyledText.class, t -> t.isVisible() && t.getEditable()).orElseThrow();
        text.setText("SELECT range AS row_number, range * range AS square FROM range(200)");
        text.setFocus();
        execute("org.highneeds.ui.sql.commands.runStatement");
        EventLoop.waitUntil(display, Duration.ofMillis(30_000), "the results grid",
                () -> Workbench.find(shell, Table.class, t -> t.isVisible() && t.getItemCount() == 200).isPresent());
        Table grid = Workbench.find(shell, Table.class, t -> t.isVisible() && t.getItemCount() == 200).orElseThrow();
        Rectangle area = grid.getClientArea();
        int rowsShown = (area.height - grid.getHeaderHeight()) / grid.getItemHeight();
        Screenshots.save(shell, "sql-perspective-1600.png");
        assertTrue(rowsShown >= 18, "the results grid shows " + rowsShown + " rows at 1600x1000");
        shell.setBounds(0, 0, 1280, 800);
        EventLoop.waitUntil(display, Duration.ofMillis(1_000), "the window to lay out", () -> true);
        Screenshots.save(shell, "sql-perspective-1280.png");
        page.closeAllEditors(false);
        PlatformUI.getWorkbench().showPerspective(HighNeedsJob.START_PERSPECTIVE_ID, window);
    }

    private void execute(String commandId) throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command command = commands.getCommand(commandId);
        assertTrue(command.isDefined(), commandId);
        window.getService(IHandlerService.class).executeCommand(new ParameterizedCommand(command, null), null);
    }

    private Menu menu(String label) {
        MenuItem item = Arrays.stream(shell.getMenuBar().getItems()).filter(i -> i.getText().replace("&", "").equals(label))
                .findFirst().orElseThrow();
        Menu menu = item.getMenu();
        // menus are filled when shown
        menu.notifyListeners(SWT.Show, new Event());
        return menu;
    }

    private static void hide(Menu menu) {
        menu.notifyListeners(SWT.Hide, new Event());
    }
}
