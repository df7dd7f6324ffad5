package org.highneeds.data.internal.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.testsupport.TestDb;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Loads the DfE dashboard's derived DSG tables, whose sheets point to drawing parts missing from the zip. */
class DsgDerivedImportersTest {

    private static final Path DEFICIT = SharedData.file("dsg-deficit-derived", "dsg_deficit_derived.xlsx");
    private static final Path BY_YEAR = SharedData.file("dsg-deficit-derived", "DSG_by_year_dr.xlsx");

    /** Sheet names and data-row counts read by POI, independently of the workbench's reader. */
    private static List<String> sheetsAndRows(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            for (Sheet sheet : wb) {
                int rows = 0;
                for (Row row : sheet) if (row.getRowNum() > 0 && row.getCell(0) != null) rows++;
                out.add(sheet.getSheetName() + "=" + rows);
            }
        }
        return out;
    }

    @Test
    void everySheetOfTheTotalDsgByYearImports() throws Exception {
        List<String> expected = sheetsAndRows(BY_YEAR);
        assertEquals(5, expected.size(), expected.toString());
        try (TestDb h = TestDb.forImporters()) {
            ImportSummary summary = h.load(new DsgTotalByYearImporter(), BY_YEAR);
            assertEquals(expected, h.column("SELECT sheet || '=' || count(*) FROM dsg_total_allocation GROUP BY sheet, period ORDER BY period"));
            assertEquals(expected.stream().mapToLong(s -> Long.parseLong(s.replaceAll(".*=", ""))).sum(), summary.rows());
            assertEquals("201920", summary.periodFrom());
            assertEquals("202324", summary.periodTo());
            // PROVENANCE.md: the LA rows sum to the ENGLAND row in every sheet
            assertEquals(List.of("2020=44867520327", "2021=47456408682", "2022=51102707746", "2023=53652413322", "2024=57165623081"),
                    h.column("SELECT period_year || '=' || CAST(round(sum(total_dsg_gbp)) AS BIGINT) FROM dsg_total_allocation "
                            + "WHERE geographic_level = 'Local authority' GROUP BY period_year ORDER BY period_year"));
            assertEquals(h.column("SELECT CAST(round(total_dsg_gbp) AS BIGINT) FROM dsg_total_allocation WHERE area_name = 'ENGLAND' ORDER BY period"),
                    h.column("SELECT CAST(round(sum(total_dsg_gbp)) AS BIGINT) FROM dsg_total_allocation WHERE geographic_level = "
                            + "'Local authority' GROUP BY period ORDER BY period"));
            assertEquals(Arrays.asList("Camden", "201104682"), h.row("SELECT area_name, CAST(total_dsg_gbp AS BIGINT) FROM dsg_total_allocation "
                    + "WHERE la_code = '202' AND period = '202324'"));
            assertEquals(0, h.count("SELECT count(*) FROM dsg_total_allocation WHERE total_dsg_gbp IS NULL"));
        }
    }

    @Test
    void theDeficitTableImportsDespiteItsMissingDrawingParts() throws Exception {
        List<String> expected = sheetsAndRows(DEFICIT);
        try (TestDb h = TestDb.forImporters()) {
            ImportSummary summary = h.load(new DsgDeficitImporter(), DEFICIT);
            assertEquals(List.of("Sheet 1=" + summary.rows()), expected);
            assertEquals(478, summary.rows());
            assertEquals(Arrays.asList("Local authority=448", "National=3", "Regional=27"), h.column("SELECT geographic_level || '=' "
                    + "|| count(*) FROM dsg_deficit GROUP BY geographic_level ORDER BY geographic_level"));
            assertEquals(Arrays.asList("1.08", "1.69", "2.26"), h.column("SELECT deficit_pct FROM dsg_deficit WHERE "
                    + "geographic_level = 'National' ORDER BY period"));
            assertEquals(Arrays.asList("2020-21", "15.06", "-15.06"), h.row("SELECT financial_year, deficit_pct, balance_pct "
                    + "FROM dsg_deficit WHERE la_name = 'Dorset' AND period = '202021'"));
            assertEquals(0, h.count("SELECT count(*) FROM dsg_deficit WHERE balance_pct <> -deficit_pct"));
        }
    }

    @Test
    void eachTableIsRecognisedAndNotTheOther() throws Exception {
        assertEquals(95, new DsgDeficitImporter().recognise(SourceFile.of(DEFICIT)));
        assertEquals(0, new DsgDeficitImporter().recognise(SourceFile.of(BY_YEAR)));
        assertEquals(95, new DsgTotalByYearImporter().recognise(SourceFile.of(BY_YEAR)));
        assertEquals(0, new DsgTotalByYearImporter().recognise(SourceFile.of(DEFICIT)));
    }
}
