package org.highneeds.data.downloads;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/** Downloads against a local HTTP server that serves the real published files of ../shared/data. */
class DatasetDownloaderTest {

    @TempDir
    Path dir;

    private static final String RELEASE = "a1b2c3d4-0000-4000-8000-123456789abc";
    private static final String BOMB_RELEASE = "b0b0b0b0-0000-4000-8000-123456789abc";

    private HttpServer server;
    private String base;
    private static byte[] releaseZip;
    private static byte[] bomb;

    /** An EES "download all data" zip made of the real SEN2 2025 files, laid out as EES lays it out. */
    private static byte[] releaseZip() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (String name : List.of("caseload.csv", "requests.csv")) {
                zip.putNextEntry(new java.util.zip.ZipEntry("data/" + name));
                zip.write(Files.readAllBytes(SharedData.file("ehcp-sen2-2025", name)));
                zip.closeEntry();
            }
            zip.putNextEntry(new java.util.zip.ZipEntry("data-guidance/data-guidance.txt"));
            zip.write("About these files".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("supporting-files/methodology.csv"));
            zip.write("a,b\n1,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** 100 MB of one repeated character in a zip of about 100 KB. */
    private static byte[] bombZip() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new java.util.zip.ZipEntry("data/caseload.csv"));
            byte[] line = new byte[1 << 20];
            java.util.Arrays.fill(line, (byte) '0');
            for (int i = 0; i < 100; i++) {
                zip.write(line);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @BeforeEach
    void serveSharedData() throws Exception {
        if (releaseZip == null) {
            releaseZip = releaseZip();
            bomb = bombZip();
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Path root = SharedData.root().toAbsolutePath().normalize();
        server.createContext("/", exchange -> {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
            exchange.close();
        });
        server.createContext("/find-statistics/education-health-and-care-plans", exchange -> {
            // the parts of the real page that matter: the release's "Download all data (zip)" link, host-relative on a mirror
            byte[] page = ("<!DOCTYPE html><html><body><h1>Education, health and care plans</h1>"
                    + "<a href=\"/api/releases/" + RELEASE + "/files?fromPage=ReleaseDownloads\" class=\"govuk-link\">Download all data (zip)</a>"
                    + "</body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
            exchange.close();
        });
        server.createContext("/find-statistics/no-data", exchange -> {
            byte[] page = "<html><body>Nothing to download</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
            exchange.close();
        });
        server.createContext("/api/releases/", exchange -> {
            byte[] zip = exchange.getRequestURI().getPath().contains(RELEASE) ? releaseZip : bomb;
            exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"education-health-and-care-plans_2025.zip\"");
            exchange.sendResponseHeaders(200, zip.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(zip);
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void downloadsThePublishedFileWhole() throws Exception {
        List<Path> files = new DatasetDownloader(dir.resolve("downloads")).download(
                List.of(base + "gias/links_edubasealldata20250422.csv"), new NullProgressMonitor());
        assertEquals(List.of(dir.resolve("downloads/links_edubasealldata20250422.csv")), files);
        assertArrayEquals(Files.readAllBytes(SharedData.file("gias", "links_edubasealldata20250422.csv")), Files.readAllBytes(files.get(0)));
    }

    @Test
    void aMissingFileIsNamedWithTheHttpStatus() {
        DownloadException e = assertThrows(DownloadException.class, () -> new DatasetDownloader(dir).download(
                List.of(base + "gias/edubasealldata20991231.csv"), new NullProgressMonitor()));
        assertTrue(e.getMessage().startsWith(base + "gias/edubasealldata20991231.csv: the publisher answered HTTP 404"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("edubasealldata20991231.csv")));
    }

    @Test
    void aTruncatedTransferKeepsNothing() throws Exception {
        // a server that promises the whole file, sends half and hangs up (a dropped connection)
        byte[] bytes = Files.readAllBytes(SharedData.file("ehcp-sen2-2025", "caseload.csv"));
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread half = new Thread(() -> {
                try (java.net.Socket client = socket.accept(); OutputStream out = client.getOutputStream()) {
                    client.getInputStream().read(new byte[8192]);
                    out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + bytes.length + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    out.write(bytes, 0, bytes.length / 2);
                } catch (java.io.IOException e) {
                    // the test fails on the client side if this side breaks
                }
            });
            half.start();
            DownloadException e = assertThrows(DownloadException.class, () -> new DatasetDownloader(dir).download(
                    List.of("http://127.0.0.1:" + socket.getLocalPort() + "/caseload.csv"), new NullProgressMonitor()));
            assertTrue(e.getMessage().startsWith("http://127.0.0.1:" + socket.getLocalPort() + "/caseload.csv: "), e.getMessage());
            half.join(10_000);
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "neither the file nor a .part is left");
        }
    }

    @Test
    void cancelLeavesNoPartialFile() throws Exception {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> new DatasetDownloader(dir).download(
                List.of(base + "ehcp-sen2-2025/caseload.csv"), cancelled));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void theDateInAGiasAddressIsToday() {
        assertEquals("https://x/edubasealldata20261127.csv", DatasetDownloader.expand("https://x/edubasealldata{date}.csv", LocalDate.of(2026, 11, 27)));
    }

    @Test
    void anEesPublicationPageIsFollowedToItsReleaseZipAndTheDataFilesAreExtracted() throws Exception {
        List<DownloadedFile> files = new DatasetDownloader(dir).fetch(
                List.of(base + "find-statistics/education-health-and-care-plans"), new NullProgressMonitor());
        Path folder = dir.resolve("education-health-and-care-plans_2025");
        assertEquals(List.of(folder.resolve("caseload.csv"), folder.resolve("requests.csv")),
                files.stream().map(DownloadedFile::file).toList(), "the data/ files only: no guidance, no supporting files");
        assertTrue(files.stream().allMatch(DownloadedFile::fromArchive));
        assertEquals(base + "api/releases/" + RELEASE + "/files", files.get(0).address());
        assertArrayEquals(Files.readAllBytes(SharedData.file("ehcp-sen2-2025", "caseload.csv")), Files.readAllBytes(files.get(0).file()));
        assertTrue(Files.isRegularFile(dir.resolve("education-health-and-care-plans_2025.zip")), "the archive is kept as downloaded");
        assertFalse(Files.exists(dir.resolve("education-health-and-care-plans")), "the page itself is not kept");
    }

    @Test
    void theReleaseAddressIsFoundOnTheRealSiteToo() {
        String page = "<a href=\"https://content.explore-education-statistics.service.gov.uk/api/releases/"
                + RELEASE + "/files\" class=\"govuk-link\">Download all data (zip)</a>";
        assertEquals("https://content.explore-education-statistics.service.gov.uk/api/releases/" + RELEASE + "/files",
                DatasetDownloader.releaseAddress(page, java.net.URI.create(
                        "https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans")));
        assertEquals(null, DatasetDownloader.releaseAddress("<a href=\"/api/releases/" + RELEASE + "/files/abc\">one file</a>",
                java.net.URI.create("https://x/")), "a link to one file of the release is not the whole release");
    }

    @Test
    void aPageWithoutADataDownloadIsAClearError() {
        DownloadException e = assertThrows(DownloadException.class, () -> new DatasetDownloader(dir).fetch(
                List.of(base + "find-statistics/no-data"), new NullProgressMonitor()));
        assertEquals(base + "find-statistics/no-data: this is a web page, not a data file, and it has no 'Download all data (zip)' "
                + "address of an Explore Education Statistics release", e.getMessage());
    }

    @Test
    void aZipBombIsRefusedAndNothingIsExtracted() throws Exception {
        DownloadException e = assertThrows(DownloadException.class, () -> new DatasetDownloader(dir).fetch(
                List.of(base + "api/releases/" + BOMB_RELEASE + "/files"), new NullProgressMonitor()));
        assertTrue(e.getMessage().endsWith("the archive entry 'data/caseload.csv' expands far beyond its compressed size (a zip bomb?); "
                + "the archive was not extracted"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("education-health-and-care-plans_2025")), "no half-extracted folder");
    }

    @Test
    void aFileNameFromTheServerCannotLeaveTheDownloadFolder() {
        assertEquals("x.csv", DatasetDownloader.attachmentName("attachment; filename=\"../../x.csv\"", "fallback.csv"));
        assertEquals("fallback.csv", DatasetDownloader.attachmentName("attachment; filename=\"..\"", "fallback.csv"));
        assertEquals("evil.csv", DatasetDownloader.attachmentName("attachment; filename=\"/etc/evil.csv\"", "fallback.csv"));
        assertEquals("data.zip", DatasetDownloader.attachmentName("attachment; filename=data.zip", "fallback.csv"));
    }

    @Test
    void onlyWebAddressesAreFetched() {
        Path folder = dir.resolve("downloads/sen2.ehcp");
        for (String address : List.of("file:///etc/passwd", "ftp://127.0.0.1/caseload.csv", "downloads/caseload.csv", "/etc/passwd")) {
            DownloadException e = assertThrows(DownloadException.class, () -> new DatasetDownloader(folder).fetch(
                    List.of(address), new NullProgressMonitor()));
            assertEquals("Not a web address: " + address + "; downloads take http:// or https:// addresses only (a file on "
                    + "this computer or the network is imported with 'highneeds cli import')", e.getMessage());
        }
        assertFalse(Files.exists(dir.resolve("downloads")));
    }

    @Test
    void aFailedRunLeavesNothingInTheDownloadFolder() throws Exception {
        Path folder = dir.resolve("downloads/sen2.ehcp");
        assertThrows(DownloadException.class, () -> new DatasetDownloader(folder).fetch(List.of(base + "ehcp-sen2-2025/caseload.csv",
                base + "gias/edubasealldata20991231.csv"), new NullProgressMonitor()));
        assertFalse(Files.exists(dir.resolve("downloads")), "the whole file of the first address went with the run");
    }

    @Test
    void aPublisherThatStopsSendingIsGivenUpAndNothingIsKept() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread stalling = new Thread(() -> {
                try (java.net.Socket client = socket.accept(); OutputStream out = client.getOutputStream()) {
                    client.getInputStream().read(new byte[8192]);
                    out.write(("HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    out.write(new byte[3000]);
                    out.flush();
                    Thread.sleep(30_000);
                } catch (java.io.IOException | InterruptedException e) {
                    // the test closes the socket
                }
            });
            stalling.setDaemon(true);
            stalling.start();
            String address = "http://127.0.0.1:" + socket.getLocalPort() + "/caseload.csv";
            Path folder = dir.resolve("downloads/sen2.ehcp");
            DownloadException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                    () -> assertThrows(DownloadException.class, () -> new DatasetDownloader(folder,
                            java.net.http.HttpClient.newHttpClient(), java.time.Duration.ofSeconds(1))
                            .fetch(List.of(address), new NullProgressMonitor())));
            assertEquals(address + ": the publisher stopped sending after 2 KB (nothing for 1 s); the partial file was removed",
                    e.getMessage());
            assertFalse(Thread.currentThread().isInterrupted());
            assertFalse(Files.exists(dir.resolve("downloads")), "no .part file, no folder");
            stalling.interrupt();
        }
    }

    @Test
    void aPublisherThatNeverAnswersIsGivenUp() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String address = "http://127.0.0.1:" + socket.getLocalPort() + "/caseload.csv";
            DownloadException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                    () -> assertThrows(DownloadException.class, () -> new DatasetDownloader(dir.resolve("downloads"),
                            java.net.http.HttpClient.newHttpClient(), java.time.Duration.ofSeconds(1))
                            .fetch(List.of(address), new NullProgressMonitor())));
            assertEquals(address + ": the publisher did not answer within 1 s; nothing was downloaded", e.getMessage());
            assertFalse(Files.exists(dir.resolve("downloads")));
        }
    }

    @Test
    void aBackslashInAnArchiveEntryIsAFolderSeparator() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("data\\..\\..\\x.csv"));
            zip.write("a,b\n1,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] zip = bytes.toByteArray();
        server.createContext("/climbing.zip", exchange -> {
            exchange.sendResponseHeaders(200, zip.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(zip);
            }
            exchange.close();
        });
        Path folder = dir.resolve("downloads");
        List<DownloadedFile> files = new DatasetDownloader(folder).fetch(List.of(base + "climbing.zip"), new NullProgressMonitor());
        assertEquals(List.of(folder.resolve("climbing/x.csv")), files.stream().map(DownloadedFile::file).toList());
        try (var listing = Files.list(folder.resolve("climbing"))) {
            assertEquals(List.of(folder.resolve("climbing/x.csv")), listing.toList());
        }
    }
}
