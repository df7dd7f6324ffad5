package org.highneeds.ui.benchmarking.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.highneeds.data.imports.DatasetCatalog;
import org.highneeds.data.imports.ImportResult;
import org.highneeds.data.imports.ImportService;
import org.highneeds.data.Services;
import org.highneeds.data.WorkspaceDatabaseService;

/** Shared data, waiting for the UI and screenshots for the benchmarking UI tests. */
final class UiTesting {

    private static boolean imported;

    private UiTesting() {
    }

    /** The shared published data: -Dhighneeds.shared.data, else the nearest ancestor holding shared/data. */
    static Path shared() {
        String prop = System.getProperty("highneeds.shared.data");
        if (prop != null && !prop.isBlank() && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No shared/data folder; set -Dhighneeds.shared.data");
    }

    /**
     * Imports the real published files the built-in indicators read into the test workspace's database (once; an
     * import of the same file again changes nothing), then tells the engine.
     */
    static synchronized List<ImportResult> importRealData() throws Exception {
        if (imported) {
            return List.of();
        }
        Path data = shared();
        List<Path> files = List.of(data.resolve("statistical-neighbours"), data.resolve("ehcp-sen2-2025/caseload.csv"),
                data.resolve("ehcp-sen2-2025/newplans.csv"), data.resolve("ehcp-sen2-2025/timeliness_20_week.csv"),
                data.resolve("ehcp-sen2-2025/requests.csv"), data.resolve("ehcp-sen2-2025/assessments.csv"),
                data.resolve("ehcp-sen2-2022"), data.resolve("ons-mid-year-estimates"), data.resolve("high-needs-finance"),
                data.resolve("lait-sen-indicators"));
        List<ImportResult> results;
        try (Connection c = Services.get(WorkspaceDatabaseService.class).database().connect()) {
            ImportService service = new ImportService(c, DatasetCatalog.fromExtensions().importers());
            results = service.importAll(files, null, new NullProgressMonitor());
        }
        Services.get(WorkspaceDatabaseService.class).fireChanged();
        imported = true;
        return results;
    }

    /** Runs the event loop until {@code condition} holds (fails after 120 s). */
    static void waitUntil(Display display, String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
        settle(display);
    }

    /** Lets pending paints and async runnables run. */
    static void settle(Display display) {
        long until = System.currentTimeMillis() + 300;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                display.timerExec(30, () -> { });
                display.sleep();
            }
        }
    }

    /** Saves a picture of the window under target/screenshots for people to look at. */
    static Path screenshot(Shell shell, String name) throws Exception {
        String dir = System.getProperty("highneeds.screenshots");
        if (dir == null) {
            return null;
        }
        Display display = shell.getDisplay();
        settle(display);
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            Files.createDirectories(Path.of(dir));
            Path file = Path.of(dir, name);
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }
}
