package org.highneeds.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.WorkspaceDatabaseException;
import org.highneeds.data.imports.DatasetCatalog;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportResult;
import org.highneeds.data.imports.ImportService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import}: published files into the workspace database, each file in one transaction. */
@Command(name = "import",
        description = {"import published files (folders: every file in them); each file is",
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
        List<Path> files = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> listing = Files.list(p)) {
                    for (Path f : listing.filter(Files::isRegularFile).sorted().toList()) {
                        String name = f.getFileName().toString();
                        if (name.startsWith(".")) {
                            continue;
                        }
                        if (name.toLowerCase(Locale.ROOT).endsWith(".md") || name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
                            context.out.println(f + ": skipped (a note, not a data file)");
                            continue;
                        }
                        files.add(f);
                    }
                } catch (IOException e) {
                    throw new UsageException("import: cannot list the folder " + p + ": " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new UsageException("import: no such file or folder: " + p);
            }
        }
        int failed = 0;
        try (Connection c = context.database().database().connect()) {
            ImportService service = new ImportService(c, catalog.importers());
            for (Path f : files) {
                try {
                    ImportResult result = service.importFile(f, forced, new NullProgressMonitor());
                    context.out.println(result.describe());
                    for (String warning : result.warnings()) {
                        context.out.println("  warning: " + warning);
                    }
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
        if (files.size() > failed) {
            // views and caches of derived numbers (the benchmark engine) follow the imported data
            context.database().fireChanged();
        }
        if (failed > 0) {
            context.err.println("highneeds: " + failed + " of " + files.size() + " files were not imported");
            return Cli.USER_ERROR;
        }
        return Cli.OK;
    }
}
