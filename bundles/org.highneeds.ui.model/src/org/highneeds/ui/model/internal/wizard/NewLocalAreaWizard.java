package org.highneeds.ui.model.internal.wizard;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.highneeds.data.WorkspaceDatabaseException;
import org.highneeds.ui.model.ModelUi;
import org.highneeds.ui.model.internal.editor.LocalAreaEditor;
import org.highneeds.data.Services;
import org.highneeds.data.WorkspaceDatabaseService;

/**
 * File > New Local Area: the user picks an LA; a job builds its area from the workspace database, creates the project
 * and opens the Local Area Editor, which lists what the database lacked.
 */
public final class NewLocalAreaWizard extends Wizard implements INewWizard {

    private ChooseAuthorityPage page;
    private MaterialiseJob job;

    /** Created by the New wizard registry or the New Local Area command. */
    public NewLocalAreaWizard() {
        setWindowTitle("New Local Area");
        setDefaultPageImageDescriptor(ModelUi.icon("icons/new_area_wiz.png"));
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // The LA is chosen on the page; the selection does not matter.
    }

    @Override
    public void addPages() {
        List<Authority> authorities = List.of();
        String problem = null;
        try (Connection c = Services.get(WorkspaceDatabaseService.class).database().connect()) {
            authorities = Authority.current(c);
            if (authorities.isEmpty()) {
                problem = "The LA code list is not imported: use File > Import National Data with la_code_list.xlsx first.";
            }
        } catch (WorkspaceDatabaseException | SQLException e) {
            problem = "The LA code list cannot be read from the workspace database (import la_code_list.xlsx with "
                    + "File > Import National Data): " + e.getMessage();
        }
        Path workspace = ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath();
        page = new ChooseAuthorityPage(authorities, problem, workspace);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Authority authority = page.selected();
        if (authority == null) {
            return false;
        }
        job = new MaterialiseJob(authority);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                MaterialiseJob.Created created = job.created();
                if (created != null && window != null) {
                    Display display = window.getShell().getDisplay();
                    display.asyncExec(() -> open(window, created));
                }
            }
        });
        job.schedule();
        return true;
    }

    private static void open(IWorkbenchWindow window, MaterialiseJob.Created created) {
        IWorkbenchPage workbenchPage = window.getActivePage();
        if (workbenchPage == null) {
            return;
        }
        try {
            if (IDE.openEditor(workbenchPage, created.file(), ModelUi.EDITOR_ID) instanceof LocalAreaEditor editor
                    && !created.missing().isEmpty()) {
                editor.showNotes(created.missing().size() == 1 ? "1 thing was missing from the workspace database:"
                        : created.missing().size() + " things were missing from the workspace database:",
                        created.missing());
            }
        } catch (PartInitException e) {
            ILog.of(NewLocalAreaWizard.class).error("Cannot open " + created.file().getFullPath(), e);
        }
    }

    /** The page (tests drive it). */
    public ChooseAuthorityPage page() {
        return page;
    }

    /** The job started by Finish, or null. */
    public MaterialiseJob job() {
        return job;
    }
}
