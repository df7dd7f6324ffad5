package org.highneeds.ui.internal.myla;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.highneeds.analysis.LaInfo;
import org.highneeds.ui.internal.start.StartPageData;

/** Reads the LA code list off the UI thread and hands it to a chooser that is still open. */
final class LocalAuthorities {

    private LocalAuthorities() {
    }

    /** Reads the LAs in a job, then gives them to {@code then} on the UI thread unless {@code owner} is gone. */
    static Job load(Control owner, Consumer<List<LaInfo>> then) {
        Job job = Job.create("Reading the LA code list", (IProgressMonitor monitor) -> {
            List<LaInfo> las = StartPageData.workspace().localAuthorities();
            if (!owner.isDisposed()) {
                owner.getDisplay().asyncExec(() -> {
                    if (!owner.isDisposed()) {
                        then.accept(las);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
        return job;
    }
}
