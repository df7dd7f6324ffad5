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
import org.highneeds.data.testutil.SharedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/** Downloads against a local HTTP server that serves the real published files of ../shared/data. */
class DatasetDownloaderTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private String base;

    @BeforeEach
    void serveSharedData() throws Exception {
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
}
