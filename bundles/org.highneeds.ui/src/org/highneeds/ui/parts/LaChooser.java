package org.highneeds.ui.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.fieldassist.ComboContentAdapter;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.highneeds.analysis.LaInfo;
import org.highneeds.data.MyLocalAuthority;

/**
 * Picks an LA: a drop-down of all current LAs ("302 Barnet") that also takes typing, with proposals matching the code
 * or any part of the name as one types. It opens on my LA ({@link MyLocalAuthority}) and moves to the new one when
 * my LA is changed, telling its listeners as if the user had chosen it.
 */
public final class LaChooser {

    private final Combo combo;
    private List<LaInfo> las = List.of();
    private LaInfo chosen;
    private final List<Consumer<LaInfo>> listeners = new ArrayList<>();
    private final Consumer<Optional<String>> myLaChanged = this::myLaChanged;
    private final Display display;

    /** Makes the drop-down in {@code parent}; it offers nothing until {@link #setLas(List)}. */
    public LaChooser(Composite parent) {
        combo = new Combo(parent, SWT.DROP_DOWN);
        display = combo.getDisplay();
        combo.setVisibleItemCount(20);
        combo.setToolTipText("Type an LA code or part of a name, e.g. 302 or Barn");
        IContentProposalProvider proposals = (contents, position) -> matching(contents).stream()
                .map(la -> (IContentProposal) new ContentProposal(la.label(), la.label(), regionOf(la)))
                .toArray(IContentProposal[]::new);
        ContentProposalAdapter adapter = new ContentProposalAdapter(combo, new ComboContentAdapter(), proposals, null, null);
        adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
        adapter.setAutoActivationDelay(150);
        adapter.addContentProposalListener(p -> choose(resolve(p.getContent())));
        combo.addListener(SWT.Selection, e -> choose(resolve(combo.getText())));
        combo.addListener(SWT.DefaultSelection, e -> choose(resolve(combo.getText())));
        combo.addListener(SWT.FocusOut, e -> {
            LaInfo la = resolve(combo.getText());
            if (la != null) {
                choose(la);
            } else if (chosen != null) {
                combo.setText(chosen.label());
            }
        });
        MyLocalAuthority.addListener(myLaChanged);
        combo.addDisposeListener(e -> MyLocalAuthority.removeListener(myLaChanged));
    }

    /**
     * Offers {@code all} (current LAs only: abolished ones live on in their successors' series). When none is chosen
     * yet, my LA is, without telling the listeners: the view computes what it opens on itself.
     */
    public void setLas(List<LaInfo> all) {
        las = all.stream().filter(LaInfo::current).filter(la -> !la.laCode().equals("970")).toList();
        combo.setItems(las.stream().map(LaInfo::label).toArray(String[]::new));
        if (chosen == null) {
            MyLocalAuthority.code().ifPresent(this::select);
        }
        if (chosen != null) {
            combo.setText(chosen.label());
        }
    }

    /** Shows {@code laCode} as chosen without telling the listeners; false when it is not offered. */
    public boolean select(String laCode) {
        for (LaInfo la : las) {
            if (la.laCode().equals(laCode)) {
                chosen = la;
                combo.setText(la.label());
                return true;
            }
        }
        return false;
    }

    /** The chosen LA, or null. */
    public LaInfo chosen() {
        return chosen;
    }

    /** Calls {@code listener} when the user chooses another LA. */
    public void onChoose(Consumer<LaInfo> listener) {
        listeners.add(listener);
    }

    /** The drop-down, for layout. */
    public Combo control() {
        return combo;
    }

    /** My LA changed (on any thread): choose the new one among the LAs offered. */
    private void myLaChanged(Optional<String> code) {
        if (code.isEmpty() || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (!combo.isDisposed()) {
                las.stream().filter(la -> la.laCode().equals(code.get())).findFirst().ifPresent(this::choose);
            }
        });
    }

    private void choose(LaInfo la) {
        if (la == null || la.equals(chosen)) {
            return;
        }
        chosen = la;
        combo.setText(la.label());
        listeners.forEach(l -> l.accept(la));
    }

    /** The LA typed: its label, its code, or a name that only one LA has. */
    private LaInfo resolve(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        for (LaInfo la : las) {
            if (la.label().equalsIgnoreCase(t) || la.laCode().equals(t) || la.name().equalsIgnoreCase(t)) {
                return la;
            }
        }
        String code = t.split("\\s+")[0];
        for (LaInfo la : las) {
            if (la.laCode().equals(code)) {
                return la;
            }
        }
        List<LaInfo> m = matching(t);
        return m.size() == 1 ? m.get(0) : null;
    }

    private List<LaInfo> matching(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return las;
        }
        return las.stream().filter(la -> la.laCode().startsWith(t) || la.name().toLowerCase(Locale.ROOT).contains(t)
                || la.label().toLowerCase(Locale.ROOT).startsWith(t)).toList();
    }

    private static String regionOf(LaInfo la) {
        return la.region() == null ? null : la.name() + "\n" + la.region() + (la.laType() == null ? "" : ", " + la.laType());
    }
}
