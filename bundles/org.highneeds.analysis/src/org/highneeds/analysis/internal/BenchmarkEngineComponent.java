package org.highneeds.analysis.internal;

import org.eclipse.core.runtime.ILog;
import org.highneeds.analysis.BenchmarkEngine;
import org.highneeds.analysis.UserIndicatorStore;
import org.highneeds.data.WorkspaceDatabaseService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The benchmark engine of the running workspace, used alike by the workbench's views and the command line; made on
 * first use, with malformed contributions and user-defined indicators that do not run logged.
 */
@Component(service = BenchmarkEngine.class)
public final class BenchmarkEngineComponent extends BenchmarkEngine {

    /** Made by the service component runtime. */
    @Activate
    public BenchmarkEngineComponent(@Reference WorkspaceDatabaseService workspace, @Reference UserIndicatorStore userIndicators) {
        super(workspace, userIndicators, ILog.of(BenchmarkEngineComponent.class)::warn);
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
