package org.highneeds.ui.sql.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.highneeds.data.SqlQuoting;
import org.highneeds.sql.ExportFormat;
import org.highneeds.testing.SharedData;
import org.highneeds.testing.ui.EventLoop;
import org.highneeds.testing.ui.Screenshots;
import org.highneeds.testing.ui.Widgets;
import org.highneeds.ui.sql.SqlUi;
import org.highneeds.ui.sql.internal.ParameterDialog;
import org.highneeds.ui.sql.internal.QueryHistoryView;
import org.highneeds.ui.sql.internal.ResultTab;
import org.highneeds.ui.sql.internal.SqlCompletionProcessor;
import org.highneeds.ui.sql.internal.SqlEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.highneeds.data.Services;
import org.highneeds.data.WorkspaceDatabaseService;

/**
 * The SQL console in the running workbench, over the real SEN2 2025 caseload file: commands and menus,
 * running, the virtual grid (values, sorting, filtering, copying, NULLs and suppressed figures), error
 * marking, parameters, history, read-only mode and destructive-statement confirmation.
 */
class SqlConsoleTest {

    /** The query of the screenshot: local authorities by EHC plans, January 2025. */
    static final String LARGEST_CASELOADS = """
            -- EHC plans by local authority, January 2025 (SEN2 caseload)
            SELECT la_name, region_name,
                   TRY_CAST(ehcplans AS INT) AS ehcplans,
                   TRY_CAST(special_total AS INT) AS in_special_schools,
                   TRY_CAST(special_independent AS INT) AS independent_special,
                   TRY_CAST(special_total_pc AS DOUBLE) AS special_pc
            FROM caseload
            WHERE time_period = '202425' AND geographic_level = 'Local authority'
              AND breakdown_topic = 'All EHC plans'
            ORDER BY TRY_CAST(ehcplans AS INT) DESC;
            """;

    private static final String LA_FILTER = "time_period = '202425' AND geographic_level = 'Local authority' "
            + "AND breakdown_topic = 'All EHC plans'";

    @BeforeAll
    static void loadSen2Caseload() throws Exception {
        Path csv = SharedData.file("ehcp-sen2-2025", "caseload.csv");
        try (Connection c = Services.get(WorkspaceDatabaseService.class).database().connect(); Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE caseload AS SELECT * FROM read_csv("
                    + SqlQuoting.literal(csv.toString()) + ", all_varchar = true)");
        }
        SqlUi.getDefault().getPreferenceStore().setValue(SqlUi.PREF_READ_ONLY, false);
    }

    @AfterEach
    void closeConsoles() {
        SqlUi.getDefault().getPreferenceStore().setValue(SqlUi.PREF_READ_ONLY, false);
        page().closeAllEditors(false);
        EventLoop.processEvents(Display.getCurrent());
    }

