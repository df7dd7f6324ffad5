package org.highneeds.cli.internal;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.WorkspaceDatabaseException;
import org.highneeds.data.imports.DatasetCatalog;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportFiles;
import org.highneeds.data.imports.ImportResult;
import org.highneeds.data.imports.ImportService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import}: published files into the workspace database, each file in one transaction. */
@Command(name = "import",
        description = {"import published files (folders: every file below them); each file is",
                "one transaction, recognised automatically or forced with --as"})
final class ImportCommand extends CliCommand {

    @Option(names = "--as", paramLabel = "ID", description = "the dataset of every file ('datasets' lists them)")
    String forced;

    @Parameters(paramLabel = "FILE|FOLDER", arity = "1..*", description = "files, or folders of files, as published")
    List<Path> given = new ArrayList<>();

    ImportCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        return importFiles(context, forced, given);
    }

    /** Imports {@code given} (files or folders), as {@code forced} when not null; 1 when any file was not imported. */
    static int importFiles(CliContext context, String forced, List<Path> given) throws UsageException, WorkspaceDatabaseException {
        DatasetCatalog catalog = DatasetCatalog.fromExtensions();
        catalog.problems().forEach(p -> context.err.println("highneeds: warning: " + p));
        if (forced != null && catalog.dataset(forced).isEmpty()) {
            throw new UsageException("import: no dataset with id '" + forced + "'; 'highneeds cli datasets' lists them");
        }
        long started = System.nanoTime();
        ImportFiles.Listing listing;
        try {
            listing = ImportFiles.expand(given);
        } catch (NoSuchFileException e) {
            throw new UsageException("import: no such file or folder: " + e.getFile());
        } catch (IOException e) {
            throw new UsageException("import: cannot list the folder: " + e.getMessage());
        }
        for (Path note : listing.notes()) {
            context.out.println(note + ": skipped (a note, not a data file)");
        }
        List<Path> files = listing.dataFiles();
        if (files.isEmpty()) {
            throw new UsageException("import: nothing to import in " + given.stream().map(Path::toString)
                    .collect(Collectors.joining(", ")) + ": found " + listing.found());
        }
        int failed = 0;
        int unchanged = 0;
        long rows = 0;
        try (Connection c = context.database().database().connect()) {
            ImportService service = new ImportService(c, catalog.importers());
            for (Path f : files) {
                try {
                    ImportResult result = service.importFile(f, forced, new NullProgressMonitor());
                    context.out.println(result.describe());
                    for (String warning : result.warnings()) {
                        context.out.println("  warning: " + warning);
                    }
                    if (result.status() == ImportResult.Status.UNCHANGED) unchanged++;
                    rows += result.rows();
                } catch (ImportException e) {
                    failed++;
                    context.err.println("highneeds: not imported, database unchanged: " + e.getMessage());
                } catch (IOException e) {
                    failed++;
                    context.err.println("highneeds: not imported, database unchanged: " + f + ": " + e.getMessage());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the workspace database: " + e.getMessage(), e);
        }
        int imported = files.size() - failed - unchanged;
        if (imported > 0) {
            // views and caches of derived numbers (the benchmark engine) follow the imported data
            context.database().fireChanged();
        }
        // on stderr, so that stdout stays one line per file for scripts
        context.err.println(summary(imported, unchanged, listing.notes().size(), failed, rows, System.nanoTime() - started));
        return failed > 0 ? Cli.USER_ERROR : Cli.OK;
    }

    /** The closing line of an import run, e.g. {@code import: 3 files imported, 1 unchanged, 2 skipped, 0 refused; 1,204 rows in 2.4 s}. */
    static String summary(int imported, int unchanged, int skipped, int refused, long rows, long nanos) {
        return String.format(Locale.ROOT, "import: %d %s imported, %d unchanged, %d skipped, %d refused; %d rows in %.1f s",
                imported, imported == 1 ? "file" : "files", unchanged, skipped, refused, rows, nanos / 1e9);
    }
}
