package org.highneeds.ui.benchmarking.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.highneeds.analysis.BenchmarkEngine;
import org.highneeds.analysis.BenchmarkFormat;
import org.highneeds.analysis.BenchmarkRequest;
import org.highneeds.analysis.BenchmarkRow;
import org.highneeds.analysis.BenchmarkTable;
import org.highneeds.analysis.ComparatorGroup;
import org.highneeds.analysis.IndicatorDefinition;
import org.highneeds.analysis.IndicatorUnit;
import org.highneeds.analysis.LaProfile;
import org.highneeds.model.Polarity;
import org.highneeds.analysis.ProfileEntry;
import org.highneeds.testing.ui.Screenshots;
import org.highneeds.ui.parts.GroupChoice;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.highneeds.data.Services;
import org.highneeds.analysis.UserIndicatorStore;

/**
 * The benchmarking views in the running workbench on the real published data: Barnet (302) against its statistical
 * neighbours of the May 2025 file, the LA profile, the exports and the indicator editor.
 */
class BenchmarkingViewTest {

    /** Barnet's 10 statistical neighbours in rank order, as in sn_may_2025.xlsx (row 302: SN1..SN10). */
    private static final List<String> BARNET_NEIGHBOURS = List.of("320", "870", "310", "317", "315", "306", "209", "312",
            "309", "307");

    @BeforeAll
    static void importRealData() throws Exception {
        UiTesting.importRealData();
    }

    @Test
    void benchmarksBarnetAgainstItsStatisticalNeighbours() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Shell shell = window.getShell();
        Display display = shell.getDisplay();
        shell.setBounds(0, 0, 1600, 1000);
        IWorkbenchPage page = window.getActivePage();
        PlatformUI.getWorkbench().showPerspective("org.highneeds.ui.perspective", window);
        BenchmarkingView view = (BenchmarkingView) page.showView(BenchmarkingView.ID);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiTesting.waitUntil(display, "the LAs and indicators", view::ready);

        long start = System.nanoTime();
        view.show("302", "ehcp_count", 2019, 2022, GroupChoice.STATISTICAL_NEIGHBOURS, null);
        view.job().join();
        UiTesting.waitUntil(display, "the benchmark table", () -> view.shownTable() != null
                && view.shownTable().subject().laCode().equals("302") && view.shownTable().years().equals(List.of(2019, 2020, 2021, 2022)));
        long first = System.nanoTime() - start;
        BenchmarkTable firstTable = view.shownTable();
        start = System.nanoTime();
        view.show("302", "ehcp_count", 2019, 2022, GroupChoice.STATISTICAL_NEIGHBOURS, null);
        view.job().join();
        UiTesting.waitUntil(display, "the benchmark table again", () -> view.shownTable() != firstTable);
        long again = System.nanoTime() - start;
        System.out.printf("Benchmarking view, 302 ehcp_count 2019-2022 vs SN: first %d ms, again (cached) %d ms "
                + "(request to table and charts shown, including 300 ms of settling)%n", first / 1_000_000, again / 1_000_000);
        BenchmarkTable shown = view.shownTable();

        // the engine's own answer to the same request
        BenchmarkEngine engine = Services.get(BenchmarkEngine.class);
        ComparatorGroup neighbours = engine.comparators().statisticalNeighbours("302");
        BenchmarkTable expected = engine.benchmark(new BenchmarkRequest("302", "ehcp_count", 2019, 2022, neighbours));
        assertEquals(BARNET_NEIGHBOURS, neighbours.memberCodes());

        Table table = view.viewer().getTable();
        List<String> firstColumn = Arrays.stream(table.getItems()).map(i -> i.getText(0)).toList();
        assertEquals(13, firstColumn.size(), firstColumn.toString());
        assertEquals("302 Barnet", firstColumn.get(0));
        List<String> comparatorCodes = firstColumn.subList(1, 11).stream().map(s -> s.split(" ")[0]).toList();
        assertEquals(BARNET_NEIGHBOURS, comparatorCodes);
        assertEquals("Group mean", firstColumn.get(11));
        assertEquals("England", firstColumn.get(12));
        assertEquals("SN rank", table.getColumn(1).getText());
        for (int rank = 1; rank <= 10; rank++) {
            assertEquals(Integer.toString(rank), table.getItem(rank).getText(1));
            assertEquals("Close", table.getItem(rank).getText(2), "every neighbour of Barnet is 'Close' in May 2025");
        }