    @Test
    void consoleRunsTheStatementAtTheCursorIntoAVirtualGrid() throws Exception {
        SqlEditor editor = newConsoleThroughTheCommand();
        String script = "SELECT 1 AS warm_up;\n\n" + LARGEST_CASELOADS;
        editor.document().set(script);
        editor.selectAndReveal(3, 0); // caret in the first statement
        execute(SqlEditor.RUN_STATEMENT_COMMAND);
        assertEquals("1", text(waitForResult(editor).table(), 0, 1));
        editor.selectAndReveal(script.indexOf("la_name"), 0); // caret in the second statement
        execute(SqlEditor.RUN_STATEMENT_COMMAND);
        ResultTab tab = waitForResult(editor);

        Table grid = tab.table();
        assertTrue((grid.getStyle() & SWT.VIRTUAL) != 0, "the grid is virtual");
        assertEquals(153, grid.getItemCount(), "153 local authorities reported SEN2 in January 2025");
        assertEquals(1, editor.results().tabs().size(), "only the statement at the cursor ran");
        List<String> header = Arrays.stream(grid.getColumns()).map(c -> c.getText()).toList();
        assertEquals(List.of("#", "la_name", "region_name", "ehcplans", "in_special_schools", "independent_special",
                "special_pc"), header);
        // Kent has the most EHC plans; figures are grouped as everywhere else in the workbench
        String[] kent = expectedRow("ORDER BY TRY_CAST(ehcplans AS INT) DESC LIMIT 1");
        assertEquals("Kent", text(grid, 0, 1));
        assertEquals(kent[0], text(grid, 0, 1));
        assertEquals(String.format("%,d", Long.parseLong(kent[1])), text(grid, 0, 3));
        assertEquals("20,635", text(grid, 0, 3));
        assertEquals(SWT.RIGHT, grid.getColumn(3).getAlignment(), "numbers are right-aligned");
        assertEquals(SWT.LEFT, grid.getColumn(1).getAlignment());
        // a row far down is fetched on demand
        String last = text(grid, 152, 1);
        assertEquals(expectedRow("ORDER BY TRY_CAST(ehcplans AS INT) ASC NULLS FIRST LIMIT 1")[0], last);
        assertTrue(editor.results().outputText().contains("153 rows"), editor.results().outputText());

        ((QueryHistoryView) page().showView(QueryHistoryView.ID, null, IWorkbenchPage.VIEW_VISIBLE)).search("");
        Screenshots.save(editor.getSite().getShell(), "sql-console-sen2.png");

        // sort: a click on the la_name header sorts A-Z in DuckDB; a second click Z-A
        grid.getColumn(1).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        waitForJobs();
        waitUntil(() -> grid.getSortColumn() == grid.getColumn(1), "sorted by la_name");
        assertEquals(SWT.UP, grid.getSortDirection());
        assertEquals(expectedRow("ORDER BY la_name LIMIT 1")[0], text(grid, 0, 1));
        grid.getColumn(1).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        waitForJobs();
        waitUntil(() -> grid.getSortDirection() == SWT.DOWN, "sorted Z-A");
        assertEquals(expectedRow("ORDER BY la_name DESC LIMIT 1")[0], text(grid, 0, 1));

        // copy: two rows with the header as TSV, numbers without grouping so Excel reads them as numbers
        grid.getColumn(3).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        grid.getColumn(3).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        waitForJobs();
        waitUntil(() -> "Kent".equals(text(grid, 0, 1)), "sorted by EHC plans, largest first");
        grid.setSelection(0, 1);
        waitForJob(tab.copyRows(true));
        String tsv = clipboard();
        String[] lines = tsv.split("\r?\n");
        assertEquals("la_name\tregion_name\tehcplans\tin_special_schools\tindependent_special\tspecial_pc", lines[0]);
        assertTrue(lines[1].startsWith("Kent\tSouth East\t20635\t"), lines[1]);
        assertEquals(3, lines.length, tsv);

        // Ctrl+C with the focus in the grid copies cells, not SQL text
        grid.setSelection(2);
        grid.setFocus();
        EventLoop.processEvents(Display.getCurrent());
        assertTrue(grid.isFocusControl(), "the grid has the focus");
        execute(IWorkbenchCommandConstants.EDIT_COPY);
        waitForJobs();
        String third = text(grid, 2, 1);
        waitUntil(() -> clipboard().startsWith(third + "\t"), "the third row on the clipboard");

        // filter: region contains "london"
        waitForJob(tab.filter(1, "london"));
        waitUntil(() -> grid.getItemCount() == 33, "33 London boroughs");
        waitUntil(() -> !text(grid, 0, 2).isEmpty(), "first filtered row");
        assertEquals("London", text(grid, 0, 2));

        // export what is shown
        Path xlsx = Files.createTempDirectory("sql-export").resolve("london.csv");
        waitForJob(tab.export(xlsx, ExportFormat.CSV));
        List<String> csvLines = Files.readAllLines(xlsx);
        assertEquals(34, csvLines.size(), "header and 33 London rows");
    }

