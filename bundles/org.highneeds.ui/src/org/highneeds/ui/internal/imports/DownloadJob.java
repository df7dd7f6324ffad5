package org.highneeds.ui.internal.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.highneeds.data.downloads.DatasetDownloader;
import org.highneeds.data.downloads.DownloadException;
import org.highneeds.data.downloads.DownloadedFile;
import org.highneeds.data.imports.DatasetDescriptor;
import org.highneeds.data.Services;
import org.highneeds.data.WorkspaceDatabaseService;

/** "Download and Import": fetches a dataset's current files from its publisher, then imports them. */
public final class DownloadJob extends Job {

    private final DatasetDescriptor dataset;

    /** A job that downloads the current files of {@code dataset}, then imports them. */
    public DownloadJob(DatasetDescriptor dataset) {
        super("Downloading " + dataset.title());
        this.dataset = dataset;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        List<String> addresses = dataset.downloads().stream().map(a -> DatasetDownloader.expand(a, LocalDate.now())).toList();
        Path folder = Services.get(WorkspaceDatabaseService.class).workspace().resolve("downloads").resolve(dataset.id());
        try {
            List<DownloadedFile> files = new DatasetDownloader(folder).fetch(addresses, monitor);
            // an archive's files may belong to several datasets: those are recognised one by one
            List<ImportCandidate> candidates = files.stream()
                    .map(f -> new ImportCandidate(f.file(), size(f.file()), f.fromArchive() ? null : dataset)).toList();
            ImportJob importJob = new ImportJob(candidates);
            importJob.setUser(true);
            importJob.schedule();
            return Status.info("Downloaded " + files.size() + " files of " + dataset.title() + " into " + folder);
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (DownloadException e) {
            return Status.error("Cannot download " + dataset.title() + ": " + e.getMessage()
                    + ". Nothing was imported; files downloaded by hand can be imported with File > Import National Data.", e);
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
