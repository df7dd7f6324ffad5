package org.highneeds.ui.sql.internal;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.highneeds.sql.HistoryEntry;
import org.highneeds.sql.ValueFormatter;
import org.highneeds.ui.sql.SqlUi;

/** Every statement run from a console, newest first, searchable; double click runs it again in a new console. */
public final class QueryHistoryView extends ViewPart {

    /** Id of the view. */
    public static final String ID = "org.highneeds.ui.sql.views.history";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd MMM HH:mm:ss").withZone(ZoneId.systemDefault());

    private Text search;
    private TableViewer viewer;
    private final Runnable listener = () -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::refresh);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        search = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Search SQL and errors");
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.addModifyListener(e -> refresh());

        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("When", 125, SWT.LEFT, e -> WHEN.format(e.time()), null);
        column("Rows", 70, SWT.RIGHT, e -> e.rowCount() < 0 ? "" : ValueFormatter.DEFAULT.formatNumber(e.rowCount()), null);
        column("Time", 70, SWT.RIGHT, e -> ResultsPanel.elapsed(e.elapsed()), null);
        column("SQL", 360, SWT.LEFT, e -> SqlEditor.oneLine(e.sql()), e -> e.error() == null ? null : SqlColours.ERROR);
        column("Error", 240, SWT.LEFT, e -> e.error() == null ? "" : e.error(), e -> SqlColours.ERROR);
        viewer.addDoubleClickListener(e -> open(true));

        MenuManager menu = new MenuManager();
        menu.add(action("&Run in New Console", () -> open(true)));
        menu.add(action("&Open in New Console", () -> open(false)));
        menu.add(action("&Copy SQL", this::copySql));
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));

        SqlUi.getDefault().addHistoryListener(listener);
        refresh();
    }

    private void column(String title, int width, int align, java.util.function.Function<HistoryEntry, String> text,
            java.util.function.Function<HistoryEntry, Color> colour) {
        TableViewerColumn c = new TableViewerColumn(viewer, align);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((HistoryEntry) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((HistoryEntry) element).sql();
            }

            @Override
            public Color getForeground(Object element) {
                return colour == null ? null : colour.apply((HistoryEntry) element);
            }
        });
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** Reloads the list, filtered by the search text. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        try {
            List<HistoryEntry> entries = SqlUi.getDefault().history().search(search.getText());
            viewer.setInput(entries);
            setContentDescription(entries.size() + " statements");
        } catch (IOException e) {
            setContentDescription("Cannot read the query history: " + e.getMessage());
        }
    }

    /** Sets the search text (as if typed). */
    public void search(String text) {
        search.setText(text);
    }

    /** Entries shown, newest first. */
    @SuppressWarnings("unchecked")
    public List<HistoryEntry> shownEntries() {
        Object input = viewer.getInput();
        return input == null ? List.of() : (List<HistoryEntry>) input;
    }

    private HistoryEntry selected() {
        return (HistoryEntry) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    /** Opens the selected statement in a new console, running it when asked. */
    SqlEditor open(boolean run) {
        HistoryEntry entry = selected();
        if (entry == null) {
            return null;
        }
        try {
            SqlEditor editor = NewConsoleHandler.openConsole(getSite().getPage(), entry.sql());
            if (run) {
                editor.run(true);
            }
            return editor;
        } catch (PartInitException e) {
            setContentDescription("Cannot open a console: " + e.getMessage());
            return null;
        }
    }

    private void copySql() {
        HistoryEntry entry = selected();
        if (entry != null) {
            Clipboard clipboard = new Clipboard(viewer.getControl().getDisplay());
            try {
                clipboard.setContents(new Object[] {entry.sql()}, new Transfer[] {TextTransfer.getInstance()});
            } finally {
                clipboard.dispose();
            }
        }
    }

    /** The list (for tests). */
    TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        search.setFocus();
    }

    @Override
    public void dispose() {
        SqlUi.getDefault().removeHistoryListener(listener);
        super.dispose();
    }
}
