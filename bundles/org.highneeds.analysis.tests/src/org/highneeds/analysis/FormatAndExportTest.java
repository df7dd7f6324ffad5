package org.highneeds.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.STCrossBetween;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;
import org.highneeds.analysis.testsupport.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.highneeds.data.output.OutputFormat;

/** The shared formatter and the xlsx export. */
class FormatAndExportTest {

    @TempDir
    Path dir;

    @Test
    void valuesByUnitAndChanges() {
        assertEquals("473,255", BenchmarkFormat.value(473_255.0, IndicatorUnit.COUNT));
        assertEquals("4.9%", BenchmarkFormat.value(4.94, IndicatorUnit.PERCENT));
        assertEquals("£19,817", BenchmarkFormat.value(19_817.08, IndicatorUnit.GBP_PER_EHCP));
        assertEquals("missing", BenchmarkFormat.value(null, IndicatorUnit.COUNT));
        assertEquals("+10.20%", BenchmarkFormat.growth(Growth.between(353_995.0, 390_109.0)));
        assertEquals("-3.00%", BenchmarkFormat.growth(Growth.of(-0.03)));
        assertEquals("n/a", BenchmarkFormat.growth(Growth.FROM_ZERO));
        assertEquals("+1.3 pts", BenchmarkFormat.difference(1.3, IndicatorUnit.PERCENT));
        assertEquals("-120", BenchmarkFormat.difference(-120.0, IndicatorUnit.COUNT));
        assertEquals("45 of 152", BenchmarkFormat.rank(45, 152));
    }

    @Test
    void tableTextCsvAndJsonOfTheSameNumbers() throws Exception {
        BenchmarkEngine engine = RealData.engine();
        BenchmarkTable t = engine.benchmark(new BenchmarkRequest("302", "ehcp_count", 2019, 2022,
                engine.comparators().statisticalNeighbours("302")));
        String text = BenchmarkFormat.render(t, OutputFormat.TABLE);
        String barnet = text.lines().filter(l -> l.startsWith("302 Barnet")).findFirst().orElseThrow();
        assertEquals("302 Barnet 2,372 2,682 2,899 3,211 +35.37% +10.62% B 45 of 152 +546", barnet.replaceAll(" +", " "));
        String csv = BenchmarkFormat.render(t, OutputFormat.CSV);
        assertTrue(csv.startsWith("row,la_code,name,neighbour_rank,proximity,value_2019,change_2019,band_2019,rank_2019,"), csv);
        assertTrue(csv.contains("\r\nengland,970,England,,,353995,,,,390109,0.10201"), csv);
        String json = BenchmarkFormat.render(t, OutputFormat.JSON);
        assertTrue(json.contains("\"row\":\"england\",\"la_code\":\"970\""), json);
        assertTrue(json.contains("\"overall_change\":0.33689"), json);
    }

