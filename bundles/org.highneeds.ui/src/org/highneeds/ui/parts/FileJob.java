package org.highneeds.ui.parts;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

/** A job writing one file (an export, a chart), reporting where it went or why it could not be written. */
public final class FileJob {

    /** Writes the file; may throw to say why it could not. */
    @FunctionalInterface
    public interface Writer {
        /** Writes {@code file}. */
        void write(Path file) throws IOException;
    }

    private FileJob() {
    }

    /**
     * The job named {@code name} running {@code writer} on {@code file}; its result says {@code done} (e.g. "Exported
     * 13 rows to ...") or the error.
     */
    public static Job writing(String name, Path file, Writer writer, String done) {
        return Job.create(name, (IProgressMonitor monitor) -> {
            try {
                writer.write(file);
                return Status.info(done);
            } catch (IOException | RuntimeException e) {
                return Status.error("Cannot write " + file + ": " + e.getMessage(), e);
            }
        });
    }

    /** Schedules {@code job} as a user job (its result is reported), with the busy indicator of the part at {@code site}. */
    public static void schedule(IWorkbenchPartSite site, Job job) {
        job.setUser(true);
        IWorkbenchSiteProgressService progress = site.getService(IWorkbenchSiteProgressService.class);
        if (progress != null) {
            progress.schedule(job);
        } else {
            job.schedule();
        }
    }
}
