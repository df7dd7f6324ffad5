package org.highneeds.ui.model.internal.bridge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/** Edits a many-valued field (need types catered for, year groups, predecessors) with a checklist of the choices. */
public class ManyValuesCellEditor extends DialogCellEditor {

    private final String field;
    private final List<?> choices;
    private final Function<Object, String> labels;

    /** Creates the editor offering the given choices, in that order. */
    public ManyValuesCellEditor(Composite parent, String field, List<?> choices, Function<Object, String> labels) {
        super(parent);
        this.field = field;
        this.choices = choices;
        this.labels = labels;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        Object current = getValue();
        ListSelectionDialog dialog = ListSelectionDialog.of(choices).contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return labels.apply(element);
                    }
                }).title(field).message("Tick every value that applies:")
                .preselect(current instanceof Collection<?> c ? c.toArray() : new Object[0])
                .create(cellEditorWindow.getShell());
        if (dialog.open() != Window.OK) {
            return null;
        }
        // Keep the order of the choices, not the order of ticking.
        List<Object> picked = new ArrayList<>();
        List<Object> result = List.of(dialog.getResult());
        for (Object choice : choices) {
            if (result.contains(choice)) {
                picked.add(choice);
            }
        }
        return picked;
    }

    @Override
    protected void updateContents(Object value) {
        if (getDefaultLabel() != null) {
            getDefaultLabel().setText(value instanceof Collection<?> c
                    ? String.join(", ", c.stream().map(labels).toList()) : "");
        }
    }
}
