package org.highneeds.ui.model.internal.wizard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.highneeds.ui.model.ModelUi;

/** The wizard's one page: pick the LA from the code list, filtered by code or name as the user types. */
public final class ChooseAuthorityPage extends WizardPage {

    private final List<Authority> authorities;
    private final String loadProblem;
    private final Path workspace;
    private Text filter;
    private TableViewer table;

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
        Label prompt = new Label(body, SWT.NONE);
        prompt.setText("&Local authority (code or name):");
        filter = new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("e.g. 302 or Barnet");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);

        table = new TableViewer(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        column("Code", 60, Authority::code);
        column("Local authority", 240, Authority::name);
        column("Region", 180, Authority::region);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                return ((Authority) element).matches(filter.getText());
            }
        });
        table.setInput(authorities);
        GridDataFactory.fillDefaults().grab(true, true).hint(500, 320).applyTo(table.getControl());

        filter.addModifyListener(e -> {
            table.refresh();
            // The exact code typed, or a single LA left: select it, so Enter finishes.
            List<Authority> visible = shown();
            String typed = filter.getText().trim();
            visible.stream().filter(a -> a.code().equals(typed)).findFirst()
                    .or(() -> visible.size() == 1 ? Optional.of(visible.get(0)) : Optional.empty())
                    .ifPresent(a -> table.setSelection(new StructuredSelection(a), true));
            validate();
        });
        table.addSelectionChangedListener(e -> validate());
        table.addDoubleClickListener(e -> {
            if (isPageComplete() && getWizard().performFinish()) {
                getShell().close();
            }
        });
        setControl(body);
        validate();
    }

    private void column(String title, int width, Function<Authority, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((Authority) element);
                return value == null ? "" : value;
            }
        });
    }

    /** Sets the filter text as if typed (tests and keyboard users). */
    public void setFilter(String text) {
        filter.setText(text);
    }

    /** The LAs the filter leaves in the list. */
    public List<Authority> shown() {
        return Arrays.stream(table.getTable().getItems()).map(i -> (Authority) i.getData()).toList();
    }

    /** The chosen LA, or null. */
    public Authority selected() {
        return table == null ? null : (Authority) table.getStructuredSelection().getFirstElement();
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