    @Test
    void nullsAndSuppressedFiguresLookDifferentFromData() throws Exception {
        SqlEditor editor = newConsole("SELECT la_name, mainstream_total, NULL AS not_recorded, 12345.5 AS amount\n"
                + "FROM caseload WHERE " + LA_FILTER + " AND mainstream_total = 'x' ORDER BY la_name");
        editor.selectAndReveal(0, 0);
        editor.run(false);
        ResultTab tab = waitForResult(editor);
        Table grid = tab.table();
        assertEquals(2, grid.getItemCount(), "two LAs have suppressed caseloads");
        TableItem row = grid.getItem(0);
        waitUntil(() -> !row.getText(1).isEmpty(), "row filled");
        assertEquals("x", row.getText(2));
        assertEquals("NULL", row.getText(3));
        assertEquals("12,345.5", row.getText(4));
        assertTrue((row.getFont(3).getFontData()[0].getStyle() & SWT.ITALIC) != 0, "NULL is italic");
        assertFalse(row.getForeground(3).equals(row.getForeground(1)), "NULL is not coloured like text");
        assertFalse(row.getForeground(2).equals(row.getForeground(1)), "a suppressed figure is not coloured like text");
        assertFalse(row.getForeground(2).equals(row.getForeground(3)), "suppressed is not NULL");
    }

    @Test
    void anErrorIsMarkedAtItsLineAndStopsTheScript() throws Exception {
        String script = "SELECT count(*) AS plans FROM caseload;\n"
                + "\n"
                + "SELECT la_name,\n"
                + "       no_such_column\n"
                + "FROM caseload;\n"
                + "SELECT 3 AS never_run;\n";
        SqlEditor editor = newConsole(script);
        execute(SqlEditor.RUN_SCRIPT_COMMAND);
        waitUntil(() -> !editor.isRunning() && !editor.errors().isEmpty(), "the error annotation");
        assertEquals(1, editor.results().tabs().size(), "the first statement's result; the third never ran");
        Map<Annotation, Position> errors = editor.errors();
        assertEquals(1, errors.size());
        Map.Entry<Annotation, Position> error = errors.entrySet().iterator().next();
        IDocument doc = editor.document();
        assertEquals(3, doc.getLineOfOffset(error.getValue().getOffset()), "0-based line 3 is the 4th line");
        assertEquals("no_such_column", doc.get(error.getValue().getOffset(), error.getValue().getLength()));
        assertTrue(error.getKey().getText().contains("no_such_column"), error.getKey().getText());
        assertTrue(editor.results().outputText().contains("failed at line 4"), editor.results().outputText());
    }

    @Test
    void parametersArePromptedPrefilledAndRemembered() throws Exception {
        SqlUi.getDefault().parameters().put("period", "202425");
        SqlEditor editor = newConsole("SELECT count(*) AS las FROM caseload\n"
                + "WHERE time_period = :period AND geographic_level = :level AND breakdown_topic = 'All EHC plans'");
        Display display = editor.getSite().getShell().getDisplay();
        AtomicReference<String> prefilled = new AtomicReference<>();
        answerDialog(display, ParameterDialog.TITLE, shell -> {
            for (Text t : Widgets.findAll(shell, Text.class)) {
                if ("period".equals(t.getData("parameter"))) {
                    prefilled.set(t.getText());
                } else if ("level".equals(t.getData("parameter"))) {
                    t.setText("Local authority");
                }
            }
            return true;
        });
        editor.run(false);
        ResultTab tab = waitForResult(editor);
        assertEquals("202425", prefilled.get(), "the last value is offered again");
        assertEquals("153", text(tab.table(), 0, 1));
        assertEquals("Local authority", SqlUi.getDefault().parameters().get("level"), "the new value is remembered");
        assertTrue(Files.readString(SqlUi.getDefault().stateFolder().resolve("parameters.properties")).contains("level"));
    }

