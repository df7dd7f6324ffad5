package org.highneeds.ui.sql.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.jface.text.source.ISourceViewer;
import org.highneeds.sql.ExecutionResult;
import org.highneeds.sql.HistoryEntry;
import org.highneeds.sql.NamedParameters;
import org.highneeds.sql.ParameterStore;
import org.highneeds.sql.ResultPage;
import org.highneeds.sql.SqlScript;
import org.highneeds.sql.SqlSession;
import org.highneeds.sql.SqlStatement;
import org.highneeds.sql.StatementClassification;
import org.highneeds.sql.StatementKind;
import org.highneeds.ui.sql.SqlUi;
import org.highneeds.data.Services;
import org.highneeds.data.WorkspaceDatabaseService;

/**
 * The SQL console: a text editor for a {@code .sql} file or an untitled console, with the results of the
 * statements it ran below. It keeps one connection of the workspace database for its whole life, so temp
 * tables made in it stay visible to its later statements.
 */
public final class SqlEditor extends TextEditor {

    /** Id of the editor. */
    public static final String ID = "org.highneeds.ui.sql.editor";
    /** Key binding context active while typing SQL. */
    public static final String CONTEXT_ID = "org.highneeds.ui.sql.editorContext";
    /** Command ids, bound to keys in plugin.xml and handled by this editor's actions. */
    public static final String RUN_STATEMENT_COMMAND = "org.highneeds.ui.sql.commands.runStatement";
    /** Runs the whole script. */
    public static final String RUN_SCRIPT_COMMAND = "org.highneeds.ui.sql.commands.runScript";
    /** Cancels the running statement. */
    public static final String CANCEL_COMMAND = "org.highneeds.ui.sql.commands.cancel";
    /** Family of every job of the SQL console (statements, page fetches, exports, copies), for tests and waits. */
    public static final Object JOB_FAMILY = new Object();
    /** Annotation type of a failed statement's position (drawn as the platform's error squiggle). */
    public static final String ERROR_ANNOTATION = "org.eclipse.ui.workbench.texteditor.error";

