package org.highneeds.area.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.area.AreaProjects;
import org.highneeds.area.internal.AreaNature;
import org.highneeds.model.HighNeedsFactory;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.LocalAuthority;
import org.highneeds.model.persistence.AreaModelStore;
import org.junit.jupiter.api.Test;

/** The project written by AreaProjects opens in the Eclipse workspace as a project with the local area nature. */
class AreaNatureTest {

    @Test
    void theWorkbenchOpensAnAreaProjectWithItsNature() throws Exception {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        Path root = workspace.getRoot().getLocation().toPath();
        LocalAreaModel area = HighNeedsFactory.eINSTANCE.createLocalAreaModel();
        LocalAuthority enfield = HighNeedsFactory.eINSTANCE.createLocalAuthority();
        enfield.setLaCode("308");
        enfield.setName("Enfield");
        area.getAuthorities().add(enfield);
        area.setLocalAuthority(enfield);
        area.setName("Enfield");
        Path file = AreaProjects.create(root, area);

        // what File > Import > Existing Projects does
        IProjectDescription description = workspace.loadProjectDescription(
                org.eclipse.core.runtime.IPath.fromPath(file.getParent().resolve(".project")));
        IProject project = workspace.getRoot().getProject(description.getName());
        project.create(description, new NullProgressMonitor());
        project.open(new NullProgressMonitor());
        try {
            assertEquals("LA-308-Enfield", project.getName());
            assertEquals(file.getParent(), project.getLocation().toPath());
            assertTrue(project.hasNature(AreaProjects.NATURE_ID));
            assertEquals("UTF-8", project.getDefaultCharset(false), "the project states its encoding, so the workbench does not warn");
            assertTrue(project.getNature(AreaProjects.NATURE_ID) instanceof AreaNature);
            assertTrue(project.getFile("LA-308-Enfield." + AreaModelStore.FILE_EXTENSION).exists());
        } finally {
            project.delete(true, true, new NullProgressMonitor());
        }
    }
}
