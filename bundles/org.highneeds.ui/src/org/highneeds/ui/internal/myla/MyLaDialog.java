package org.highneeds.ui.internal.myla;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * "Which local authority do you work for?": asked once on the first start (skippable, with "Don't ask me again"),
 * and opened again by a click on "My LA" in the status bar to change it.
 */
public final class MyLaDialog extends TitleAreaDialog {

    private final boolean firstStart;
    private MyLaChoice choice;
    private Button dontAsk;

    /** The dialog; {@code firstStart} offers "Not now" and "Don't ask me again" instead of Cancel. */
    public MyLaDialog(Shell parent, boolean firstStart) {
        super(parent);
        this.firstStart = firstStart;
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(firstStart ? "Welcome to High Needs Workbench" : "My local authority");
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        // the message wraps at this width rather than stretching the dialog across the screen
        return new org.eclipse.swt.graphics.Point(680, 580);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Which local authority do you work for?");
        setMessage("The start page, every view, wizard and command opens on your LA. You can change it at any time: "
                + "click \"My LA\" in the status bar, or Window > Preferences > High Needs.");
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(12, 10).spacing(8, 10).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        choice = new MyLaChoice(body, this::validate);
        if (firstStart) {
            dontAsk = new Button(body, SWT.CHECK);
            dontAsk.setText("&Don't ask me again");
            dontAsk.setToolTipText("Skip this question on later starts; choose your LA later from the status bar");
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Use this LA", true);
        createButton(parent, IDialogConstants.CANCEL_ID, firstStart ? "&Not now" : IDialogConstants.CANCEL_LABEL, false);
        validate();
        choice.setFocus();
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null) {
            return;
        }
        String problem = choice.problem();
        setErrorMessage(problem);
        ok.setEnabled(choice.chosenCode() != null);
    }

    @Override
    protected void okPressed() {
        if (!choice.save()) {
            return;
        }
        FirstStartPrompt.markDone();
        super.okPressed();
    }

    @Override
    protected void cancelPressed() {
        if (dontAsk != null && dontAsk.getSelection()) {
            FirstStartPrompt.markDone();
        }
        super.cancelPressed();
    }

    /** The choice in the dialog (tests drive it). */
    public MyLaChoice choice() {
        return choice;
    }

    /** Ticks "Don't ask me again" (tests); false when the dialog does not offer it. */
    public boolean tickDontAskAgain() {
        if (dontAsk == null) {
            return false;
        }
        dontAsk.setSelection(true);
        return true;
    }

    /** Presses "Use this LA" (tests). */
    public void pressUse() {
        buttonPressed(IDialogConstants.OK_ID);
    }

    /** Presses "Not now" or Cancel (tests). */
    public void pressSkip() {
        buttonPressed(IDialogConstants.CANCEL_ID);
    }
}
