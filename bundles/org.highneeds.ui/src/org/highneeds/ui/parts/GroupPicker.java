package org.highneeds.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.swt.widgets.Combo;
import org.highneeds.analysis.AnalysisException;
import org.highneeds.analysis.ComparatorGroup;
import org.highneeds.analysis.ComparatorGroups;

/**
 * The "compare with" drop-down of a view: the built-in choices, then the comparator sets saved in the workspace's
 * area files, listed again whenever an area file changes or the view is refreshed.
 */
public final class GroupPicker {

    /** What is picked: a built-in choice or a saved group; computes the group off the UI thread. */
    public interface Picked {
        /** The group of {@code laCode}; {@code customCodes} is the typed list for the custom choice. */
        ComparatorGroup group(ComparatorGroups groups, String laCode, String customCodes) throws AnalysisException;
    }

    private final Combo combo;
    private final boolean withCustom;
    private final List<GroupChoice> builtIn;
    private List<SavedGroup> saved = List.of();
    private final IResourceChangeListener listener;

    /** Fills {@code combo}; {@code withCustom} offers the typed list of LA codes too. */
    public GroupPicker(Combo combo, boolean withCustom) {
        this.combo = combo;
        this.withCustom = withCustom;
        this.builtIn = List.of(GroupChoice.values()).stream().filter(c -> withCustom || c != GroupChoice.CUSTOM).toList();
        combo.setItems(GroupChoice.labels(withCustom));
        combo.select(0);
        reload();
        listener = SavedGroups.listen(() -> combo.getDisplay().asyncExec(() -> {
            if (!combo.isDisposed()) reload();
        }));
        combo.addDisposeListener(e -> SavedGroups.stop(listener));
    }

    /** Lists the saved groups again, keeping the current pick when it is still there. */
    public void reload() {
        String current = combo.getSelectionIndex() < 0 ? null : combo.getItem(combo.getSelectionIndex());
        saved = SavedGroups.scan();
        List<String> items = new ArrayList<>(List.of(GroupChoice.labels(withCustom)));
        saved.forEach(s -> items.add(s.label()));
        combo.setItems(items.toArray(String[]::new));
        int index = current == null ? -1 : items.indexOf(current);
        combo.select(Math.max(0, index));
        combo.setToolTipText(saved.isEmpty() ? "No comparator groups are saved in the workspace's local areas yet"
                : saved.size() + " comparator group(s) saved in the workspace's local areas are listed after the built-in choices");
    }

    /** The saved groups offered now. */
    public List<SavedGroup> saved() {
        return saved;
    }

    /** The built-in choice picked, or null when a saved group is picked. */
    public GroupChoice choice() {
        int i = Math.max(0, combo.getSelectionIndex());
        return i < builtIn.size() ? builtIn.get(i) : null;
    }

    /** What is picked now. */
    public Picked picked() {
        int i = Math.max(0, combo.getSelectionIndex());
        if (i < builtIn.size()) {
            GroupChoice c = builtIn.get(i);
            return c::group;
        }
        SavedGroup s = saved.get(i - builtIn.size());
        return (groups, laCode, custom) -> s.group(groups, laCode);
    }

    /** Picks a built-in choice. */
    public void select(GroupChoice choice) {
        combo.select(builtIn.indexOf(choice));
    }

    /** Picks the saved group with this label. */
    public void select(String savedLabel) {
        for (int i = 0; i < saved.size(); i++) {
            if (saved.get(i).label().equals(savedLabel)) {
                combo.select(builtIn.size() + i);
                return;
            }
        }
        throw new IllegalArgumentException("No saved comparator group '" + savedLabel + "' in the workspace");
    }
}
