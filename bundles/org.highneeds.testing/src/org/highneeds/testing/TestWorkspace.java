package org.highneeds.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.highneeds.data.WorkspaceDatabase;
import org.highneeds.data.imports.ImportResult;

/**
 * A workspace folder with its real {@link WorkspaceDatabase} (schema migrated as the workbench does) and one open
 * connection; closing it closes both and, for a folder it made itself, deletes the folder.
 */
public final class TestWorkspace implements AutoCloseable {

    private final Path folder;
    private final boolean temporary;
    private final WorkspaceDatabase database;
    private final Connection connection;

    private TestWorkspace(Path folder, boolean temporary) throws Exception {
        this.folder = folder;
        this.temporary = temporary;
        this.database = WorkspaceDatabase.open(folder);
        this.connection = database.connect();
    }

    /** A new workspace in a new temporary folder, deleted on {@link #close()}. */
    public static TestWorkspace create() throws Exception {
        return new TestWorkspace(Files.createTempDirectory("highneeds-test-workspace"), true);
    }

    /** The workspace database in {@code folder} (e.g. a JUnit {@code @TempDir}), which is kept on close. */
    public static TestWorkspace in(Path folder) throws Exception {
        return new TestWorkspace(folder, false);
    }

    /**
     * The workspace database in {@code folder} (kept on close) with shared data files or folders imported, e.g.
     * {@code with(dir, "ehcp-sen2-2025/caseload.csv", "statistical-neighbours/la_code_list.xlsx")}.
     */
    public static TestWorkspace with(Path folder, String... relativePaths) throws Exception {
        TestWorkspace workspace = in(folder);
        try {
            workspace.importShared(relativePaths);
        } catch (Exception | AssertionError e) {
            workspace.close();
            throw e;
        }
        return workspace;
    }

    /** Imports shared data files or folders into this workspace's database; see {@link ImportHarness#importShared}. */
    public List<ImportResult> importShared(String... relativePaths) throws Exception {
        return ImportHarness.importShared(connection, relativePaths);
    }

    /** The workspace folder. */
    public Path folder() {
        return folder;
    }

    /** The workspace database. */
    public WorkspaceDatabase database() {
        return database;
    }

    /** The connection opened with the workspace (auto-commit on); closed with it. */
    public Connection connection() {
        return connection;
    }

    /** The first column of the first row of {@code sql}, or null. */
    public Object scalar(String sql) throws SQLException {
        return Sql.scalar(connection, sql);
    }

    /** The rows in {@code table}. */
    public long rowCount(String table) throws SQLException {
        return Sql.rowCount(connection, table);
    }

    @Override
    public void close() throws Exception {
        try {
            connection.close();
            database.close();
        } finally {
            if (temporary) {
                delete(folder);
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
