package org.highneeds.ui.parts;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A line above a view's content saying what is wrong or missing and what to do next ("There is no data for EHC plans
 * yet: import SEN2 (File > Import National Data)"); hidden, taking no room, while there is nothing to say.
 */
public final class ProblemLine {

    /** How much a message matters: a problem stops the view showing its numbers, a hint does not. */
    public enum Severity {
        /** The view cannot show what was asked. */
        PROBLEM,
        /** Something the user may want to do, e.g. choose an LA. */
        HINT
    }

    private final Composite line;
    private final Label icon;
    private final Label text;
    private String message;

    /** Makes the (hidden) line in {@code parent}, which must have a {@link GridLayout}. */
    public ProblemLine(Composite parent) {
        line = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 4;
        line.setLayout(layout);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.exclude = true;
        line.setLayoutData(data);
        line.setVisible(false);
        icon = new Label(line, SWT.NONE);
        icon.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        text = new Label(line, SWT.WRAP);
        GridData textData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        textData.widthHint = 200;
        text.setLayoutData(textData);
    }

    /** Shows {@code message} (say what to do next); null or blank hides the line. Does nothing once disposed. */
    public void show(Severity severity, String message) {
        if (line.isDisposed()) {
            return;
        }
        boolean visible = message != null && !message.isBlank();
        this.message = visible ? message : null;
        if (visible) {
            icon.setImage(JFaceResources.getImage(severity == Severity.PROBLEM ? Dialog.DLG_IMG_MESSAGE_ERROR
                    : Dialog.DLG_IMG_MESSAGE_INFO));
            text.setText(message);
            text.setToolTipText(message);
        }
        ((GridData) line.getLayoutData()).exclude = !visible;
        line.setVisible(visible);
        line.getParent().layout(true, true);
    }

    /** Hides the line. */
    public void clear() {
        show(Severity.HINT, null);
    }

    /** The message shown, or null when the line is hidden. */
    public String message() {
        return message;
    }

    /** The line's control, for layout. */
    public Composite control() {
        return line;
    }
}
