package org.highneeds.area.internal;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectNature;

/** Marks a workspace project as a High Needs local area; it adds no builders, so configuring it changes nothing. */
public final class AreaNature implements IProjectNature {

    private IProject project;

    @Override
    public void configure() {
        // no builders: a local area is a model file, nothing is compiled
    }

    @Override
    public void deconfigure() {
        // nothing was configured
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }
}