    @Test
    void aConsoleSavedAsAScriptKeepsItsSql() throws Exception {
        String sql = "SELECT count(*) AS plans FROM caseload;\n";
        SqlEditor editor = newConsole(sql);
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("console").resolve("plans.sql");
        assertTrue(editor.isSaveAsAllowed());
        editor.saveConsoleAs(file);
        assertEquals(sql, java.nio.file.Files.readString(file));
        assertTrue(editor.getEditorInput() instanceof org.eclipse.ui.IURIEditorInput, editor.getEditorInput().getClass().getName());
        assertEquals("plans.sql", editor.getEditorInput().getName());
        editor.document().replace(0, 0, "-- EHC plans\n");
        editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
        assertEquals("-- EHC plans\n" + sql, java.nio.file.Files.readString(file));
    }

    @Test
    void historyListsWhatRanAndSearchesIt() throws Exception {
        SqlEditor editor = newConsole("SELECT count(DISTINCT la_name) AS history_probe FROM caseload");
        editor.run(false);
        waitForResult(editor);
        QueryHistoryView view = (QueryHistoryView) page().showView(QueryHistoryView.ID);
        view.search("history_probe");
        EventLoop.processEvents(Display.getCurrent());
        assertFalse(view.shownEntries().isEmpty());
        assertTrue(view.shownEntries().get(0).sql().contains("history_probe"));
        assertTrue(view.shownEntries().get(0).rowCount() == 1);
        view.search("no statement says this 4711");
        EventLoop.processEvents(Display.getCurrent());
        assertTrue(view.shownEntries().isEmpty());
        assertTrue(Files.isRegularFile(SqlUi.getDefault().history().file()));
    }

