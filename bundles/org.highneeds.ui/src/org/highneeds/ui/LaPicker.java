package org.highneeds.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * Picks a local authority from a list (code, name, region), filtered by code or any part of the name or region as the
 * user types; the exact code typed, or a single LA left, is selected so that Enter or OK takes it. Optionally, while
 * the list is empty (the LA code list not imported), a typed three-digit code is taken as it is.
 *
 * @param <T> the type of the LAs offered
 */
public final class LaPicker<T> {

    private static final Pattern CODE = Pattern.compile("\\d{3}");

    private final Function<T, String> code;
    private final Text filter;
    private final TableViewer table;
    private final Label hint;
    private final List<Runnable> listeners = new ArrayList<>();
    private List<T> las = List.of();
    private boolean typedCodeWhenEmpty;

    /** The picker in {@code parent} (a grid cell filling it) with {@code prompt} above the field. */
    public LaPicker(Composite parent, String prompt, Function<T, String> code, Function<T, String> name,
            Function<T, String> region) {
        this.code = code;
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(6, 6).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        new Label(body, SWT.NONE).setText(prompt);
        filter = new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("e.g. 302 or Barnet");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        table = new TableViewer(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        column("Code", 60, code);
        column("Local authority", 240, name);
        column("Region", 180, region);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                @SuppressWarnings("unchecked")
                T la = (T) element;
                String t = filter.getText().trim().toLowerCase(Locale.ROOT);
                return t.isEmpty() || code.apply(la).startsWith(t) || contains(name.apply(la), t) || contains(region.apply(la), t);
            }
        });
        table.setInput(las);
        GridDataFactory.fillDefaults().grab(true, true).hint(500, 260).applyTo(table.getControl());
        hint = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).exclude(true).applyTo(hint);
        hint.setVisible(false);
        filter.addModifyListener(e -> {
            table.refresh();
            String typed = filter.getText().trim();
            List<T> shown = shown();
            shown.stream().filter(la -> code.apply(la).equals(typed)).findFirst()
                    .or(() -> shown.size() == 1 ? Optional.of(shown.get(0)) : Optional.empty())
                    .ifPresent(la -> table.setSelection(new StructuredSelection(la), true));
            changed();
        });
        table.addSelectionChangedListener(e -> changed());
    }

    private void column(String title, int width, Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            @SuppressWarnings("unchecked")
            public String getText(Object element) {
                String value = text.apply((T) element);
                return value == null ? "" : value;
            }
        });
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part);
    }

    /** Offers {@code offered}, in that order. */
    public void setLas(List<T> offered) {
        las = List.copyOf(offered);
        table.setInput(las);
        changed();
    }

    /** Takes a typed three-digit code while no LAs are offered, for a choice made before the LA code list is imported. */
    public void acceptTypedCodeWhenEmpty(boolean accept) {
        typedCodeWhenEmpty = accept;
    }

    /** Shows {@code text} below the list (none when null or empty). */
    public void setHint(String text) {
        boolean show = text != null && !text.isEmpty();
        hint.setText(show ? text : "");
        hint.setVisible(show);
        ((org.eclipse.swt.layout.GridData) hint.getLayoutData()).exclude = !show;
        hint.getParent().layout(true, true);
    }

    /** Selects the LA with {@code laCode}, or types the code when it is not offered. */
    public void select(String laCode) {
        if (laCode == null) {
            return;
        }
        las.stream().filter(la -> code.apply(la).equals(laCode)).findFirst().ifPresentOrElse(
                la -> table.setSelection(new StructuredSelection(la), true), () -> filter.setText(laCode));
        changed();
    }

    /** Sets the filter text as if typed. */
    public void type(String text) {
        filter.setText(text);
    }

    /** The selected LA, or null. */
    @SuppressWarnings("unchecked")
    public T selected() {
        return (T) table.getStructuredSelection().getFirstElement();
    }

    /** The code of the selected LA; or, when no LA is offered and typed codes are accepted, a typed code; or null. */
    public String chosenCode() {
        T la = selected();
        if (la != null) {
            return code.apply(la);
        }
        String typed = filter.getText().trim();
        return typedCodeWhenEmpty && las.isEmpty() && CODE.matcher(typed).matches() ? typed : null;
    }

    /** Why what is typed gives no LA, or null (also when nothing is typed). */
    public String problem() {
        String typed = filter.getText().trim();
        if (chosenCode() != null || typed.isEmpty()) {
            return null;
        }
        if (las.isEmpty()) {
            return typedCodeWhenEmpty ? "Type the DfE's three-digit code of your LA, e.g. 302 for Barnet." : null;
        }
        return shown().isEmpty() ? "No local authority matches '" + typed + "'." : null;
    }

    /** The LAs the typed text leaves in the list. */
    @SuppressWarnings("unchecked")
    public List<T> shown() {
        return Arrays.stream(table.getTable().getItems()).map(i -> (T) i.getData()).toList();
    }

    /** Calls {@code listener} whenever the choice may have changed. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** The list (for a double-click or a size). */
    public Table table() {
        return table.getTable();
    }

    /** Puts the keyboard in the text field. */
    public void setFocus() {
        filter.setFocus();
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
