package org.highneeds.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import org.highneeds.analysis.BenchmarkEngine;
import org.highneeds.analysis.UserIndicatorStore;
import org.highneeds.data.MyLocalAuthority;
import org.highneeds.data.Services;
import org.highneeds.data.WorkspaceDatabaseService;

/**
 * What a command runs on: the output streams and the workspace, whose database and benchmark engine are the running
 * instance's services (the {@code -data} workspace) or, for another folder ({@code --workspace DIR} naming another one,
 * or a command line made over a given folder), made for this run and closed after it.
 */
final class CliContext implements AutoCloseable {

    final PrintStream out;
    final PrintStream err;
    private final Supplier<Path> folder;
    private Path workspaceOption;
    private WorkspaceDatabaseService ownDatabase;
    private BenchmarkEngine ownEngine;

    /** {@code folder} null: the instance's services. */
    CliContext(PrintStream out, PrintStream err, Supplier<Path> folder) {
        this.out = out;
        this.err = err;
        this.folder = folder;
    }

    /** {@code --workspace DIR}, wherever it was given. */
    void workspaceOption(Path dir) {
        this.workspaceOption = dir;
    }

    /** The workspace folder the command works on. */
    Path workspace() {
        if (workspaceOption != null) {
            return workspaceOption.toAbsolutePath().normalize();
        }
        return folder != null ? folder.get() : instance().workspace();
    }

    /** The workspace database service (opened on first use). */
    synchronized WorkspaceDatabaseService database() {
        if (ownsServices()) {
            if (ownDatabase == null) {
                ownDatabase = WorkspaceDatabaseService.on(workspace());
            }
            return ownDatabase;
        }
        return instance();
    }

    /** The benchmark engine with the workspace's user-defined indicators. */
    synchronized BenchmarkEngine engine() {
        if (!ownsServices()) {
            return Services.get(BenchmarkEngine.class);
        }
        if (ownEngine == null) {
            ownEngine = new BenchmarkEngine(database(), UserIndicatorStore.inWorkspace(workspace()),
                    problem -> err.println("highneeds: warning: " + problem));
        }
        return ownEngine;
    }

    /** My LA of the workspace ({@link MyLocalAuthority}), the default of {@code --la}. */
    Optional<String> myLa() {
        return MyLocalAuthority.code();
    }

    private boolean ownsServices() {
        if (folder != null) {
            return true;
        }
        return workspaceOption != null && !workspaceOption.toAbsolutePath().normalize()
                .equals(instance().workspace().toAbsolutePath().normalize());
    }

    private static WorkspaceDatabaseService instance() {
        return Services.get(WorkspaceDatabaseService.class);
    }

    /** Closes what this run opened itself; the instance's services stay with the framework. */
    @Override
    public synchronized void close() {
        if (ownEngine != null) {
            ownEngine.close();
            ownEngine = null;
        }
        if (ownDatabase != null) {
            ownDatabase.close();
            ownDatabase = null;
        }
    }
}