    @Test
    void xlsxHasNumbersDefinitionsAndSources() throws Exception {
        BenchmarkEngine engine = RealData.engine();
        BenchmarkTable t = engine.benchmark(new BenchmarkRequest("302", "pct_inmss", 2022, 2025,
                engine.comparators().statisticalNeighbours("302")));
        Path file = dir.resolve("benchmark.xlsx");
        BenchmarkExport.toXlsx(t, file);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet s = wb.getSheet("Benchmark");
            Row head = s.getRow(3);
            assertEquals("LA code", head.getCell(0).getStringCellValue());
            assertEquals("Jan 2022", head.getCell(4).getStringCellValue());
            Row barnet = s.getRow(4);
            assertEquals("302", barnet.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, barnet.getCell(7).getCellType());
            assertEquals(t.subjectRow().cell(2025).value(), barnet.getCell(7).getNumericCellValue(), 1e-12);
            Sheet defs = wb.getSheet("Definitions");
            assertEquals("pct_inmss", defs.getRow(1).getCell(0).getStringCellValue());
            assertEquals("lower is better", defs.getRow(1).getCell(3).getStringCellValue());
            assertTrue(defs.getRow(1).getCell(6).getStringCellValue().contains("independent or non-maintained"));
            assertEquals("sen2.ehcp", defs.getRow(1).getCell(7).getStringCellValue());
            assertTrue(defs.getRow(1).getCell(9).getStringCellValue().contains("placement_category"));
        }
        Path profile = dir.resolve("profile.xlsx");
        BenchmarkExport.toXlsx(engine.profile("302", null, null), profile);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(profile))) {
            assertEquals(engine.registry().all().size() + 3, wb.getSheet("Profile").getPhysicalNumberOfRows());
            assertEquals(engine.registry().all().size() + 1, wb.getSheet("Definitions").getPhysicalNumberOfRows());
        }
    }

    @Test
    void xlsxOfABenchmarkTableHasALineAndABarChartOverItsCells() throws Exception {
        BenchmarkEngine engine = RealData.engine();
        BenchmarkTable t = engine.benchmark(new BenchmarkRequest("302", "ehcp_count", 2019, 2022,
                engine.comparators().statisticalNeighbours("302")));
        assertEquals(10, t.comparatorRows().size());
        Path file = dir.resolve("ehcp.xlsx");
        BenchmarkExport.toXlsx(t, file);
        // kept for a person to open in Excel or LibreOffice
        Files.createDirectories(Path.of("target", "xlsx"));
        Files.copy(file, Path.of("target", "xlsx", "ehcp_count-302-sn.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet s = wb.getSheet("Benchmark");
            // rows: header 4, Barnet 5, the 10 neighbours 6-15, group mean 16, England 17; years in columns E-H
            assertEquals("Barnet", s.getRow(4).getCell(1).getStringCellValue());
            assertEquals("Group mean", s.getRow(15).getCell(1).getStringCellValue());
            assertEquals("England", s.getRow(16).getCell(1).getStringCellValue());
            List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
            assertEquals(2, charts.size());

            XSSFChart line = charts.get(0);
            assertEquals("EHC plans: 302 Barnet", line.getTitle().getBody().getParagraph(0).getText());
            assertEquals(t.group().name() + "; Jan 2019 to Jan 2022", line.getTitle().getBody().getParagraph(1).getText());
            assertEquals(STDispBlanksAs.GAP, line.getCTChart().getDispBlanksAs().getVal());
            // the LAs on the left axis; England, a national count, alone on a right-hand axis
            List<XDDFChartData> plots = line.getChartSeries();
            assertEquals(2, plots.size());
            XDDFLineChartData las = (XDDFLineChartData) plots.get(0);
            assertEquals(12, las.getSeriesCount());
            CTLineSer barnet = ((XDDFLineChartData.Series) las.getSeries(0)).getCTLineSer();
            assertEquals("Benchmark!$B$5", barnet.getTx().getStrRef().getF());
            assertEquals("Barnet", barnet.getTx().getStrRef().getStrCache().getPtArray(0).getV());
            assertEquals("Benchmark!$E$5:$H$5", barnet.getVal().getNumRef().getF());
            assertEquals("Benchmark!$E$4:$H$4", barnet.getCat().getStrRef().getF());
            assertEquals(List.of("Jan 2019", "Jan 2020", "Jan 2021", "Jan 2022"),
                    barnet.getCat().getStrRef().getStrCache().getPtList().stream().map(p -> p.getV()).toList());
            CTNumData cached = barnet.getVal().getNumRef().getNumCache();
            assertEquals(4, cached.getPtCount().getVal());
            assertEquals(List.of("2372.0", "2682.0", "2899.0", "3211.0"), cached.getPtList().stream().map(p -> p.getV()).toList());
            assertEquals("Benchmark!$B$16", ((XDDFLineChartData.Series) las.getSeries(1)).getCTLineSer().getTx().getStrRef().getF());
            assertEquals("Benchmark!$E$16:$H$16", las.getSeries(1).getValuesData().getDataRangeReference());
            for (int i = 2; i < 12; i++) {
                assertEquals("Benchmark!$E$" + (i + 4) + ":$H$" + (i + 4), las.getSeries(i).getValuesData().getDataRangeReference());
            }
            XDDFLineChartData england = (XDDFLineChartData) plots.get(1);
            assertEquals(1, england.getSeriesCount());
            CTLineSer englandSeries = ((XDDFLineChartData.Series) england.getSeries(0)).getCTLineSer();
            assertEquals("Benchmark!$E$17:$H$17", englandSeries.getVal().getNumRef().getF());
            // a series name is a cell reference or a text, never both (Excel rejects the file)
            assertEquals("Benchmark!$B$17", englandSeries.getTx().getStrRef().getF());
            assertFalse(englandSeries.getTx().isSetV());
            assertEquals(AxisPosition.RIGHT, england.getValueAxes().get(0).getPosition());
            assertEquals(473_255.0, s.getRow(16).getCell(7).getNumericCellValue());

            XSSFChart bars = charts.get(1);
            assertEquals("EHC plans, Jan 2022", bars.getTitle().getBody().getParagraph(0).getText());
            XDDFBarChartData last = (XDDFBarChartData) bars.getChartSeries().get(0);
            assertEquals(1, last.getSeriesCount());
            CTBarSer ser = ((XDDFBarChartData.Series) last.getSeries(0)).getCTBarSer();
            assertEquals("Benchmark!$H$4", ser.getTx().getStrRef().getF());
            assertEquals("Benchmark!$B$5:$B$16", ser.getCat().getStrRef().getF());
            assertEquals("Benchmark!$H$5:$H$16", ser.getVal().getNumRef().getF());
            assertEquals(12, ser.getVal().getNumRef().getNumCache().getPtCount().getVal());
            assertEquals(STCrossBetween.BETWEEN, bars.getCTChart().getPlotArea().getValAxArray(0).getCrossBetween().getVal());
            assertEquals("3211.0", ser.getVal().getNumRef().getNumCache().getPtArray(0).getV());
            // Barnet and the group mean stand out from the comparators
            List<CTDPt> points = ser.getDPtList();
            assertEquals(List.of(0L, 11L), points.stream().map(p -> p.getIdx().getVal()).toList());
            assertEquals("1F4E9C", hex(points.get(0).getSpPr().getSolidFill().getSrgbClr().getVal()));
            assertEquals("F28E2B", hex(ser.getSpPr().getSolidFill().getSrgbClr().getVal()));
        }
    }

    @Test
    void aSuppressedValueIsAnEmptyCellAndAGapInTheLine() throws Exception {
        // Peterborough (874): its January 2024 placement breakdown is published as x
        BenchmarkEngine engine = RealData.engine();
        BenchmarkTable t = engine.benchmark(new BenchmarkRequest("874", "pct_mainstream", 2023, 2025,
                engine.comparators().statisticalNeighbours("874")));
        Path file = dir.resolve("mainstream.xlsx");
        BenchmarkExport.toXlsx(t, file);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet s = wb.getSheet("Benchmark");
            Row peterborough = s.getRow(4);
            assertEquals("874", peterborough.getCell(0).getStringCellValue());
            assertEquals("Jan 2024", s.getRow(3).getCell(5).getStringCellValue());
            Cell jan2024 = peterborough.getCell(5);
            assertTrue(jan2024 == null || jan2024.getCellType() == CellType.BLANK, String.valueOf(jan2024));
            assertEquals(t.subjectRow().cell(2023).value(), peterborough.getCell(4).getNumericCellValue(), 1e-12);
            XSSFChart line = s.getDrawingPatriarch().getCharts().get(0);
            // a percentage: England shares the LAs' axis
            assertEquals(1, line.getChartSeries().size());
            XDDFLineChartData las = (XDDFLineChartData) line.getChartSeries().get(0);
            assertEquals(t.comparatorRows().size() + 3, las.getSeriesCount());
            CTLineSer subject = ((XDDFLineChartData.Series) las.getSeries(0)).getCTLineSer();
            assertEquals("Benchmark!$E$5:$G$5", subject.getVal().getNumRef().getF());
            CTNumData cached = subject.getVal().getNumRef().getNumCache();
            // three periods, a point for 2023 and 2025 only: a gap, not a zero
            assertEquals(3, cached.getPtCount().getVal());
            assertEquals(List.of(0L, 2L), cached.getPtList().stream().map(p -> p.getIdx()).toList());
        }
    }

    private static String hex(byte[] rgb) {
        StringBuilder b = new StringBuilder();
        for (byte x : rgb) b.append(String.format("%02X", x));
        return b.toString();
    }
}