        // Barnet had 3,211 EHC plans in January 2022 (SEN2 2025 release, caseload.csv, 202122)
        int jan2022 = column(table, "Jan 2022");
        int jan2019 = column(table, "Jan 2019");
        IndicatorUnit unit = shown.indicator().unit();
        assertEquals(BenchmarkFormat.value(expected.subjectRow().cell(2022).value(), unit), table.getItem(0).getText(jan2022));
        assertEquals("3,211", table.getItem(0).getText(jan2022));
        assertEquals("2,372", table.getItem(0).getText(jan2019));
        // England 353,995 (Jan 2019) to 473,255 (Jan 2022): +33.69% overall
        int overall = column(table, "Overall change");
        assertEquals("473,255", table.getItem(12).getText(jan2022));
        assertEquals(BenchmarkFormat.growth(expected.englandRow().overallChange()), table.getItem(12).getText(overall));
        assertEquals("+33.69%", table.getItem(12).getText(overall));
        assertEquals(BenchmarkFormat.growth(expected.subjectRow().overallChange()), table.getItem(0).getText(overall));
        for (int i = 0; i < expected.rows().size(); i++) {
            BenchmarkRow row = expected.rows().get(i);
            assertEquals(BenchmarkFormat.value(row.cell(2022).value(), unit), table.getItem(i).getText(jan2022), row.name());
        }
        int band = column(table, "Band");
        assertEquals(BenchmarkFormat.band(expected.subjectRow().last().band()), table.getItem(0).getText(band));

        String tsv = view.tsv();
        assertTrue(tsv.startsWith("Local authority\tSN rank\tProximity\tJan 2019\tJan 2020\tJan 2021\tJan 2022\t"), tsv);
        assertTrue(tsv.contains("\n302 Barnet\t\t\t2,372\t"), tsv);

        // the time series: Barnet, group mean (and England on its own axis, being a count)
        JFreeChart series = view.timeSeriesChart();
        CategoryPlot seriesPlot = series.getCategoryPlot();
        assertEquals(List.of("302 Barnet", "Group mean"), seriesPlot.getDataset(0).getRowKeys());
        assertEquals(List.of("England (right axis)"), seriesPlot.getDataset(1).getRowKeys());
        assertEquals(3211.0, seriesPlot.getDataset(0).getValue("302 Barnet", "Jan 2022").doubleValue());
        // the ranking: every LA with a value in Jan 2022
        JFreeChart ranking = view.rankingChart();
        int ranked = engine.compute("ehcp_count").ranking(2022).stream().filter(v -> v.isPresent()).toList().size();
        assertEquals(ranked, ranking.getCategoryPlot().getDataset().getColumnCount());
        assertTrue(ranked > 140, "about 150 LAs have a value: " + ranked);

        // Ctrl+E exports while a benchmarking view is active (its context outranks the workbench's Ctrl+E)
        org.eclipse.ui.keys.IBindingService bindings = PlatformUI.getWorkbench().getService(org.eclipse.ui.keys.IBindingService.class);
        assertEquals("Ctrl+E", bindings.getBestActiveBindingFormattedFor(BenchmarkingView.EXPORT_COMMAND));
        // the Benchmarking menu opens both views
        org.eclipse.swt.widgets.MenuItem menu = Arrays.stream(shell.getMenuBar().getItems())
                .filter(i -> i.getText().replace("&", "").equals("Benchmarking")).findFirst().orElseThrow();
        menu.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
        List<String> entries = Arrays.stream(menu.getMenu().getItems()).map(i -> i.getText().replace("&", "").split("\t")[0])
                .filter(t -> !t.isEmpty()).toList();
        menu.getMenu().notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
        assertEquals(List.of("Benchmarking", "LA Profile", "New Indicator..."), entries);

        // in a 1600 x 1000 window every row, down to England, is in sight without scrolling
        org.eclipse.swt.graphics.Rectangle englandRow = table.getItem(12).getBounds();
        assertTrue(englandRow.y >= 0 && englandRow.y + englandRow.height <= table.getClientArea().height,
                "England row " + englandRow + " within " + table.getClientArea());

