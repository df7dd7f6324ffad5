package org.highneeds.data.downloads;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Fetches a dataset's current files from its publisher over HTTP(S), with progress and cancel, into a folder of
 * the workspace; the files are then imported like any the user has. A file is only kept when it arrived whole.
 * <p>
 * An address may also be an Explore Education Statistics publication page: the page is read for its
 * "Download all data (zip)" address ({@code .../api/releases/<release id>/files}, which always serves the
 * current release), the zip is fetched and its data files (csv, xlsx, ods; under {@code data/} when the zip has
 * that folder) are extracted. Zips are read with limits, so a hostile archive cannot fill the disk.
 */
public final class DatasetDownloader {

    /** Bytes read between progress and cancel checks. */
    private static final int CHUNK = 64 * 1024;

    /** The EES "download all data" address of a release: on the content API host, or relative to a mirror. */
    private static final Pattern EES_RELEASE_FILES = Pattern.compile(
            "((?:https?://[^\"'\\s<>]*?)?/api/releases/[0-9a-fA-F-]{36}/files)(?![/\\w-])");

    /** Most entries a downloaded archive may have. */
    static final int MAX_ARCHIVE_ENTRIES = 10_000;
    /** Most bytes all data files of one archive may expand to (the largest EES releases are a few hundred MB). */
    static final long MAX_ARCHIVE_BYTES = 8L << 30;
    /** Most an entry may expand relative to its compressed size (plain CSV compresses about 10-20 times). */
    static final long MAX_EXPANSION_RATIO = 200;

    /** How long a publisher may send nothing, before its answer or within it, before the download is given up. */
    static final Duration STALL_TIMEOUT = Duration.ofSeconds(120);

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "highneeds-download-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final HttpClient client;
    private final Path folder;
    private final Duration stallTimeout;

    /** Creates a downloader that saves into {@code folder} (created when missing). */
    public DatasetDownloader(Path folder) {
        this(folder, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build());
    }

    /** Creates a downloader with its own HTTP client (proxies, tests). */
    public DatasetDownloader(Path folder, HttpClient client) {
        this(folder, client, STALL_TIMEOUT);
    }

    /** A downloader that gives up on a publisher silent for {@code stallTimeout} (tests use a short one). */
    DatasetDownloader(Path folder, HttpClient client, Duration stallTimeout) {
        this.folder = folder;
        this.client = client;
        this.stallTimeout = stallTimeout;
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
        return fetch(addresses, monitor).stream().map(DownloadedFile::file).toList();
    }

