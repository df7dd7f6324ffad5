package org.highneeds.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.imports.DatasetCatalog;
import org.highneeds.data.imports.ImportResult;
import org.highneeds.data.imports.ImportService;

/**
 * Imports real published files into a test database through the workbench's own {@link ImportService} and the
 * importers contributed to the dataset catalogue, as {@code highneeds cli import} and the import wizard do.
 */
public final class ImportHarness {

    private ImportHarness() {
    }

    /** Imports files or folders (each file recognised by the catalogue); fails when nothing was imported. */
    public static List<ImportResult> importFiles(Connection connection, List<Path> filesOrFolders) throws Exception {
        ImportService service = new ImportService(connection, DatasetCatalog.fromExtensions().importers());
        List<ImportResult> results = service.importAll(filesOrFolders, null, new NullProgressMonitor());
        if (results.isEmpty()) {
            throw new AssertionError("nothing imported from " + filesOrFolders);
        }
        return results;
    }

    /**
     * Imports shared data files or folders given relative to {@link SharedData#root()} (e.g. {@code "gias/links.csv"},
     * {@code "ehcp-sen2-2022"}); fails unless every file is newly imported.
     */
    public static List<ImportResult> importShared(Connection connection, String... relativePaths) throws Exception {
        List<Path> paths = new ArrayList<>();
        for (String relative : relativePaths) {
            paths.add(SharedData.path(relative));
        }
        List<ImportResult> results = importFiles(connection, paths);
        for (ImportResult r : results) {
            if (r.status() != ImportResult.Status.IMPORTED) {
                throw new AssertionError("not imported: " + r.describe());
            }
        }
        return results;
    }
}
