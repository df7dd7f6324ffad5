package org.highneeds.testing.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Finds controls in a widget tree (a shell, a view's part), depth first, the way a person scans a window. */
public final class Widgets {

    private Widgets() {
    }

    /** The first control of {@code type} in the tree under {@code root} (root included), or null. */
    public static <T extends Control> T find(Control root, Class<T> type) {
        return find(root, type, c -> true);
    }

    /** The first control of {@code type} passing {@code test} in the tree under {@code root} (root included), or null. */
    public static <T extends Control> T find(Control root, Class<T> type, Predicate<? super T> test) {
        if (type.isInstance(root) && test.test(type.cast(root))) {
            return type.cast(root);
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Every control of {@code type} in the tree under {@code root} (root included), in depth-first order. */
    public static <T extends Control> List<T> findAll(Control root, Class<T> type) {
        List<T> all = new ArrayList<>();
        collect(root, type, all);
        return all;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, List<T> into) {
        if (type.isInstance(control)) {
            into.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, into);
            }
        }
    }
}