        Screenshots.save(shell, "benchmarking-barnet-time-series.png");
        view.showChartTab(1);
        Screenshots.save(shell, "benchmarking-barnet-ranking.png");
        view.showChartTab(0);

        // exports
        // next to the screenshots when they are kept, so that people can open the exported files too
        Path screenshots = Screenshots.folder();
        Path dir = screenshots == null ? Files.createTempDirectory("benchmark-export")
                : Files.createDirectories(screenshots.resolve("exports"));
        Path xlsx = dir.resolve("ehcp_count-302.xlsx");
        Job export = view.exportJob(xlsx);
        export.schedule();
        export.join();
        assertTrue(export.getResult().getSeverity() < IStatus.WARNING, export.getResult().toString());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertTrue(workbook.getNumberOfSheets() >= 2, "numbers and the definition");
            Sheet numbers = workbook.getSheetAt(0);
            assertEquals(3211.0, numberBeside(numbers, "Barnet", 2022));
            // Ctrl+E's file carries the native Excel charts of the engine's export (time series, last period)
            assertEquals(2, ((org.apache.poi.xssf.usermodel.XSSFSheet) numbers).getDrawingPatriarch().getCharts().size());
        }
        Path png = dir.resolve("ranking.png");
        Path svg = dir.resolve("time-series.svg");
        run(BenchmarkResults.chartJob(ranking, png));
        run(BenchmarkResults.chartJob(series, svg));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(700, image.getHeight());
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        // the SVG names the SVG 1.0 DTD; a well-formed parse does not need to fetch it
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document drawing = xml.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", drawing.getDocumentElement().getLocalName() == null ? drawing.getDocumentElement().getTagName()
                : drawing.getDocumentElement().getLocalName());
        String svgText = Files.readString(svg);
        assertTrue(svgText.contains("Barnet"), "the SVG holds the chart's text");
        assertTrue(svgText.contains("Jan 2022"), "the SVG holds the period labels");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void profilesBarnetAcrossAllIndicators() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Shell shell = window.getShell();
        Display display = shell.getDisplay();
        shell.setBounds(0, 0, 1600, 1000);
        IWorkbenchPage page = window.getActivePage();
        LaProfileView view = (LaProfileView) page.showView(LaProfileView.ID);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiTesting.waitUntil(display, "the LAs", view::ready);
        view.show("302", GroupChoice.STATISTICAL_NEIGHBOURS);
        view.job().join();
        UiTesting.waitUntil(display, "the profile", () -> view.shownProfile() != null && view.shownProfile().la().laCode().equals("302"));

        BenchmarkEngine engine = Services.get(BenchmarkEngine.class);
        LaProfile expected = engine.profile("302", engine.comparators().statisticalNeighbours("302"), null);
        LaProfile shown = view.shownProfile();
        assertEquals(expected.entries().stream().map(e -> e.indicator().id()).toList(),
                shown.entries().stream().map(e -> e.indicator().id()).toList());
        assertTrue(shown.entries().size() >= engine.registry().contributed().size(), "every built-in indicator is listed");

        // one category row before each run of indicators of a category, then one row per indicator
        Table table = view.viewer().getTable();
        List<String> categories = new ArrayList<>();
        for (ProfileEntry e : shown.entries()) {
            if (categories.isEmpty() || !categories.get(categories.size() - 1).equals(e.indicator().category())) {
                categories.add(e.indicator().category());
            }
        }
        assertEquals(shown.entries().size() + categories.size(), table.getItemCount());
        assertEquals(categories.get(0), table.getItem(0).getText(0));

        ProfileEntry ehcp = expected.entries().stream().filter(e -> e.indicator().id().equals("ehcp_count")).findFirst().orElseThrow();
        TableItem row = Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals(ehcp.indicator().titleWithUnit()))
                .findFirst().orElseThrow();
        assertEquals(ehcp.indicator().periodKind().format(ehcp.value().year()), row.getText(1));
        assertEquals(BenchmarkFormat.value(ehcp.value().value(), ehcp.indicator().unit()), row.getText(2));
        // the latest caseload: January 2025, 4,320 EHC plans in Barnet
        assertEquals("Jan 2025", row.getText(1));
        assertEquals("4,320", row.getText(2));
        assertEquals(BenchmarkFormat.band(ehcp.value().band()), row.getText(4));
        assertEquals(BenchmarkFormat.value(ehcp.groupMean(), ehcp.indicator().unit()), row.getText(6));
        Screenshots.save(shell, "la-profile-barnet.png");

        Path screenshots = Screenshots.folder();
        Path xlsx = (screenshots == null ? Files.createTempDirectory("profile-export")
                : Files.createDirectories(screenshots.resolve("exports"))).resolve("profile-302.xlsx");
        run(view.exportJob(xlsx));
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertNotNull(findCell(workbook.getSheetAt(0), ehcp.indicator().title()), "the profile lists ehcp_count");
        }
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void userDefinedIndicatorIsValidatedByRunningItAndSaved() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Display display = shell.getDisplay();
        BenchmarkEngine engine = Services.get(BenchmarkEngine.class);
        IndicatorDialog dialog = new IndicatorDialog(shell, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            dialog.fill("bad_indicator", "Broken", IndicatorUnit.COUNT, Polarity.NEUTRAL, "", "SELECT la_code FROM no_such_table");
            run(dialog.start(true));
            UiTesting.waitUntil(display, "the error", () -> dialog.getErrorMessage() != null);
            assertTrue(dialog.getErrorMessage().contains("no_such_table"), dialog.getErrorMessage());
            assertTrue(engine.registry().find("bad_indicator").isEmpty(), "nothing is saved");
            Screenshots.save(dialog.getShell(), "indicator-editor-error.png");

            dialog.fill("ehcp_total_check", "EHC plans (own count)", IndicatorUnit.COUNT, Polarity.NEUTRAL,
                    "All EHC plans in January, from the SEN2 caseload.",
                    "SELECT la_code, period_year, SUM(value) AS value FROM (" + engine.registry().get("ehcp_count").sql()
                            + ") GROUP BY la_code, period_year");
            run(dialog.start(true));
            UiTesting.waitUntil(display, "the dialog to close", () -> dialog.getShell() == null);
        } finally {
            if (dialog.getShell() != null) {
                dialog.close();
            }
        }
        IndicatorDefinition saved = engine.registry().find("ehcp_total_check").orElseThrow();
        assertEquals(IndicatorDefinition.USER_DEFINED, saved.origin());
        assertEquals(3211.0, engine.compute(saved).get("302", 2022).value());
        // saved to the analysis bundle's place in the workspace and read back from there
        UserIndicatorStore store = Services.get(UserIndicatorStore.class);
        assertTrue(Files.isRegularFile(store.file()));
        assertTrue(store.file().endsWith(UserIndicatorStore.LOCATION), store.file().toString());
        UserIndicatorStore reread = new UserIndicatorStore(store.file());
        IndicatorDefinition back = reread.all().stream().filter(d -> d.id().equals("ehcp_total_check")).findFirst().orElseThrow();
        assertEquals("EHC plans (own count)", back.title());
        assertEquals(IndicatorUnit.COUNT, back.unit());
        assertEquals(saved.sql(), back.sql());

        store.remove("ehcp_total_check", engine.registry());
        assertTrue(engine.registry().find("ehcp_total_check").isEmpty());
        assertNull(new UserIndicatorStore(store.file()).all().stream().filter(d -> d.id().equals("ehcp_total_check"))
                .findFirst().orElse(null));
    }

    private static void run(Job job) throws InterruptedException {
        assertNotNull(job);
        job.schedule();
        job.join();
        assertTrue(job.getResult().getSeverity() < IStatus.ERROR, job.getResult().toString());
    }

    private static int column(Table table, String title) {
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (table.getColumn(i).getText().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no column " + title + " in " + Arrays.stream(table.getColumns()).map(c -> c.getText()).toList());
    }

    private static Cell findCell(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(text)) {
                    return cell;
                }
            }
        }
        return null;
    }

    /** The number in the row naming {@code la} under the header naming {@code year}. */
    private static double numberBeside(Sheet sheet, String la, int year) {
        Integer yearColumn = null;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (yearColumn == null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(Integer.toString(year))) {
                    yearColumn = cell.getColumnIndex();
                }
            }
            if (yearColumn != null) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(la)) {
                        return row.getCell(yearColumn).getNumericCellValue();
                    }
                }
            }
        }
        throw new AssertionError("no row for " + la + " with a column for " + year);
    }
}
