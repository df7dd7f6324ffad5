package org.highneeds.data.downloads;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Fetches a dataset's current files from its publisher over HTTP(S), with progress and cancel, into a folder of
 * the workspace; the files are then imported like any the user has. A file is only kept when it arrived whole.
 */
public final class DatasetDownloader {

    /** Bytes read between progress and cancel checks. */
    private static final int CHUNK = 64 * 1024;

    private final HttpClient client;
    private final Path folder;

    /** Creates a downloader that saves into {@code folder} (created when missing). */
    public DatasetDownloader(Path folder) {
        this(folder, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build());
    }

    /** Creates a downloader with its own HTTP client (proxies, tests). */
    public DatasetDownloader(Path folder, HttpClient client) {
        this.folder = folder;
        this.client = client;
    }

    /**
     * Expands a download address template: {@code {date}} becomes today's date as yyyyMMdd (GIAS publishes a file
     * a day under that name).
     */
    public static String expand(String template, LocalDate today) {
        return template.replace("{date}", today.format(DateTimeFormatter.BASIC_ISO_DATE));
    }

    /**
     * Downloads each address into the folder under the name its path ends with.
     *
     * @return the downloaded files, in the order given
     * @throws DownloadException naming the address and what went wrong (HTTP status, network, disk)
     * @throws OperationCanceledException when cancelled; the partial file is removed
     */
    public List<Path> download(List<String> addresses, IProgressMonitor monitor) throws DownloadException {
        SubMonitor progress = SubMonitor.convert(monitor, "Downloading " + addresses.size() + (addresses.size() == 1 ? " file" : " files"),
                addresses.size() * 100);
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DownloadException("Cannot create the download folder " + folder + ": " + e.getMessage(), e);
        }
        for (String address : addresses) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            files.add(downloadOne(address, progress.split(100)));
        }
        return files;
    }

    private Path downloadOne(String address, SubMonitor monitor) throws DownloadException {
        URI uri;
        try {
            uri = URI.create(address);
        } catch (IllegalArgumentException e) {
            throw new DownloadException("Not a download address: " + address, e);
        }
        String name = fileName(uri);
        Path target = folder.resolve(name);
        Path partial = folder.resolve(name + ".part");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(30)).GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw new DownloadException(address + ": the publisher answered HTTP " + response.statusCode()
                            + (response.statusCode() == 404 ? " (not found: the file may have moved; download it by hand and import it)" : ""), null);
                }
                long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                monitor.beginTask("Downloading " + name, length > 0 ? (int) Math.min(Integer.MAX_VALUE, length / CHUNK + 1) : IProgressMonitor.UNKNOWN);
                long copied = 0;
                try (OutputStream out = Files.newOutputStream(partial)) {
                    byte[] buffer = new byte[CHUNK];
                    int n;
                    while ((n = in.read(buffer)) >= 0) {
                        if (monitor.isCanceled()) {
                            throw new OperationCanceledException();
                        }
                        out.write(buffer, 0, n);
                        copied += n;
                        monitor.worked(1);
                        monitor.subTask(name + ": " + copied / 1024 + " KB" + (length > 0 ? " of " + length / 1024 + " KB" : ""));
                    }
                }
                if (length > 0 && copied != length) {
                    throw new DownloadException(address + ": the connection ended after " + copied + " of " + length + " bytes", null);
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new DownloadException(address + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // a leftover .part file is harmless: the next download replaces it
            }
        }
    }

    private static String fileName(URI uri) throws DownloadException {
        String path = uri.getPath();
        String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        if (name.isBlank() || name.contains("..")) {
            throw new DownloadException("The address " + uri + " does not end with a file name.", null);
        }
        return name;
    }
}
