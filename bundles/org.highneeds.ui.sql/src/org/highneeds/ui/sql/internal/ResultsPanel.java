package org.highneeds.ui.sql.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.highneeds.sql.ExecutionResult;
import org.highneeds.sql.ResultPage;
import org.highneeds.sql.ValueFormatter;

/** The lower half of a console: a tab per statement result, plus an Output tab logging every statement run. */
public final class ResultsPanel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final SqlEditor editor;
    private final Composite root;
    private final CTabFolder folder;
    private final StyledText output;
    private final CTabItem outputTab;
    private final Label summary;
    private final List<ResultTab> tabs = new ArrayList<>();
    private boolean resultShownThisRun;

    ResultsPanel(Composite parent, SqlEditor editor) {
        this.editor = editor;
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        root.setLayout(layout);

        ToolBar bar = new ToolBar(root, SWT.FLAT | SWT.RIGHT);
        ToolBarManager tools = new ToolBarManager(bar);
        tools.add(editor.runStatementAction());
        tools.add(editor.runScriptAction());
        tools.add(editor.cancelAction());
        tools.add(new Separator());
        tools.update(true);
        summary = new Label(root, SWT.RIGHT);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        folder = new CTabFolder(root, SWT.BORDER | SWT.BOTTOM);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        folder.addListener(SWT.Selection, e -> updateSummary());
        outputTab = new CTabItem(folder, SWT.NONE);
        outputTab.setText("Output");
        output = new StyledText(folder, SWT.READ_ONLY | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        output.setAlwaysShowScrollBars(false);
        outputTab.setControl(output);
        folder.setSelection(outputTab);
        message("Ctrl+Enter runs the statement at the cursor (or the selection), Alt+X the whole script; "
                + "Ctrl+Space completes tables, columns and functions.", false);
    }

    /** Closes the previous run's results (their rows are dropped from DuckDB). */
    void startRun() {
        tabs.forEach(ResultTab::dispose);
        tabs.clear();
        resultShownThisRun = false;
        updateSummary();
    }

    /** Shows one statement's outcome: a result tab for rows, a line in Output for everything. */
    void show(ExecutionResult r, ResultPage first) {
        String label = "Statement " + (r.statement().index() + 1) + " (" + r.classification().keyword() + ")";
        if (r.error() != null) {
            message(label + " failed at line " + r.error().line()
                    + (r.error().positioned() ? ", column " + r.error().column() : "") + ": " + r.error().message(), true);
            folder.setSelection(outputTab);
            return;
        }
        if (r.result() != null) {
            ResultTab tab = new ResultTab(this, folder, r, first);
            tabs.add(tab);
            folder.setSelection(tab.item());
            resultShownThisRun = true;
            message(label + ": " + count(r.result().totalRowCount(), "row") + " in " + elapsed(r.elapsed())
                    + (r.result().truncated() ? " (first rows only)" : ""), false);
        } else {
            message(label + ": done" + (r.updateCount() >= 0 ? ", " + count(r.updateCount(), "row") + " changed" : "")
                    + " in " + elapsed(r.elapsed()), false);
            if (!resultShownThisRun) {
                folder.setSelection(outputTab);
            }
        }
        updateSummary();
    }

    /** Appends a timestamped line to the Output tab. */
    void message(String text, boolean error) {
        String line = LocalTime.now().format(TIME) + "  " + text + "\n";
        int start = output.getCharCount();
        output.append(line);
        if (error) {
            StyleRange style = new StyleRange(start, line.length(), SqlColours.ERROR, null);
            output.setStyleRange(style);
        }
        output.setTopIndex(output.getLineCount() - 1);
    }

    /** Refreshes "N rows · T" for the selected tab. */
    void updateSummary() {
        if (summary.isDisposed()) {
            return;
        }
        ResultTab tab = selected();
        summary.setText(tab == null ? "" : tab.summary() + "   ");
        root.layout(new org.eclipse.swt.widgets.Control[] {summary});
    }

    /** The result tab on show, or null when Output is. */
    public ResultTab selected() {
        CTabItem item = folder.getSelection();
        return tabs.stream().filter(t -> t.item() == item).findFirst().orElse(null);
    }

    /** Result tabs of the last run, in statement order. */
    public List<ResultTab> tabs() {
        return List.copyOf(tabs);
    }

    /** The Output log text. */
    public String outputText() {
        return output.getText();
    }

    /** True when the focus is in a result grid (Ctrl+C then copies cells, not SQL). */
    boolean gridHasFocus() {
        ResultTab tab = selected();
        return tab != null && tab.table().isFocusControl();
    }

    /** Copies the selected rows of the shown grid as TSV. */
    void copySelection(boolean header) {
        ResultTab tab = selected();
        if (tab != null) {
            tab.copyRows(header);
        }
    }

    SqlEditor editor() {
        return editor;
    }

    boolean isDisposed() {
        return root.isDisposed();
    }

    Composite control() {
        return root;
    }

    /** "1,234 rows". */
    static String count(long n, String noun) {
        return ValueFormatter.DEFAULT.formatNumber(n) + " " + noun + (n == 1 ? "" : "s");
    }

    /** "35 ms", "2.4 s", "3 min 5 s". */
    static String elapsed(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format("%.1f s", ms / 1000.0);
        }
        return d.toMinutes() + " min " + d.minus(d.toMinutes(), ChronoUnit.MINUTES).toSeconds() + " s";
    }
}
