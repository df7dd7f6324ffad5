package org.highneeds.ui.benchmarking.internal;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.highneeds.analysis.LaInfo;

/** Asks for the local area to save a comparator group into and the group's name. */
final class SaveGroupDialog extends TitleAreaDialog {

    private final List<IFile> areas;
    private final List<LaInfo> las;
    private Combo areaChoice;
    private Text nameText;
    private IFile area;
    private String name;

    SaveGroupDialog(Shell shell, List<IFile> areas, List<LaInfo> las) {
        super(shell);
        this.areas = areas;
        this.las = las;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Save as Comparator Group");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Save the LAs as a comparator group");
        setMessage("Type a name for the group of " + las.size() + " LAs: " + String.join(", ", las.stream().map(LaInfo::label).toList()));
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(2, false));
        new Label(body, SWT.NONE).setText("Local area:");
        areaChoice = new Combo(body, SWT.READ_ONLY);
        areaChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        areas.forEach(f -> areaChoice.add(f.getProject().getName() + " - " + f.getProjectRelativePath()));
        areaChoice.select(0);
        new Label(body, SWT.NONE).setText("Group name:");
        nameText = new Text(body, SWT.BORDER);
        nameText.setMessage("e.g. Our peer group");
        GridData nameData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        nameData.widthHint = 360;
        nameText.setLayoutData(nameData);
        nameText.addListener(SWT.Modify, e -> check());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        check();
    }

    private void check() {
        // no error before anything is typed: OK simply waits for a name
        if (getButton(OK) != null) getButton(OK).setEnabled(canFinish());
    }

    /** Whether OK is possible now (a name is typed). */
    boolean canFinish() {
        return nameText != null && !nameText.getText().isBlank();
    }

    @Override
    protected void okPressed() {
        area = areas.get(areaChoice.getSelectionIndex());
        name = nameText.getText().strip();
        super.okPressed();
    }

    /** The chosen area file (after OK). */
    IFile area() {
        return area;
    }

    /** The typed name (after OK). */
    String name() {
        return name;
    }
}