    /**
     * Downloads each address, following EES publication pages to their current release and extracting archives.
     *
     * @return every file to import, with where it came from
     * @throws DownloadException naming the address and what went wrong (HTTP status, network, disk, a page without
     *     a data download, a suspicious archive); nothing of a failed run is left in the folder
     * @throws OperationCanceledException when cancelled; partial files are removed
     */
    public List<DownloadedFile> fetch(List<String> addresses, IProgressMonitor monitor) throws DownloadException {
        SubMonitor progress = SubMonitor.convert(monitor, "Downloading " + addresses.size() + (addresses.size() == 1 ? " file" : " files"),
                addresses.size() * 100);
        List<DownloadedFile> files = new ArrayList<>();
        for (String address : addresses) {
            webAddress(address);
        }
        // the highest folder this run creates: a failed run removes it again, so downloads/ holds only whole downloads
        Path created = null;
        for (Path p = folder.toAbsolutePath(); p != null && !Files.isDirectory(p); p = p.getParent()) {
            created = p;
        }
        Set<Path> before;
        try {
            Files.createDirectories(folder);
            try (var listing = Files.list(folder)) {
                before = new HashSet<>(listing.toList());
            }
        } catch (IOException e) {
            throw new DownloadException("Cannot create the download folder " + folder + ": " + e.getMessage(), e);
        }
        boolean done = false;
        try {
            for (String address : addresses) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                files.addAll(downloadOne(address, progress.split(100), true));
            }
            done = true;
            return files;
        } finally {
            if (!done) {
                removeAllBut(before, created);
            }
        }
    }

    /** After a failure: what this run put into the folder goes (the files of every address), and the folder if it made it. */
    private void removeAllBut(Set<Path> before, Path created) {
        try (var listing = Files.list(folder)) {
            for (Path p : listing.toList()) {
                if (!before.contains(p)) {
                    deleteQuietly(p);
                }
            }
        } catch (IOException e) {
            // what is left is never imported, and the next download replaces it
        }
        for (Path p = folder.toAbsolutePath(); created != null && p != null && p.startsWith(created); p = p.getParent()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                return; // not empty: something else was put there meanwhile
            }
        }
    }

    /** The address as a URI; anything but an absolute http(s) address is refused before anything is fetched. */
    private static URI webAddress(String address) throws DownloadException {
        URI uri;
        try {
            uri = URI.create(address.trim());
        } catch (IllegalArgumentException e) {
            throw new DownloadException("Not a download address: " + address + " (give an http:// or https:// address)", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new DownloadException("Not a web address: " + address + "; downloads take http:// or https:// addresses "
                    + "only (a file on this computer or the network is imported with 'highneeds cli import')", null);
        }
        return uri;
    }

    private List<DownloadedFile> downloadOne(String address, SubMonitor monitor, boolean mayFollowPage) throws DownloadException {
        URI uri = webAddress(address);
        String name = fileName(uri);
        Path partial = folder.resolve(name + ".part");
        Path target = folder.resolve(name);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(stallTimeout).GET().build();
        AtomicBoolean stalled = new AtomicBoolean();
        ScheduledFuture<?> watchdog = null;
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw new DownloadException(address + ": the publisher answered HTTP " + response.statusCode()
                            + (response.statusCode() == 404 ? " (not found: the file may have moved; download it by hand and import it)" : ""), null);
                }
                name = attachmentName(response.headers().firstValue("Content-Disposition").orElse(null), name);
                target = folder.resolve(name);
                long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                monitor.beginTask("Downloading " + name, length > 0 ? (int) Math.min(Integer.MAX_VALUE, length / CHUNK + 1) : IProgressMonitor.UNKNOWN);
                long copied = 0;
                AtomicLong lastBytes = new AtomicLong(System.nanoTime());
                AtomicLong received = new AtomicLong();
                // a read blocked on a silent publisher only wakes by interrupt: the watchdog gives it, and shows the silence
                Thread reader = Thread.currentThread();
                String shown = name;
                watchdog = WATCHDOG.scheduleAtFixedRate(() -> {
                    long silent = System.nanoTime() - lastBytes.get();
                    if (silent >= stallTimeout.toNanos()) {
                        if (stalled.compareAndSet(false, true)) {
                            reader.interrupt();
                        }
                    } else if (silent >= TimeUnit.SECONDS.toNanos(2)) {
                        monitor.subTask(shown + ": " + received.get() / 1024 + " KB, nothing received for "
                                + TimeUnit.NANOSECONDS.toSeconds(silent) + " s");
                    }
                }, 250, 250, TimeUnit.MILLISECONDS);
                try (OutputStream out = Files.newOutputStream(partial)) {
                    byte[] buffer = new byte[CHUNK];
                    int n;
                    while ((n = in.read(buffer)) >= 0) {
                        lastBytes.set(System.nanoTime());
                        if (monitor.isCanceled()) {
                            throw new OperationCanceledException();
                        }
                        out.write(buffer, 0, n);
                        copied += n;
                        received.set(copied);
                        monitor.worked(1);
                        monitor.subTask(name + ": " + copied / 1024 + " KB" + (length > 0 ? " of " + length / 1024 + " KB" : ""));
                    }
                } catch (IOException e) {
                    if (stalled.get()) {
                        throw stall(address, copied);
                    }
                    throw e;
                } finally {
                    watchdog.cancel(false);
                }
                if (stalled.get()) {
                    throw stall(address, copied);
                }
                if (length > 0 && copied != length) {
                    throw new DownloadException(address + ": the connection ended after " + copied + " of " + length + " bytes", null);
                }
            }
            byte[] head = head(partial);
            if (looksLikeHtml(head)) {
                String page = Files.readString(partial, java.nio.charset.StandardCharsets.UTF_8);
                Files.deleteIfExists(partial);
                String release = releaseAddress(page, uri);
                if (release == null || !mayFollowPage) {
                    throw new DownloadException(address + ": this is a web page, not a data file, and it has no "
                            + "'Download all data (zip)' address of an Explore Education Statistics release", null);
                }
                return downloadOne(release, monitor, false);
            }
            if (isZip(head)) {
                if (!name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    name = name + ".zip";
                    target = folder.resolve(name);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return extract(target, address, monitor);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return List.of(new DownloadedFile(target, address, false));
        } catch (HttpTimeoutException e) {
            throw new DownloadException(address + ": the publisher did not answer within " + stallTimeout.toSeconds()
                    + " s; nothing was downloaded", e);
        } catch (IOException e) {
            throw new DownloadException(address + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } finally {
            if (watchdog != null) {
                watchdog.cancel(false);
            }
            if (stalled.get()) {
                Thread.interrupted(); // the watchdog's interrupt was for the read, not for the caller
            }
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // a leftover .part file is harmless: the next download replaces it
            }
        }
    }

    private DownloadException stall(String address, long copied) {
        Thread.interrupted();
        return new DownloadException(address + ": the publisher stopped sending after " + copied / 1024 + " KB (nothing for "
                + stallTimeout.toSeconds() + " s); the partial file was removed", null);
    }

    private static String fileName(URI uri) throws DownloadException {
        String path = uri.getPath();
        String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        Matcher release = Pattern.compile("/api/releases/([0-9a-fA-F-]{36})/files$").matcher(path == null ? "" : path);
        if (release.find()) {
            return "ees-release-" + release.group(1) + ".zip";
        }
        if (name.isBlank() || name.contains("..")) {
            throw new DownloadException("The address " + uri + " does not end with a file name.", null);
        }
        return name;
    }

    /**
     * The "Download all data (zip)" address of the EES release a publication page shows, resolved against the page
     * (mirrors serve it relative to themselves); null when the page has none.
     */
    static String releaseAddress(String page, URI pageAddress) {
        Matcher m = EES_RELEASE_FILES.matcher(page);
        if (!m.find()) {
            return null;
        }
        String found = m.group(1).replace("&amp;", "&");
        return pageAddress.resolve(found).toString();
    }

    /** Extracts the data files of a downloaded archive into a folder named after it, with limits against zip bombs. */
    private List<DownloadedFile> extract(Path archive, String address, SubMonitor monitor) throws DownloadException {
        String base = archive.getFileName().toString().replaceFirst("(?i)\\.zip$", "");
        Path into = folder.resolve(base);
        List<DownloadedFile> extracted = new ArrayList<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            List<? extends ZipEntry> entries = zip.stream().toList();
            if (entries.size() > MAX_ARCHIVE_ENTRIES) {
                throw new DownloadException(address + ": the archive has " + entries.size() + " entries, more than "
                        + MAX_ARCHIVE_ENTRIES + "; it was not extracted", null);
            }
            boolean hasDataFolder = entries.stream().anyMatch(e -> !e.isDirectory() && e.getName().startsWith("data/"));
            List<ZipEntry> data = entries.stream().filter(e -> !e.isDirectory()).map(e -> (ZipEntry) e)
                    .filter(e -> isDataFile(e.getName()) && (!hasDataFolder || e.getName().startsWith("data/"))).toList();
            if (data.isEmpty()) {
                throw new DownloadException(address + ": the archive " + archive.getFileName() + " has no csv, xlsx or ods data files", null);
            }
            deleteTree(into);
            Files.createDirectories(into);
            monitor.setWorkRemaining(data.size());
            long total = 0;
            Set<String> names = new HashSet<>();
            for (ZipEntry entry : data) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                // a backslash separates folders on Windows: 'data\\..\\..\\x.csv' must not climb out of the folder there
                String entryName = entry.getName().substring(Math.max(entry.getName().lastIndexOf('/'),
                        entry.getName().lastIndexOf('\\')) + 1);
                if (entryName.isBlank() || entryName.startsWith(".") || !names.add(entryName.toLowerCase(Locale.ROOT))) {
                    throw new DownloadException(address + ": the archive entry '" + entry.getName()
                            + "' has no usable or a repeated file name; the archive was not extracted", null);
                }
                monitor.subTask("Extracting " + entryName);
                Path out = into.resolve(entryName).normalize();
                if (!out.getParent().equals(into.normalize())) {
                    throw new DownloadException(address + ": the archive entry '" + entry.getName()
                            + "' names a place outside its folder; the archive was not extracted", null);
                }
                long limit = Math.max(1L << 20, Math.max(0, entry.getCompressedSize()) * MAX_EXPANSION_RATIO);
                long written = 0;
                try (InputStream in = zip.getInputStream(entry); OutputStream o = Files.newOutputStream(out)) {
                    byte[] buffer = new byte[CHUNK];
                    int n;
                    while ((n = in.read(buffer)) >= 0) {
                        written += n;
                        total += n;
                        if (written > limit || total > MAX_ARCHIVE_BYTES) {
                            throw new DownloadException(address + ": the archive entry '" + entry.getName()
                                    + "' expands far beyond its compressed size (a zip bomb?); the archive was not extracted", null);
                        }
                        o.write(buffer, 0, n);
                    }
                }
                extracted.add(new DownloadedFile(out, address, true));
                monitor.worked(1);
            }
            return extracted;
        } catch (IOException e) {
            deleteQuietly(into);
            throw new DownloadException(address + ": the archive " + archive.getFileName() + " cannot be read: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (DownloadException | RuntimeException e) {
            deleteQuietly(into);
            throw e;
        }
    }

    private static boolean isDataFile(String entryName) {
        String lower = entryName.toLowerCase(Locale.ROOT);
        return !lower.startsWith("__macosx/") && (lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".ods"));
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        }
    }

    private static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static boolean looksLikeHtml(byte[] head) {
        String start = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("\ufeff")) {
            start = start.substring(1);
        }
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    /** The file name of a Content-Disposition header, reduced to a plain name; {@code fallback} otherwise. */
    static String attachmentName(String contentDisposition, String fallback) {
        if (contentDisposition == null) {
            return fallback;
        }
        Matcher m = Pattern.compile("filename=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE).matcher(contentDisposition);
        if (!m.find()) {
            return fallback;
        }
        String name = m.group(1).trim();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.isBlank() || name.startsWith(".") || name.contains("..") ? fallback : name;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            // what is left is never imported: the next download of the archive replaces the folder
        }
    }
}
