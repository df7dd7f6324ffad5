package org.highneeds.analysis.internal;

import org.highneeds.analysis.UserIndicatorStore;
import org.highneeds.data.WorkspaceDatabaseService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The user-defined indicators of the running workspace (the one the workspace database service is on). */
@Component(service = UserIndicatorStore.class)
public final class UserIndicatorStoreComponent extends UserIndicatorStore {

    /** Made by the service component runtime. */
    @Activate
    public UserIndicatorStoreComponent(@Reference WorkspaceDatabaseService workspace) {
        super(workspace.workspace().resolve(LOCATION), workspace.workspace().resolve(FORMER_LOCATION));
    }
}
