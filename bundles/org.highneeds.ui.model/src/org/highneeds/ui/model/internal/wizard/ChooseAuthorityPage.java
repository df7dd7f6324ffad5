package org.highneeds.ui.model.internal.wizard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.highneeds.data.MyLocalAuthority;
import org.highneeds.ui.LaPicker;
import org.highneeds.ui.model.ModelUi;

/** The wizard's one page: pick the LA from the code list, filtered by code or name as the user types; my LA first. */
public final class ChooseAuthorityPage extends WizardPage {

    private final List<Authority> authorities;
    private final String loadProblem;
    private final Path workspace;
    private LaPicker<Authority> picker;

    ChooseAuthorityPage(List<Authority> authorities, String loadProblem, Path workspace) {
        super("authority", "New Local Area", ModelUi.icon("icons/new_area_wiz.png"));
        this.authorities = authorities;
        this.loadProblem = loadProblem;
        this.workspace = workspace;
        setDescription("Choose the local authority. Its area is built from the national data in the workspace "
                + "database: settings, EHCP numbers and comparator sets.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(body);
        picker = new LaPicker<>(body, "&Local authority (code or name):", Authority::code, Authority::name, Authority::region);
        picker.setLas(authorities);
        GridDataFactory.fillDefaults().grab(true, true).hint(500, 320).applyTo(picker.table());
        picker.onChange(this::validate);
        picker.table().addListener(SWT.DefaultSelection, e -> {
            if (isPageComplete() && getWizard().performFinish()) {
                getShell().close();
            }
        });
        // my LA is the one a user usually builds the area of
        MyLocalAuthority.code().filter(code -> authorities.stream().anyMatch(a -> a.code().equals(code))).ifPresent(picker::select);
        setControl(body);
        validate();
    }

    /** Sets the filter text as if typed (tests and keyboard users). */
    public void setFilter(String text) {
        picker.type(text);
    }

    /** The LAs the filter leaves in the list. */
    public List<Authority> shown() {
        return picker.shown();
    }

    /** The chosen LA, or null. */
    public Authority selected() {
        return picker == null ? null : picker.selected();
    }

    private void validate() {
        if (loadProblem != null) {
            setErrorMessage(loadProblem);
            setPageComplete(false);
            return;
        }
        Authority chosen = selected();
        if (chosen != null && Files.exists(workspace.resolve(chosen.projectName()))) {
            setErrorMessage("The area " + chosen.projectName() + " already exists in this workspace; open it from "
                    + "the Local Areas view.");
            setPageComplete(false);
            return;
        }
        setErrorMessage(null);
        setMessage(chosen == null ? null : "The area will be created as project " + chosen.projectName() + ".");
        setPageComplete(chosen != null);
    }
}