    @Test
    void completionProposesColumnsOfTheTableInFrom() throws Exception {
        SqlUi.getDefault().catalog().refresh();
        String sql = "SELECT la_na FROM caseload";
        SqlEditor editor = newConsole(sql);
        ICompletionProposal[] proposals = new SqlCompletionProcessor().computeCompletionProposals(editor.sourceViewer(),
                sql.indexOf(" FROM"));
        assertTrue(Arrays.stream(proposals).anyMatch(p -> p.getDisplayString().startsWith("la_name")),
                Arrays.toString(Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toArray()));
        // Ctrl+Space reaches the editor's content assist (the command has a handler while a console is active)
        editor.selectAndReveal(sql.indexOf(" FROM"), 0);
        execute(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        EventLoop.processEvents(Display.getCurrent());
        // keywords are coloured bold by the presentation reconciler
        StyleRange select = editor.sourceViewer().getTextWidget().getStyleRangeAtOffset(0);
        assertNotNull(select);
        assertEquals(SWT.BOLD, select.fontStyle & SWT.BOLD);

        // a workspace table's description (COMMENT ON, schema V061) is the proposal's additional info
        String described = "SELECT * FROM provenan";
        SqlEditor other = newConsole(described);
        ICompletionProposal provenance = Arrays.stream(new SqlCompletionProcessor().computeCompletionProposals(
                other.sourceViewer(), described.length())).filter(p -> p.getDisplayString().startsWith("provenance"))
                .findFirst().orElseThrow();
        assertTrue(provenance.getAdditionalProposalInfo().startsWith("Table provenance (main.provenance)\n\nEvery imported "
                + "file: name, checksum, dataset"), provenance.getAdditionalProposalInfo());
    }

    @Test
    void readOnlyModeRefusesWritesAndDestructiveStatementsAreConfirmed() throws Exception {
        try (Connection c = Services.get(WorkspaceDatabaseService.class).database().connect(); Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE console_probe AS SELECT range AS id FROM range(10)");
        }
        SqlUi.getDefault().getPreferenceStore().setValue(SqlUi.PREF_READ_ONLY, true);
        SqlEditor editor = newConsole("DELETE FROM console_probe");
        editor.run(false);
        waitUntil(() -> !editor.isRunning() && editor.results().outputText().contains("failed"), "the refusal");
        assertTrue(editor.results().outputText().toLowerCase().contains("read-only"), editor.results().outputText());
        assertEquals(10, count("console_probe"));

        SqlUi.getDefault().getPreferenceStore().setValue(SqlUi.PREF_READ_ONLY, false);
        Display display = editor.getSite().getShell().getDisplay();
        AtomicReference<String> asked = new AtomicReference<>();
        answerDialog(display, "Change the workspace database?", shell -> {
            asked.set(shell.getText());
            return false; // No
        });
        Job job = editor.run(false);
        assertEquals("Change the workspace database?", asked.get());
        assertEquals(null, job, "nothing runs when the user says no");
        assertEquals(10, count("console_probe"));

        answerDialog(display, "Change the workspace database?", shell -> true);
        waitForJob(editor.run(false));
        waitUntil(() -> !editor.isRunning(), "the delete");
        assertEquals(0, count("console_probe"));
    }


    @Test
    void keysAreBoundAndTheSettingsAndViewAreContributed() throws Exception {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        List<String> run = Arrays.stream(bindings.getActiveBindingsFor(SqlEditor.RUN_STATEMENT_COMMAND))
                .map(TriggerSequence::format).toList();
        // bindings of the editor context are listed even when no console is active
        assertTrue(Arrays.stream(bindings.getBindings()).anyMatch(b -> b.getParameterizedCommand() != null
                && SqlEditor.RUN_STATEMENT_COMMAND.equals(b.getParameterizedCommand().getId())
                && b.getTriggerSequence().equals(KeySequence.getInstance(KeyStroke.getInstance(SWT.MOD1, SWT.CR)))),
                "Ctrl+Enter runs the statement " + run);
        assertTrue(Arrays.stream(bindings.getBindings()).anyMatch(b -> b.getParameterizedCommand() != null
                && SqlEditor.CANCEL_COMMAND.equals(b.getParameterizedCommand().getId())
                && b.getTriggerSequence().format().equals("Esc")), "Esc cancels");
        assertNotNull(PlatformUI.getWorkbench().getPreferenceManager()
                .find("org.highneeds.ui.preferences/org.highneeds.ui.sql.preferences"), "High Needs > SQL page");
        assertEquals(SqlEditor.ID, PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor("scenario.sql").getId());
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        PlatformUI.getWorkbench().showPerspective("org.highneeds.ui.perspective", window);
        assertTrue(Arrays.asList(page().getShowViewShortcuts()).contains(QueryHistoryView.ID));
    }

    @Test
    void aSqlFileOpensRunsMarksErrorsAndSaves() throws Exception {
        Path file = Files.createTempDirectory("sql-file").resolve("caseload-by-region.sql");
        String sql = "SELECT region_name, sum(TRY_CAST(ehcplans AS INT)) AS plans\n"
                + "FROM caseload WHERE " + LA_FILTER + "\n"
                + "GROUP BY region_name ORDER BY plans DESC;\n"
                + "SELECT regoin_name FROM caseload;\n";
        Files.writeString(file, sql);
        SqlEditor editor = (SqlEditor) page().openEditor(
                new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(file.toUri())), SqlEditor.ID);
        assertEquals(sql, editor.document().get());
        execute(SqlEditor.RUN_SCRIPT_COMMAND);
        waitUntil(() -> !editor.isRunning() && !editor.errors().isEmpty(), "the error in the file");
        ResultTab tab = editor.results().tabs().get(0);
        assertEquals(9, tab.table().getItemCount(), "nine English regions");
        assertEquals("South East", text(tab.table(), 0, 1));
        Position error = editor.errors().values().iterator().next();
        assertEquals(3, editor.document().getLineOfOffset(error.getOffset()));
        assertEquals("regoin_name", editor.document().get(error.getOffset(), error.getLength()));

        editor.document().replace(editor.document().get().indexOf("regoin"), 6, "region");
        assertTrue(editor.isDirty());
        editor.doSave(null);
        assertFalse(editor.isDirty());
        assertTrue(Files.readString(file).contains("SELECT region_name FROM caseload;"));
    }

