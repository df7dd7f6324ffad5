package org.highneeds.ui.internal.myla;

import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.highneeds.analysis.LaInfo;
import org.highneeds.data.MyLocalAuthority;
import org.highneeds.ui.LaPicker;

/**
 * The choice of my LA as the preference page and the dialog show it: the LA list read in the background, the LA set
 * now selected, saved through {@link MyLocalAuthority}.
 */
public final class MyLaChoice {

    private final LaPicker<LaInfo> picker;
    private boolean loaded;

    /** Builds the chooser in {@code parent}; {@code changed} runs whenever the choice may have changed. */
    public MyLaChoice(Composite parent, Runnable changed) {
        picker = new LaPicker<>(parent, "&Local authority (type its code or part of its name):", LaInfo::laCode,
                LaInfo::name, LaInfo::region);
        picker.acceptTypedCodeWhenEmpty(true);
        picker.onChange(changed);
        String now = MyLocalAuthority.code().orElse(null);
        LocalAuthorities.load(parent, (List<LaInfo> las) -> {
            // England, regions and abolished LAs are nobody's LA
            picker.setLas(las.stream().filter(LaInfo::current).filter(la -> la.region() != null)
                    .sorted(Comparator.comparing(LaInfo::name)).toList());
            picker.setHint(las.isEmpty() ? "The LA code list is not imported yet, so type your LA's three-digit DfE code "
                    + "(e.g. 302). Its name shows once the national data is imported (File > Import National Data)." : null);
            picker.select(now);
            loaded = true;
        });
    }

    /** True once the LA list has been read (it may be empty: not imported). */
    public boolean loaded() {
        return loaded;
    }

    /** Types {@code text} into the field as a user would. */
    public void type(String text) {
        picker.type(text);
    }

    /** The LA code chosen, or null. */
    public String chosenCode() {
        return picker.chosenCode();
    }

    /** Why what is typed is not an LA, or null. */
    public String problem() {
        return picker.problem();
    }

    /** How many LAs the list offers for what is typed. */
    public int shownCount() {
        return picker.shown().size();
    }

    /** Makes the chosen LA my LA (nothing when none is chosen); true when one was saved. */
    public boolean save() {
        String code = picker.chosenCode();
        if (code == null) {
            return false;
        }
        if (!code.equals(MyLocalAuthority.code().orElse(null))) {
            MyLocalAuthority.set(code);
        }
        return true;
    }

    /** Puts the keyboard in the text field. */
    void setFocus() {
        picker.setFocus();
    }
}
