package org.highneeds.ui.model.internal.bridge;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A text cell editor for a value of an EMF data type (text, whole numbers, amounts, dates): the text is converted with
 * the model's own factory, and text that does not convert is refused with a message saying what is expected.
 */
public class ValueCellEditor extends TextCellEditor {

    private final EDataType type;

    /** Creates an editor for values of the given data type; {@code field} names the field in messages. */
    public ValueCellEditor(Composite parent, EDataType type, String field) {
        super(parent);
        this.type = type;
        setValidator(value -> {
            if (!(value instanceof String text)) {
                // setValue() checks the model's own value, which is valid by construction
                return null;
            }
            try {
                parse(text);
                return null;
            } catch (RuntimeException e) {
                return field + ": " + expected() + ", not '" + value + "'.";
            }
        });
    }

    /** Converts text to a value of the data type; blank text is no value. */
    public Object parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Object value = EcoreUtil.createFromString(type, text.trim());
        if (value == null) {
            throw new IllegalArgumentException(text);
        }
        return value;
    }

    /** Converts a value to the text shown for editing. */
    public String format(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal d ? d.toPlainString() : EcoreUtil.convertToString(type, value);
    }

    private String expected() {
        Class<?> c = type.getInstanceClass();
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class || c == BigInteger.class) {
            return "enter a whole number";
        }
        if (c == BigDecimal.class || c == Double.class || c == double.class) {
            return "enter a number such as 1250.50";
        }
        if (c == java.time.LocalDate.class) {
            return "enter a date as 2025-09-01";
        }
        return "enter a valid value";
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(format(value));
    }

    @Override
    protected Object doGetValue() {
        String text = (String) super.doGetValue();
        try {
            return parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
