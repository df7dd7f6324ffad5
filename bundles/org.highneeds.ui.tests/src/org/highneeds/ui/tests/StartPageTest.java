package org.highneeds.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import java.time.Duration;
import org.highneeds.testing.ui.Screenshots;
import org.highneeds.testing.ui.EventLoop;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.highneeds.analysis.BenchmarkEngine;
import org.highneeds.analysis.BenchmarkFormat;
import org.highneeds.analysis.ComparatorGroup;
import org.highneeds.analysis.Growth;
import org.highneeds.analysis.IndicatorRegistry;
import org.highneeds.analysis.IndicatorUnit;
import org.highneeds.analysis.LaProfile;
import org.highneeds.analysis.ProfileEntry;
import org.highneeds.data.MyLocalAuthority;
import org.highneeds.data.WorkspaceDatabase;
import org.highneeds.ui.HighNeedsJob;
import org.highneeds.ui.internal.start.DatasetState;
import org.highneeds.ui.internal.start.StartPageData;
import org.highneeds.ui.internal.start.StartPageState;
import org.highneeds.ui.internal.start.StartPageView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The start page on an empty workspace (it says what to do) and on one with the real national data (the headline is
 * the engine's and the tables' figures), each in a database of its own so the other tests' data does not count.
 */
class StartPageTest {

    private static Path emptyFolder;
    private static Path fullFolder;
    private static WorkspaceDatabase empty;
    private static WorkspaceDatabase full;

    @BeforeAll
    static void databases() throws Exception {
        emptyFolder = Files.createTempDirectory("start-empty");
        fullFolder = Files.createTempDirectory("start-full");
        empty = WorkspaceDatabase.open(emptyFolder);
        full = WorkspaceDatabase.open(fullFolder);
        Path data = Workbench.SHARED;
        try (Connection c = full.connect()) {
            Workbench.importFiles(c, List.of(data.resolve("statistical-neighbours"), data.resolve("ehcp-sen2-2025/caseload.csv"),
                    data.resolve("ehcp-sen2-2025/timeliness_20_week.csv"), data.resolve("ons-mid-year-estimates"),
                    data.resolve("high-needs-finance")));
        }
    }

    @AfterAll
    static void close() throws Exception {
        empty.close();
        full.close();
    }

