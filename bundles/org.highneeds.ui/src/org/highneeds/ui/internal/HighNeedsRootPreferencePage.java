package org.highneeds.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.highneeds.ui.internal.myla.MyLaChoice;

/**
 * Window &gt; Preferences &gt; High Needs: my local authority, which every view, wizard and command opens on; the
 * capability bundles' settings pages sit under it.
 */
public final class HighNeedsRootPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private MyLaChoice choice;

    @Override
    public void init(IWorkbench workbench) {
        noDefaultButton();
        setDescription("My local authority: the LA you work for. The start page, every view, wizard and command "
                + "(./highneeds cli ... --la) opens on it; it is kept in this workspace.");
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(8, 10).applyTo(body);
        choice = new MyLaChoice(body, this::validate);
        Label more = new Label(body, SWT.WRAP);
        more.setText("Expand this entry for the settings of the SQL console and other parts.");
        GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(more);
        return body;
    }

    private void validate() {
        String problem = choice.problem();
        setErrorMessage(problem);
        setValid(problem == null);
    }

    @Override
    public boolean performOk() {
        choice.save();
        return true;
    }

    /** The choice on the page (tests drive it). */
    public MyLaChoice choice() {
        return choice;
    }
}
