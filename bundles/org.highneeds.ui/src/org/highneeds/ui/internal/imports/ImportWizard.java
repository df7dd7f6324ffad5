package org.highneeds.ui.internal.imports;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.Wizard;
import org.highneeds.data.imports.DatasetCatalog;

/** File > Import National Data: choose files, check the detected datasets, import them in a background job. */
public final class ImportWizard extends Wizard {

    private final DatasetCatalog catalog = DatasetCatalog.fromExtensions();
    private final ImportFilesPage files = new ImportFilesPage(catalog);
    private ImportJob job;

    /** Creates the wizard. */
    public ImportWizard() {
        setWindowTitle("Import National Data");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(files);
    }

    /** Adds files or folders as if chosen in the dialog (the command line and tests use it). */
    public void addFiles(List<Path> filesOrFolders) {
        files.addFiles(filesOrFolders);
    }

    @Override
    public boolean performFinish() {
        job = new ImportJob(files.candidates());
        job.setUser(true);
        job.schedule();
        return true;
    }

    /** The import started by Finish, or {@code null} before. */
    public ImportJob job() {
        return job;
    }
}
