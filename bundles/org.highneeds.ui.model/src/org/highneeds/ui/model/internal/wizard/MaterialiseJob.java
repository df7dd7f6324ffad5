package org.highneeds.ui.model.internal.wizard;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.highneeds.area.AreaMaterialisationException;
import org.highneeds.area.AreaMaterialiser;
import org.highneeds.area.AreaProjects;
import org.highneeds.area.Materialisation;
import org.highneeds.data.WorkspaceDatabaseException;
import org.highneeds.ui.model.ModelUi;
import org.highneeds.ui.model.internal.workspace.AreaProjectImporter;
import org.highneeds.data.Services;
import org.highneeds.data.WorkspaceDatabaseService;

/**
 * Builds the local area of one LA from the workspace database, writes it as a workspace project and adds the project
 * to the workspace; {@link #created()} then names the model file and what the database lacked.
 */
public final class MaterialiseJob extends WorkspaceJob {

    /** The outcome: the new model file in the workspace and the datasets that were missing. */
    public record Created(IFile file, List<String> missing) {
    }

    private final Authority authority;
    private volatile Created created;

    /** Creates the job for an LA; schedule it. */
    public MaterialiseJob(Authority authority) {
        super("New local area for " + authority.label());
        this.authority = authority;
        setUser(true);
        setRule(ResourcesPlugin.getWorkspace().getRoot());
    }

    @Override
    public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        Path folder = workspace.getRoot().getLocation().toFile().toPath();
        try (Connection connection = Services.get(WorkspaceDatabaseService.class).database().connect()) {
            progress.subTask("Reading the national data for " + authority.label());
            Materialisation m = new AreaMaterialiser(connection).materialise(authority.code(), progress.split(7));
            progress.subTask("Writing the project " + authority.projectName());
            Path modelFile = AreaProjects.create(folder, m.model());
            progress.worked(1);
            AreaProjectImporter.Result result = AreaProjectImporter.importNewProjects(workspace, progress.split(1));
            IProject project = workspace.getRoot().getProject(modelFile.getParent().getFileName().toString());
            if (!project.exists()) {
                return result.status().isOK() ? Status.error("The project " + project.getName() + " was written to "
                        + modelFile.getParent() + " but could not be added to the workspace.") : result.status();
            }
            project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
            created = new Created(project.getFile(modelFile.getFileName().toString()), m.missing());
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (AreaMaterialisationException | WorkspaceDatabaseException e) {
            return Status.error("Cannot create the local area of " + authority.label() + ": " + e.getMessage(), e);
        } catch (IOException | SQLException e) {
            return new Status(IStatus.ERROR, ModelUi.PLUGIN_ID, "Cannot create the local area of " + authority.label()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The created area, or null while running, after a failure or when cancelled. */
    public Created created() {
        return created;
    }
}
