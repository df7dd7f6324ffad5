package org.highneeds.ui.sql.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks a value for each {@code :name} parameter, prefilled with the value used last time. */
public final class ParameterDialog extends TitleAreaDialog {

    /** Title of the dialog's window, for people and for UI tests finding it. */
    public static final String TITLE = "SQL Parameters";

    private final Map<String, String> initial;
    private final Map<String, Text> fields = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    ParameterDialog(Shell parent, Map<String, String> initial) {
        super(parent);
        this.initial = initial;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Values of the query's parameters");
        setMessage("Text is cast to the type the query needs (e.g. '202425' compared with a number works). "
                + "Values are remembered for next time.");
        Composite grid = new Composite(area, SWT.NONE);
        grid.setLayout(new GridLayout(2, false));
        grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        initial.forEach((name, value) -> {
            new Label(grid, SWT.NONE).setText(":" + name);
            Text text = new Text(grid, SWT.BORDER);
            text.setText(value == null ? "" : value);
            GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
            gd.widthHint = 280;
            text.setLayoutData(gd);
            text.setData("parameter", name);
            fields.put(name, text);
        });
        fields.values().stream().findFirst().ifPresent(t -> {
            t.setFocus();
            t.selectAll();
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Run", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        fields.forEach((name, text) -> values.put(name, text.getText()));
        super.okPressed();
    }

    /** The values entered, by parameter name, after OK. */
    Map<String, String> values() {
        return values;
    }
}