    @Test
    void runSelectionRunsOnlyTheSelectedStatements() throws Exception {
        String sql = "SELECT 'first' AS which;\nSELECT 'second' AS which;\nSELECT 'third' AS which;\n";
        SqlEditor editor = newConsole(sql);
        int from = sql.indexOf("SELECT 'second'");
        editor.selectAndReveal(from, sql.length() - from);
        execute(SqlEditor.RUN_STATEMENT_COMMAND);
        waitUntil(() -> !editor.isRunning() && editor.results().tabs().size() == 2, "two result tabs");
        assertEquals("second", text(editor.results().tabs().get(0).table(), 0, 1));
        assertEquals("third", text(editor.results().tabs().get(1).table(), 0, 1));
    }

    @Test
    void aLongQueryIsCancelled() throws Exception {
        SqlEditor editor = newConsole("SELECT sum(a.range * b.range) AS slow FROM range(200000) a, range(200000) b");
        editor.run(false);
        waitUntil(editor::isRunning, "the query to start");
        Display display = Display.getCurrent();
        EventLoop.settle(display, Duration.ofMillis(300));
        long t0 = System.currentTimeMillis();
        execute(SqlEditor.CANCEL_COMMAND);
        waitUntil(() -> !editor.isRunning(), "the cancel");
        assertTrue(System.currentTimeMillis() - t0 < 10_000, "stopped promptly");
        assertTrue(editor.results().outputText().contains("Cancelled"), editor.results().outputText());
        assertTrue(editor.results().tabs().isEmpty());
        assertNotNull(display);
    }

    @Test
    void doubleClickInTheHistoryRunsTheStatementAgain() throws Exception {
        SqlEditor first = newConsole("SELECT 'again' AS rerun_probe");
        first.run(false);
        waitForResult(first);
        QueryHistoryView view = (QueryHistoryView) page().showView(QueryHistoryView.ID);
        view.search("rerun_probe");
        EventLoop.processEvents(Display.getCurrent());
        Table list = Widgets.find(view.getSite().getShell(), Table.class, t -> t.getColumnCount() == 5
                && t.getColumn(3).getText().equals("SQL"));
        assertNotNull(list);
        org.eclipse.swt.widgets.Event open = new org.eclipse.swt.widgets.Event();
        open.item = list.getItem(0);
        list.setSelection(0);
        list.notifyListeners(SWT.DefaultSelection, open);
        EventLoop.processEvents(Display.getCurrent());
        SqlEditor again = (SqlEditor) page().getActiveEditor();
        assertFalse(again == first, "a new console");
        assertEquals("SELECT 'again' AS rerun_probe", again.document().get());
        ResultTab tab = waitForResult(again);
        assertEquals("again", text(tab.table(), 0, 1));
    }

    // ---------------------------------------------------------------- helpers

