package org.highneeds.data.internal.service;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.osgi.service.datalocation.Location;
import org.highneeds.data.WorkspaceDatabaseService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The workspace database service of the running instance: the database of the {@code -data} folder. */
@Component(service = WorkspaceDatabaseService.class)
public final class WorkspaceDatabaseComponent extends SharedWorkspaceDatabase {

    /** Made by the service component runtime over the instance location. */
    @Activate
    public WorkspaceDatabaseComponent(@Reference(target = "(type=osgi.instance.area)") Location instance) {
        super(folder(instance));
    }

    /** The folder of a file: URL location. */
    static Path folder(Location location) {
        if (location == null || location.getURL() == null) {
            throw new IllegalStateException("No workspace: start with -data DIR (./highneeds --workspace DIR).");
        }
        try {
            return Paths.get(location.getURL().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Paths.get(location.getURL().getPath());
        }
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
