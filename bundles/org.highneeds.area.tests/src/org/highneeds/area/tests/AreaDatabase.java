package org.highneeds.area.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.WorkspaceDatabase;
import org.highneeds.data.imports.DatasetCatalog;
import org.highneeds.data.imports.ImportResult;
import org.highneeds.data.imports.ImportService;

/** A workspace database in a temporary folder with real published files imported by the product's importers. */
final class AreaDatabase implements AutoCloseable {

    final WorkspaceDatabase database;
    final Connection connection;

    private AreaDatabase(Path workspace) throws Exception {
        database = WorkspaceDatabase.open(workspace);
        connection = database.connect();
    }

    /** Opens the workspace database in {@code workspace} and imports the given shared files ("family/file"). */
    static AreaDatabase with(Path workspace, String... files) throws Exception {
        AreaDatabase db = new AreaDatabase(workspace);
        List<Path> paths = new ArrayList<>();
        for (String f : files) {
            paths.add(shared(f));
        }
        ImportService service = new ImportService(db.connection, DatasetCatalog.fromExtensions().importers());
        for (ImportResult r : service.importAll(paths, null, new NullProgressMonitor())) {
            if (r.status() != ImportResult.Status.IMPORTED) {
                throw new IllegalStateException("not imported: " + r.describe());
            }
        }
        return db;
    }

    /** A file of the shared published data, e.g. {@code shared("gias/links.csv")}. */
    static Path shared(String relative) {
        String root = System.getProperty("highneeds.shared.data");
        Path base = root != null && !root.isBlank() ? Paths.get(root) : Paths.get("../../../shared/data");
        Path file = base.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing shared data file " + file + "; set -Dhighneeds.shared.data");
        }
        return file;
    }

    @Override
    public void close() throws Exception {
        connection.close();
        database.close();
    }
}
