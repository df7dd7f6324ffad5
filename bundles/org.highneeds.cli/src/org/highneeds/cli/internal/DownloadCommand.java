package org.highneeds.cli.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.downloads.DatasetDownloader;
import org.highneeds.data.downloads.DownloadException;
import org.highneeds.data.downloads.DownloadedFile;
import org.highneeds.data.imports.DatasetCatalog;
import org.highneeds.data.imports.DatasetDescriptor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code download}: a dataset's current files from its publisher (or a mirror), then imported. */
@Command(name = "download",
        description = {"fetch the publisher's current files of a dataset into", "WORKSPACE/downloads and import them (--from: other addresses,",
                "e.g. a mirror on the council network)"})
final class DownloadCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "DATASET", description = "the dataset id ('datasets' lists them)")
    String id;

    @Option(names = "--from", paramLabel = "URL", description = "an address to fetch instead of the publisher's (repeatable)")
    List<String> from = new ArrayList<>();

    DownloadCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        DatasetCatalog catalog = DatasetCatalog.fromExtensions();
        DatasetDescriptor dataset = catalog.dataset(id)
                .orElseThrow(() -> new UsageException("download: no dataset with id '" + id + "'; 'highneeds cli datasets' lists them"));
        List<String> addresses = from.isEmpty()
                ? dataset.downloads().stream().map(a -> DatasetDownloader.expand(a, LocalDate.now())).toList() : from;
        if (addresses.isEmpty()) {
            throw new UsageException("download: " + dataset.title() + " has no direct download address; download it from "
                    + (dataset.page() == null ? "its publisher" : dataset.page()) + " and use 'highneeds cli import'");
        }
        List<DownloadedFile> files;
        try {
            files = new DatasetDownloader(context.workspace().resolve("downloads").resolve(id)).fetch(addresses, new NullProgressMonitor());
        } catch (DownloadException e) {
            throw new UsageException("download: " + e.getMessage());
        }
        for (DownloadedFile f : files) {
            context.out.println("downloaded " + f.file());
        }
        // a single file is the dataset asked for; an archive's files may belong to several datasets: recognise each
        List<Path> forced = new ArrayList<>();
        List<Path> recognised = new ArrayList<>();
        for (DownloadedFile f : files) {
            (f.fromArchive() ? recognised : forced).add(f.file());
        }
        int status = forced.isEmpty() ? Cli.OK : ImportCommand.importFiles(context, id, forced);
        if (!recognised.isEmpty()) {
            status = Math.max(status, ImportCommand.importFiles(context, null, recognised));
        }
        return status;
    }
}
