package org.highneeds.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.highneeds.analysis.testsupport.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
