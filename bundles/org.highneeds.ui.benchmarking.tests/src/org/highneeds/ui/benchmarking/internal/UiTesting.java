package org.highneeds.ui.benchmarking.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.highneeds.data.WorkspaceDatabaseService;
import org.highneeds.data.Services;
import org.highneeds.data.imports.ImportResult;
import org.highneeds.testing.ImportHarness;
import org.highneeds.testing.SharedData;
import org.highneeds.testing.ui.EventLoop;

/** The real data the benchmarking views read, and waiting for them, for the benchmarking UI tests. */
final class UiTesting {

    private static boolean imported;

    private UiTesting() {
    }

    /**
     * Imports the real published files the built-in indicators read into the test workspace's database (once; an
     * import of the same file again changes nothing), then tells the engine.
     */
    static synchronized List<ImportResult> importRealData() throws Exception {
        if (imported) {
            return List.of();
        }
        List<Path> files = List.of(SharedData.path("statistical-neighbours"), SharedData.path("ehcp-sen2-2025/caseload.csv"),
                SharedData.path("ehcp-sen2-2025/newplans.csv"), SharedData.path("ehcp-sen2-2025/timeliness_20_week.csv"),
                SharedData.path("ehcp-sen2-2025/requests.csv"), SharedData.path("ehcp-sen2-2025/assessments.csv"),
                SharedData.path("ehcp-sen2-2022"), SharedData.path("ons-mid-year-estimates"),
                SharedData.path("high-needs-finance"), SharedData.path("lait-sen-indicators"));
        List<ImportResult> results;
        try (Connection c = Services.get(WorkspaceDatabaseService.class).database().connect()) {
            results = ImportHarness.importFiles(c, files);
        }
        Services.get(WorkspaceDatabaseService.class).fireChanged();
        imported = true;
        return results;
    }

    /** Waits for {@code condition} (see {@link EventLoop}), then 300 ms more: the charts paint after the table is set. */
    static void waitUntil(Display display, String what, BooleanSupplier condition) {
        EventLoop.waitUntil(display, what, condition);
        EventLoop.settle(display, Duration.ofMillis(300));
    }
}