    private Connection connection;
    private Display display;
    private SqlSession session;
    private ResultsPanel results;
    private volatile Job running;
    private IAction runStatementAction;
    private IAction runScriptAction;
    private IAction cancelAction;
    private final List<Annotation> errorAnnotations = new ArrayList<>();

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setDocumentProvider(SqlDocumentProvider.shared());
        setSourceViewerConfiguration(new SqlSourceViewerConfiguration(getPreferenceStore()));
    }

    /** Line numbers always: errors are reported by line. */
    @Override
    protected boolean isLineNumberRulerVisible() {
        return true;
    }

    @Override
    protected void initializeKeyBindingScopes() {
        setKeyBindingScopes(new String[] {CONTEXT_ID});
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        try {
            connection = Services.get(WorkspaceDatabaseService.class).database().connect();
        } catch (Exception e) {
            throw new PartInitException("Cannot connect to the workspace database: " + e.getMessage(), e);
        }
        session = new SqlSession(connection, SqlUi.getDefault().readOnlyMode());
        // warm the completion catalog now, so the first Ctrl+Space does not wait for it
        Job warm = Job.create("Loading the SQL catalog", monitor -> {
            try {
                SqlUi.getDefault().catalog().snapshot();
            } catch (Exception e) {
                ILog.of(SqlEditor.class).warn("Could not load the SQL catalog", e);
            }
        });
        warm.setSystem(true);
        warm.schedule();
    }

    @Override
    protected void doSetInput(IEditorInput input) throws org.eclipse.core.runtime.CoreException {
        super.doSetInput(input);
        IDocument document = getDocumentProvider().getDocument(input);
        if (document != null) {
            SqlPartitions.install(document);
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        display = parent.getDisplay();
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        Composite text = new Composite(sash, SWT.NONE);
        text.setLayout(new FillLayout());
        super.createPartControl(text);
        results = new ResultsPanel(sash, this);
        // a statement is a few lines; the answer is the many rows a commissioner reads
        sash.setWeights(30, 70);
    }

    @Override
    protected void createActions() {
        super.createActions();
        runStatementAction = action("Run Statement or Selection (Ctrl+Enter)", SqlImages.RUN, RUN_STATEMENT_COMMAND,
                () -> run(false));
        runScriptAction = action("Run Script (Alt+X)", SqlImages.RUN_SCRIPT, RUN_SCRIPT_COMMAND, () -> run(true));
        cancelAction = action("Cancel Query (Esc)", SqlImages.CANCEL, CANCEL_COMMAND, this::cancel);
        cancelAction.setEnabled(false);

        Action assist = new Action("Content Assist") {
            @Override
            public void run() {
                ISourceViewer viewer = getSourceViewer();
                if (viewer instanceof ITextOperationTarget target && target.canDoOperation(ISourceViewer.CONTENTASSIST_PROPOSALS)) {
                    target.doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
                }
            }
        };
        assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        setAction(ITextEditorActionConstants.CONTENT_ASSIST, assist);

        // Ctrl+C is a key binding of the whole editor: with the focus in a result grid it must copy cells
        IAction textCopy = getAction(ITextEditorActionConstants.COPY);
        Action copy = new Action("Copy") {
            @Override
            public void run() {
                if (results != null && results.gridHasFocus()) {
                    results.copySelection(false);
                } else if (textCopy != null) {
                    textCopy.run();
                }
            }
        };
        copy.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_COPY);
        setAction(ITextEditorActionConstants.COPY, copy);
    }

    private IAction action(String text, String icon, String command, Runnable run) {
        Action a = new Action(text, SqlUi.icon(icon)) {
            @Override
            public void run() {
                run.run();
            }
        };
        a.setToolTipText(text);
        a.setActionDefinitionId(command);
        setAction(command, a);
        return a;
    }

    IAction runStatementAction() {
        return runStatementAction;
    }

    IAction runScriptAction() {
        return runScriptAction;
    }

    IAction cancelAction() {
        return cancelAction;
    }

    /** The console's session (one connection for the editor's life). */
    public SqlSession session() {
        return session;
    }

    /** The text viewer (for content assist and tests). */
    public ISourceViewer sourceViewer() {
        return getSourceViewer();
    }

    /** The results below the text. */
    public ResultsPanel results() {
        return results;
    }

    /** The SQL text. */
    public IDocument document() {
        return getDocumentProvider().getDocument(getEditorInput());
    }

    /** True while statements run. */
    public boolean isRunning() {
        return running != null;
    }

    /** Untitled consoles are never dirty: closing one must not ask to save. */
    @Override
    public boolean isDirty() {
        return !(getEditorInput() instanceof ConsoleEditorInput) && super.isDirty();
    }

    /** Consoles too: Save As turns a console into a script file that stays open for editing. */
    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    protected void performSaveAs(org.eclipse.core.runtime.IProgressMonitor progressMonitor) {
        if (!(getEditorInput() instanceof ConsoleEditorInput)) {
            super.performSaveAs(progressMonitor);
            return;
        }
        org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Save SQL Console As");
        dialog.setFilterExtensions(new String[] {"*.sql", "*.*"});
        dialog.setFileName("console.sql");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            if (progressMonitor != null) {
                progressMonitor.setCanceled(true);
            }
            return;
        }
        try {
            saveConsoleAs(java.nio.file.Path.of(chosen));
        } catch (java.io.IOException | org.eclipse.core.runtime.CoreException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Save SQL Console As",
                    "Cannot save the console to " + chosen + ": " + e.getMessage());
        }
    }

    /**
     * Writes the console's SQL to {@code file} (whole or not at all) and goes on editing that file, so the
     * console becomes a saved script.
     */
    public void saveConsoleAs(java.nio.file.Path file) throws java.io.IOException, org.eclipse.core.runtime.CoreException {
        java.nio.file.Path target = file.toAbsolutePath();
        java.nio.file.Path temp = target.getParent().resolve(".sql-" + java.util.UUID.randomUUID() + ".part");
        try {
            java.nio.file.Files.writeString(temp, document().get(), java.nio.charset.StandardCharsets.UTF_8);
            java.nio.file.Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            java.nio.file.Files.deleteIfExists(temp);
        }
        setInput(new org.eclipse.ui.ide.FileStoreEditorInput(
                org.eclipse.core.filesystem.EFS.getLocalFileSystem().getStore(target.toUri())));
    }

    /**
     * Runs the selection (all its statements), else the statement at the cursor; with {@code wholeScript}
     * every statement. Prompts for {@code :name} parameters and confirms destructive statements first.
     *
     * @return the job running the statements, or null when nothing was started
     */
    public Job run(boolean wholeScript) {
        if (running != null) {
            return null;
        }
        IDocument document = document();
        ITextSelection selection = (ITextSelection) getSelectionProvider().getSelection();
        int base = 0;
        SqlScript script;
        List<SqlStatement> statements;
        if (!wholeScript && selection.getLength() > 0) {
            base = selection.getOffset();
            script = SqlScript.parse(selection.getText());
            statements = script.statements();
        } else {
            script = SqlScript.parse(document.get());
            statements = wholeScript ? script.statements()
                    : script.statementAt(selection.getOffset()).map(List::of).orElse(List.of());
        }
        if (statements.isEmpty()) {
            status("No SQL statement to run", false);
            return null;
        }
        Map<String, String> parameters = askParameters(statements);
        if (parameters == null) {
            return null;
        }
        session.setReadOnlyMode(SqlUi.getDefault().readOnlyMode());
        if (!session.readOnlyMode() && !confirmDestructive(statements)) {
            return null;
        }
        clearErrors();
        results.startRun();
        StatementJob job = new StatementJob(script, statements, parameters, base);
        running = job;
        runStatementAction.setEnabled(false);
        runScriptAction.setEnabled(false);
        cancelAction.setEnabled(true);
        status("Running " + (statements.size() == 1 ? "statement" : statements.size() + " statements") + "...", false);
        job.schedule();
        return job;
    }

    /** Stops the running statement; DuckDB stops within milliseconds. */
    public void cancel() {
        Job job = running;
        if (job != null) {
            session.cancel();
            job.cancel();
        }
    }

    /** Asks values for the statements' parameters, prefilled with the last ones; null when cancelled. */
    private Map<String, String> askParameters(List<SqlStatement> statements) {
        Set<String> names = new LinkedHashSet<>();
        statements.forEach(s -> names.addAll(NamedParameters.parse(s.text()).names()));
        if (names.isEmpty()) {
            return Map.of();
        }
        ParameterStore store;
        try {
            store = SqlUi.getDefault().parameters();
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "SQL Parameters", e.getMessage());
            return null;
        }
        Map<String, String> initial = new LinkedHashMap<>();
        names.forEach(n -> initial.put(n, store.get(n)));
        ParameterDialog dialog = new ParameterDialog(getSite().getShell(), initial);
        if (dialog.open() != ParameterDialog.OK) {
            return null;
        }
        Map<String, String> values = dialog.values();
        values.forEach(store::put);
        try {
            store.save();
        } catch (IOException e) {
            ILog.of(getClass()).warn("Could not remember parameter values", e);
        }
        return values;
    }

    private boolean confirmDestructive(List<SqlStatement> statements) {
        List<String> destructive = new ArrayList<>();
        for (SqlStatement s : statements) {
            StatementClassification c = org.highneeds.sql.StatementClassifier.classify(s.text());
            if (c.destructive()) {
                destructive.add("Line " + s.startLine() + ": " + c.keyword());
            }
        }
        if (destructive.isEmpty()) {
            return true;
        }
        return MessageDialog.openConfirm(getSite().getShell(), "Change the workspace database?",
                "These statements may delete or overwrite data in the workspace database:\n\n"
                        + String.join("\n", destructive) + "\n\nRun them?");
    }

    /** Runs statements one after the other on the console's session; stops at the first failure. */
    private final class StatementJob extends Job {
        private final SqlScript script;
        private final List<SqlStatement> statements;
        private final Map<String, String> parameters;
        private final int base;

        StatementJob(SqlScript script, List<SqlStatement> statements, Map<String, String> parameters, int base) {
            super(statements.size() == 1 ? "Running SQL statement" : "Running SQL script");
            this.script = script;
            this.statements = statements;
            this.parameters = parameters;
            this.base = base;
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == JOB_FAMILY;
        }

        @Override
        protected void canceling() {
            session.cancel();
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            SubMonitor sub = SubMonitor.convert(monitor, getName(), statements.size());
            boolean changed = false;
            String outcome = "Done";
            try {
                for (SqlStatement statement : statements) {
                    if (sub.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    sub.subTask("Statement " + (statement.index() + 1) + " of " + statements.size());
                    ExecutionResult r = session.execute(script, statement, parameters, sub.split(1));
                    SqlUi.getDefault().recordHistory(HistoryEntry.of(r));
                    ResultPage first = null;
                    if (r.result() != null) {
                        try {
                            first = r.result().page(0, ResultTab.PAGE_SIZE);
                        } catch (SQLException e) {
                            ILog.of(SqlEditor.class).warn("Could not read the first rows", e);
                        }
                    }
                    ResultPage firstPage = first;
                    ui(() -> showOutcome(r, firstPage, base), () -> {
                        if (r.result() != null) {
                            r.result().close();
                        }
                    });
                    if (!r.ok()) {
                        outcome = "Failed at statement " + (statement.index() + 1);
                        break;
                    }
                    outcome = r.result() != null
                            ? ResultsPanel.count(r.result().totalRowCount(), "row") + " in " + ResultsPanel.elapsed(r.elapsed())
                            : "Done in " + ResultsPanel.elapsed(r.elapsed());
                    changed |= r.classification().kind() != StatementKind.READ;
                }
            } catch (OperationCanceledException e) {
                outcome = "Cancelled";
                ui(() -> results.message("Cancelled by the user", true), () -> { });
            } finally {
                String finalOutcome = outcome;
                ui(() -> finished(finalOutcome), () -> { });
                if (changed) {
                    refreshCatalog();
                    // the Data view, the catalogue and cached indicators follow CREATE/INSERT/DROP made here
                    Services.get(WorkspaceDatabaseService.class).fireChanged();
                }
            }
            return "Cancelled".equals(outcome) ? Status.CANCEL_STATUS : Status.OK_STATUS;
        }
    }

    private static void refreshCatalog() {
        try {
            SqlUi.getDefault().catalog().refresh();
        } catch (Exception e) {
            ILog.of(SqlEditor.class).warn("Could not refresh the SQL catalog", e);
        }
    }

    /** Runs on the UI thread unless the editor is gone, in which case {@code orElse} releases what was made. */
    private void ui(Runnable r, Runnable orElse) {
        if (display == null || display.isDisposed()) {
            orElse.run();
            return;
        }
        display.asyncExec(() -> {
            if (results == null || results.isDisposed()) {
                orElse.run();
            } else {
                r.run();
            }
        });
    }

    private void finished(String outcome) {
        running = null;
        runStatementAction.setEnabled(true);
        runScriptAction.setEnabled(true);
        cancelAction.setEnabled(false);
        if (errorAnnotations.isEmpty()) {
            status(outcome, false);
        }
    }

    private void showOutcome(ExecutionResult r, ResultPage first, int base) {
        if (r.error() != null) {
            markError(r, base);
        }
        results.show(r, first);
    }

    private void markError(ExecutionResult r, int base) {
        IDocument document = document();
        int offset = Math.min(base + r.error().offset(), document.getLength());
        int length = errorLength(document, offset, r);
        String where = "Line " + lineOf(document, offset) + (r.error().positioned()
                ? ", column " + (offset - lineStart(document, offset) + 1) : "");
        Annotation annotation = new Annotation(ERROR_ANNOTATION, false, r.error().message());
        IAnnotationModel model = getDocumentProvider().getAnnotationModel(getEditorInput());
        if (model != null) {
            model.addAnnotation(annotation, new Position(offset, length));
            errorAnnotations.add(annotation);
        }
        selectAndReveal(offset, length);
        status(where + ": " + r.error().headline(), true);
    }

    /** The word at a positioned error, else the whole statement. */
    private static int errorLength(IDocument document, int offset, ExecutionResult r) {
        if (!r.error().positioned()) {
            return Math.max(1, Math.min(r.statement().endOffset() - r.statement().startOffset(), document.getLength() - offset));
        }
        int end = offset;
        try {
            while (end < document.getLength() && (Character.isLetterOrDigit(document.getChar(end)) || document.getChar(end) == '_')) {
                end++;
            }
        } catch (BadLocationException e) {
            // the end of the text: keep what was found
        }
        return Math.max(1, Math.min(end - offset, document.getLength() - offset));
    }

    private static int lineOf(IDocument document, int offset) {
        try {
            return document.getLineOfOffset(offset) + 1;
        } catch (BadLocationException e) {
            return 1;
        }
    }

    private static int lineStart(IDocument document, int offset) {
        try {
            return document.getLineOffset(document.getLineOfOffset(offset));
        } catch (BadLocationException e) {
            return 0;
        }
    }

    /** Error annotations currently shown, with their positions (for tests and the results' error link). */
    public Map<Annotation, Position> errors() {
        Map<Annotation, Position> errors = new LinkedHashMap<>();
        IAnnotationModel model = getDocumentProvider().getAnnotationModel(getEditorInput());
        if (model != null) {
            for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
                Annotation a = it.next();
                if (ERROR_ANNOTATION.equals(a.getType()) && errorAnnotations.contains(a)) {
                    errors.put(a, model.getPosition(a));
                }
            }
        }
        return errors;
    }

    private void clearErrors() {
        IAnnotationModel model = getDocumentProvider().getAnnotationModel(getEditorInput());
        if (model != null) {
            errorAnnotations.forEach(model::removeAnnotation);
        }
        errorAnnotations.clear();
    }

    /** Shows a message in the status line (an error in red). */
    void status(String message, boolean error) {
        var statusLine = getEditorSite().getActionBars().getStatusLineManager();
        if (error) {
            statusLine.setErrorMessage(message);
        } else {
            statusLine.setErrorMessage(null);
            statusLine.setMessage(message);
        }
    }

    /** Text of the statements, for a history entry's one-line display. */
    static String oneLine(String sql) {
        return sql.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining(" "));
    }

    @Override
    public void dispose() {
        Job job = running;
        cancel();
        if (job != null) {
            try {
                // let the cancelled statement leave the connection before it is closed
                job.join(5_000, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        clearErrors();
        if (session != null) {
            session.close();
        }
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // the database may already be closed at shutdown: nothing left to release
            }
        }
        super.dispose();
    }
}
