package org.highneeds.ui.internal.imports;

import java.io.IOException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.highneeds.data.imports.DatasetCatalog;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportResult;
import org.highneeds.data.imports.ImportService;
import org.highneeds.ui.HighNeedsUi;
import org.highneeds.data.Services;
import org.highneeds.data.WorkspaceDatabaseService;

/**
 * Imports the chosen files one by one, each in its own transaction, with progress and cancel; the result
 * names every file: imported, unchanged, or refused with the place and reason.
 */
public final class ImportJob extends Job {

    private final List<ImportCandidate> candidates;
    private final List<String> lines = new ArrayList<>();

    ImportJob(List<ImportCandidate> candidates) {
        super("Importing " + candidates.size() + (candidates.size() == 1 ? " file" : " files"));
        this.candidates = candidates;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), candidates.size());
        MultiStatus status = new MultiStatus(HighNeedsUi.PLUGIN_ID, 0, "Import of " + candidates.size() + " files", null);
        try (Connection c = Services.get(WorkspaceDatabaseService.class).database().connect()) {
            ImportService service = new ImportService(c, DatasetCatalog.fromExtensions().importers());
            for (ImportCandidate candidate : candidates) {
                progress.subTask(candidate.file().getFileName().toString());
                try {
                    ImportResult result = service.importFile(candidate.file(),
                            candidate.dataset() == null ? null : candidate.dataset().id(), progress.split(1));
                    record(status, IStatus.INFO, result.describe());
                    result.warnings().forEach(w -> record(status, IStatus.WARNING, "  " + w));
                } catch (ImportException e) {
                    record(status, IStatus.ERROR, "Not imported, database unchanged: " + e.getMessage());
                } catch (IOException e) {
                    record(status, IStatus.ERROR, "Not imported, database unchanged: " + candidate.file() + ": " + e.getMessage());
                }
            }
        } catch (OperationCanceledException e) {
            record(status, IStatus.CANCEL, "Cancelled: the file being imported was rolled back; files before it stay imported.");
            return finish(status);
        } catch (Exception e) {
            return Status.error("Cannot import into the workspace database: " + e.getMessage(), e);
        }
        return finish(status);
    }

    private void record(MultiStatus status, int severity, String message) {
        synchronized (lines) {
            lines.add(message);
        }
        status.add(new Status(severity, HighNeedsUi.PLUGIN_ID, message));
    }

    private IStatus finish(MultiStatus status) {
        Services.get(WorkspaceDatabaseService.class).fireChanged();
        return status;
    }

    /** One line per file (and warning), in the order they were imported. */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}