    private static long count(String table) throws Exception {
        try (Connection c = Services.get(WorkspaceDatabaseService.class).database().connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** la_name and ehcplans of the LA row a direct query returns with the given ORDER BY ... LIMIT 1. */
    private static String[] expectedRow(String orderBy) throws Exception {
        try (Connection c = Services.get(WorkspaceDatabaseService.class).database().connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT la_name, ehcplans FROM caseload WHERE " + LA_FILTER + " " + orderBy)) {
            rs.next();
            return new String[] {rs.getString(1), rs.getString(2)};
        }
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static SqlEditor newConsoleThroughTheCommand() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        PlatformUI.getWorkbench().showPerspective("org.highneeds.ui.perspective", window);
        // no window manager under Xvfb: size the window to the screen ourselves
        window.getShell().setBounds(window.getShell().getDisplay().getPrimaryMonitor().getClientArea());
        // the SQL menu sits in the menu bar's additions group
        Menu bar = window.getShell().getMenuBar();
        MenuItem sql = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("SQL")).findFirst()
                .orElseThrow(() -> new AssertionError("no SQL menu"));
        sql.getMenu().notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
        List<String> labels = Arrays.stream(sql.getMenu().getItems()).map(i -> i.getText().replace("&", "")).toList();
        sql.getMenu().notifyListeners(SWT.Hide, new org.eclipse.swt.widgets.Event());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("New SQL Console")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("Query History")), labels.toString());
        execute("org.highneeds.ui.sql.commands.newConsole");
        EventLoop.processEvents(Display.getCurrent());
        assertTrue(page().getActiveEditor() instanceof SqlEditor, String.valueOf(page().getActiveEditor()));
        return (SqlEditor) page().getActiveEditor();
    }

    private static SqlEditor newConsole(String sql) throws Exception {
        SqlEditor editor = newConsoleThroughTheCommand();
        editor.document().set(sql);
        editor.selectAndReveal(0, 0);
        EventLoop.processEvents(Display.getCurrent());
        return editor;
    }

    private static void execute(String commandId) throws Exception {
        IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
        handlers.executeCommand(commandId, null);
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        EventLoop.waitUntil(Display.getCurrent(), Duration.ofSeconds(60), what, condition);
    }

    private static ResultTab waitForResult(SqlEditor editor) {
        waitUntil(() -> !editor.isRunning() && !editor.results().tabs().isEmpty(), "a result tab");
        ResultTab tab = editor.results().tabs().get(editor.results().tabs().size() - 1);
        waitUntil(() -> tab.table().getItemCount() == 0 || !text(tab.table(), 0, 1).isEmpty(), "the first rows");
        return tab;
    }

    /** Text of a cell; reading a virtual item may start a page fetch, so wait for it when empty. */
    private static String text(Table grid, int row, int column) {
        EventLoop.tryWaitUntil(Display.getCurrent(), Duration.ofSeconds(20), () -> !grid.getItem(row).getText(column).isEmpty());
        return grid.getItem(row).getText(column);
    }

    private static String clipboard() {
        Clipboard clipboard = new Clipboard(Display.getCurrent());
        try {
            return (String) clipboard.getContents(TextTransfer.getInstance());
        } finally {
            clipboard.dispose();
        }
    }

    /** Answers the next dialog with the given title: the function fills it in and says OK (true) or not. */
    private static void answerDialog(Display display, String title, java.util.function.Predicate<Shell> answer) {
        Runnable[] poll = new Runnable[1];
        long deadline = System.currentTimeMillis() + 20_000;
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (shell.isVisible() && title.equals(shell.getText())) {
                    boolean ok = answer.test(shell);
                    pressButton(shell, ok);
                    return;
                }
            }
            if (System.currentTimeMillis() < deadline) {
                display.timerExec(100, poll[0]);
            }
        };
        display.timerExec(100, poll[0]);
    }

    private static void pressButton(Shell shell, boolean ok) {
        List<Button> buttons = Widgets.findAll(shell, Button.class);
        // OK is the default button; the other push button is Cancel / No
        Button target = ok ? shell.getDefaultButton()
                : buttons.stream().filter(b -> b != shell.getDefaultButton() && (b.getStyle() & SWT.PUSH) != 0)
                        .findFirst().orElseThrow();
        target.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    private static void waitForJob(Job job) {
        assertNotNull(job, "a job was started");
        waitUntil(() -> job.getState() == Job.NONE, job.getName());
        EventLoop.processEvents(Display.getCurrent());
    }

    private static void waitForJobs() {
        waitUntil(() -> Job.getJobManager().find(SqlEditor.JOB_FAMILY).length == 0, "SQL console jobs");
        EventLoop.processEvents(Display.getCurrent());
    }
}
