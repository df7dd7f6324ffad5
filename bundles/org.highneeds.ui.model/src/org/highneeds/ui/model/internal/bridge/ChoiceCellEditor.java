package org.highneeds.ui.model.internal.bridge;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A read-only drop-down of values (enum literals, yes/no, objects that may be referred to), shown by their labels. */
public class ChoiceCellEditor extends ComboBoxCellEditor {

    private final List<Object> values;

    /** Creates the drop-down; {@code values} may contain null, shown as "(not recorded)". */
    public ChoiceCellEditor(Composite parent, List<Object> values, Function<Object, String> labels) {
        super(parent, values.stream().map(labels).toArray(String[]::new), SWT.READ_ONLY);
        this.values = values;
        setActivationStyle(DROP_DOWN_ON_MOUSE_ACTIVATION | DROP_DOWN_ON_KEY_ACTIVATION);
    }

    /** The values offered, in order. */
    public List<Object> values() {
        return values;
    }

    @Override
    protected Object doGetValue() {
        int index = (Integer) super.doGetValue();
        return index >= 0 && index < values.size() ? values.get(index) : null;
    }

    @Override
    protected void doSetValue(Object value) {
        int index = -1;
        for (int i = 0; i < values.size(); i++) {
            if (Objects.equals(values.get(i), value)) {
                index = i;
                break;
            }
        }
        super.doSetValue(index);
    }
}