    @Test
    void onAnEmptyWorkspaceItSaysWhatToDo() throws Exception {
        MyLocalAuthority.set("302");
        StartPageView view = open(1600, 1000);
        StartPageState state = show(view, new StartPageData(empty::connect));
        assertTrue(state.empty());
        assertEquals(List.of("reference.la-code-list", "reference.statistical-neighbours", "sen2.ehcp", "ons.mye",
                "finance.dsg-allocations"), state.datasets().stream().map(d -> d.dataset().id()).toList());
        assertTrue(state.datasets().stream().allMatch(d -> d.status() == DatasetState.Status.MISSING));
        List<String> texts = view.texts();
        assertEquals("My LA: 302", texts.get(0), "the code alone: the LA code list is not imported");
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Import the national data: File > Import National Data, or Download.")), texts.toString());
        assertTrue(texts.contains("Import National Data..."), "a button does it: " + texts);
        assertTrue(texts.contains("Download SEN2"), texts.toString());
        assertTrue(texts.contains("Map provision (coming: not yet installed)"), texts.toString());
        assertTrue(texts.contains("Benchmark"), "the benchmarking bundle is installed: " + texts);
        assertTrue(texts.contains("Query data"), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.contains("_") || t.contains("raw_")), "no SQL names: " + texts);
        assertTrue(view.shownValues().isEmpty());
        Screenshots.save(view.getSite().getShell(), "start-page-empty.png");
    }

    @Test
    void onAFullWorkspaceTheHeadlineIsTheEnginesAndTheTablesFigures() throws Exception {
        MyLocalAuthority.set("302");
        StartPageView view = open(1600, 1000);
        StartPageState state = show(view, new StartPageData(full::connect));
        assertNotNull(state.profile(), String.valueOf(state.problem()));
        assertEquals("Barnet (302)", view.texts().get(0));
        assertTrue(view.texts().get(1).startsWith("Outer London. Compared with its 10 statistical neighbours: "), view.texts().get(1));
        assertTrue(state.datasets().stream().filter(d -> !d.dataset().id().equals("sen2.ehcp"))
                .allMatch(d -> d.status() != DatasetState.Status.MISSING), state.datasets().toString());

        // the EHC plans of January and their growth, straight from the imported caseload table
        try (Connection c = full.connect(); Statement s = c.createStatement()) {
            String where = " FROM ehcp_caseload WHERE geographic_level = 'Local authority' AND la_code = '302' AND age_group = 'all' "
                    + "AND need = 'all' AND sex = 'all'";
            int year;
            double plans;
            double before;
            try (ResultSet r = s.executeQuery("SELECT period_year, ehcp_count" + where + " AND placement_category = 'all' "
                    + "ORDER BY period_year DESC LIMIT 2")) {
                assertTrue(r.next());
                year = r.getInt(1);
                plans = r.getDouble(2);
                assertTrue(r.next());
                before = r.getDouble(2);
            }
            assertEquals(BenchmarkFormat.value(plans, IndicatorUnit.COUNT), view.shownValues().get("ehcp_count"));
            String growth = BenchmarkFormat.growth(Growth.between(before, plans));
            assertTrue(view.texts().contains("Jan " + year + ", " + growth + " on the year before"), view.texts().toString());
            try (ResultSet r = s.executeQuery("SELECT 100 * sum(ehcp_count) FILTER (WHERE placement_category IN "
                    + "(SELECT code FROM placement_category WHERE inmss)) / max(ehcp_count) FILTER (WHERE placement_category = 'all')"
                    + where + " AND period_year = " + year)) {
                assertTrue(r.next());
                assertEquals(BenchmarkFormat.value(r.getDouble(1), IndicatorUnit.PERCENT), view.shownValues().get("pct_inmss"));
            }
        }

        // every figure and band is the engine's, computed again here with all the indicators
        BenchmarkEngine engine = new BenchmarkEngine(full::connect, IndicatorRegistry.fromExtensions());
        ComparatorGroup neighbours = engine.comparators().statisticalNeighbours("302");
        LaProfile profile = engine.profile("302", neighbours, new NullProgressMonitor());
        for (String id : List.of("ehcp_count", "ehcp_per_population_2_18", "pct_inmss", "pct_within_20_weeks_excl_exceptions",
                "hn_block_per_head_2_18", "pct_mainstream", "pct_special")) {
            ProfileEntry expected = profile.entries().stream().filter(e -> e.indicator().id().equals(id)).findFirst().orElseThrow();
            assertNotNull(expected.value(), id + " has data: " + expected.problem());
            assertEquals(BenchmarkFormat.value(expected.value().value(), expected.indicator().unit()), view.shownValues().get(id), id);
            assertEquals(expected.groupBand(), view.shownBands().get(id), id);
            assertNotNull(view.shownBands().get(id), id + " is banded");
            // the neighbours' mean beside it is the engine's mean over the same 10 LAs
            assertEquals(expected.groupMean(), state.entry(id).orElseThrow().groupMean(), id);
        }
        List<String> texts = view.texts();
        assertFalse(texts.stream().anyMatch(t -> t.startsWith("Import the national data")), "nothing to do first: " + texts);
        assertTrue(texts.stream().noneMatch(t -> t.contains("pct_") || t.contains("raw_") || t.contains("ehcp_")), "no SQL names: " + texts);
        Shell shell = view.getSite().getShell();
        Screenshots.save(shell, "start-page-full-1600.png");
        shell.setSize(1280, 800);
        EventLoop.settle(shell.getDisplay(), Duration.ofSeconds(1));
        Screenshots.save(shell, "start-page-full-1280.png");
    }

    /** The start page in the Start perspective, the window at the given size. */
    private static StartPageView open(int width, int height) throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setBounds(0, 0, width, height);
        PlatformUI.getWorkbench().showPerspective(HighNeedsJob.START_PERSPECTIVE_ID, window);
        IWorkbenchPage page = window.getActivePage();
        StartPageView view = (StartPageView) page.findView(StartPageView.ID);
        assertNotNull(view, "the Start perspective shows the start page");
        return view;
    }

    /** Points the page at {@code data} and waits for its background job to show the result. */
    private static StartPageState show(StartPageView view, StartPageData data) throws Exception {
        StartPageState before = view.shown();
        view.useData(data);
        Display display = view.getSite().getShell().getDisplay();
        EventLoop.waitUntil(display, Duration.ofMillis(120_000), "the start page", () -> view.shown() != null && view.shown() != before);
        EventLoop.waitUntil(display, Duration.ofMillis(500), "the page to paint", () -> true);
        return view.shown();
    }
}
