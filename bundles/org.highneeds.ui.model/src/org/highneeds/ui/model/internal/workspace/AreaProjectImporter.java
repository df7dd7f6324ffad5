package org.highneeds.ui.model.internal.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.highneeds.ui.model.ModelUi;

/**
 * Brings project folders of the workspace folder into the workspace: local areas created outside the workbench (by
 * {@code highneeds cli area create}) are folders with a {@code .project} file that the workspace does not know yet.
 */
public final class AreaProjectImporter {

    /** What an import did: the projects added, and a status naming each folder that could not be added. */
    public record Result(List<IProject> imported, IStatus status) {
    }

    private AreaProjectImporter() {
    }

    /** Imports every folder directly in the workspace folder that has a {@code .project} and is not yet a project. */
    public static Result importNewProjects(IWorkspace workspace, IProgressMonitor monitor) {
        IPath rootLocation = workspace.getRoot().getLocation();
        List<Path> folders;
        try (Stream<Path> children = Files.list(rootLocation.toFile().toPath())) {
            folders = children.filter(p -> Files.isRegularFile(p.resolve(".project"))).sorted().toList();
        } catch (IOException e) {
            return new Result(List.of(), Status.error("Cannot list the workspace folder " + rootLocation, e));
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Finding local areas", folders.size());
        List<IProject> imported = new ArrayList<>();
        MultiStatus status = new MultiStatus(ModelUi.PLUGIN_ID, 0, "Some project folders could not be added:", null);
        for (Path folder : folders) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            SubMonitor one = progress.split(1);
            try {
                IProjectDescription description = workspace.loadProjectDescription(
                        IPath.fromOSString(folder.resolve(".project").toString()));
                IProject project = workspace.getRoot().getProject(description.getName());
                if (project.exists()) {
                    continue;
                }
                if (!folder.getFileName().toString().equals(description.getName())) {
                    status.add(Status.warning(folder + " holds project '" + description.getName()
                            + "'; a project in the workspace folder must have the folder's name. Rename the folder."));
                    continue;
                }
                // In the workspace folder itself: the default location, which the workspace wants unset.
                description.setLocation(null);
                project.create(description, one.split(1));
                project.open(IResource.NONE, one.split(1));
                imported.add(project);
            } catch (CoreException e) {
                status.add(Status.warning("Cannot add " + folder + " to the workspace: " + e.getMessage(), e));
            }
        }
        return new Result(List.copyOf(imported), status.isOK() ? Status.OK_STATUS : status);
    }
}
