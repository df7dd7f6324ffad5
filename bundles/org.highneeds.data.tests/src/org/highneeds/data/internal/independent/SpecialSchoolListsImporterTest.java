package org.highneeds.data.internal.independent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.testsupport.TestDb;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Loads the real DfE section 41 list (22 March 2022) and the independent / non-maintained special schools list (May 2019). */
class SpecialSchoolListsImporterTest {

    private static final Path S41 = SharedData.file("independent-special-schools", "Approved_S41_Full_List__updated_22_03_22.xlsx");
    private static final Path INDSPEC = SharedData.file("independent-special-schools", "IndSpec_not_s41.xlsx");

    @Test
    void theSection41ListImportsEverySectionWithItsHeaderFoundByContent() throws Exception {
        // read independently with POI: rows with a trading name that are not header rows, by section
        int approved = 0, provisional = 0, withdrawn = 0;
        String section = "approved";
        try (XSSFWorkbook wb = new XSSFWorkbook(S41.toFile())) {
            Sheet sheet = wb.getSheet("S41");
            for (Row row : sheet) {
                String a = text(row.getCell(0));
                String c = text(row.getCell(2));
                if (a.contains("provisional")) section = "provisional";
                if (a.startsWith("Institutions withdrawn")) section = "withdrawn";
                if (c.isEmpty() || c.startsWith("Institution trading name")) continue;
                switch (section) {
                    case "approved" -> approved++;
                    case "provisional" -> provisional++;
                    default -> withdrawn++;
                }
            }
        }
        assertEquals(252, approved, "PROVENANCE.md: 252 approved");
        try (TestDb h = TestDb.forImporters()) {
            assertEquals(approved + provisional + withdrawn, h.load(new Section41ListImporter(), S41).rows());
            assertEquals(Arrays.asList(Arrays.asList("approved", String.valueOf(approved)),
                    Arrays.asList("provisional", String.valueOf(provisional)), Arrays.asList("withdrawn", String.valueOf(withdrawn))),
                    h.rows("SELECT list_section, count(*) FROM s41_institution GROUP BY 1 ORDER BY 1"));
            assertEquals(15, provisional);
            assertEquals(75, withdrawn);
            // row 3 as published: 933/6207, approved 1 August 2016 (Excel serial 42583)
            assertEquals(Arrays.asList("933/6207", "933", "6207", "9336207", "Somerset", "3 Dimensionscare Ltd",
                    "Independent special school", "2016-08-01", null),
                    h.row("SELECT gias_reference, la_code, estab, laestab, local_authority, trading_name, institution_type, "
                            + "date_approved, date_removed FROM s41_institution WHERE source_row = 3"));
            // the withdrawn section's dates are removal dates; Harington Scheme-like rows without a reference are kept
            assertEquals(Arrays.asList("withdrawn", null, "2021-12-01"), h.row("SELECT list_section, date_approved, date_removed "
                    + "FROM s41_institution WHERE source_row = 278"));
            assertEquals(Arrays.asList(null, null, "Cornwall"), h.row("SELECT gias_reference, laestab, local_authority "
                    + "FROM s41_institution WHERE source_row = 280"));
            assertEquals(0, h.count("SELECT count(*) FROM s41_institution WHERE list_section <> 'withdrawn' AND date_approved IS NULL"));
            // a Welsh institution's reference has a note after it, as published
            assertEquals(Arrays.asList("673/7905   Wales", "673", "7905"), h.row("SELECT gias_reference, la_code, estab "
                    + "FROM s41_institution WHERE source_row = 23"));
            assertEquals(java.util.List.of(), h.warnings().stream().map(Object::toString).toList());
            assertEquals(162, h.count("SELECT count(*) FROM s41_institution WHERE list_section = 'approved' "
                    + "AND lower(institution_type) = 'independent special school'"));
        }
    }

    @Test
    void theIndependentSpecialSchoolsListImportsEverySchool() throws Exception {
        int schools = 0, nmss = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(INDSPEC.toFile())) {
            for (Row row : wb.getSheetAt(0)) {
                if (row.getRowNum() == 0 || text(row.getCell(3)).isEmpty()) continue;
                schools++;
                if (text(row.getCell(5)).equals("Non-maintained special school")) nmss++;
            }
        }
        try (TestDb h = TestDb.forImporters()) {
            assertEquals(schools, h.load(new IndependentSpecialSchoolsImporter(), INDSPEC).rows());
            assertEquals(399, schools);
            assertEquals(nmss, h.count("SELECT count(*) FROM independent_special_school WHERE school_type = 'Non-maintained special school'"));
            assertEquals(58, h.count("SELECT count(*) FROM independent_special_school WHERE section41_approval = 'Not applicable'"));
            assertEquals(Arrays.asList("203", "6040", "2036040", "Greenwich", "Wize Up", "Lorretta Boyd", "No"),
                    h.row("SELECT la_code, estab, laestab, local_authority, school_name, proprietor_name, section41_approval "
                            + "FROM independent_special_school WHERE source_row = 2"));
            assertEquals(120, h.count("SELECT count(DISTINCT la_code) FROM independent_special_school"));
        }
    }

    @Test
    void eachListIsRecognisedAndNotTheOther() throws Exception {
        assertEquals(95, new Section41ListImporter().recognise(SourceFile.of(S41)));
        assertEquals(0, new Section41ListImporter().recognise(SourceFile.of(INDSPEC)));
        assertEquals(95, new IndependentSpecialSchoolsImporter().recognise(SourceFile.of(INDSPEC)));
        assertEquals(0, new IndependentSpecialSchoolsImporter().recognise(SourceFile.of(S41)));
    }

    private static String text(Cell cell) {
        if (cell == null) return "";
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : cell.toString().strip();
    }
}
