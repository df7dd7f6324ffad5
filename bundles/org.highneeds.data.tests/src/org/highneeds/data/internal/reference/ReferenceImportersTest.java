package org.highneeds.data.internal.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.SqlQuoting;
import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.testsupport.TestDb;
import org.highneeds.data.testsupport.TestSink;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Statistical neighbours, LA code list and the successor seed against the real files. */
class ReferenceImportersTest {

    private static SourceFile sn() throws Exception {
        return SourceFile.of(SharedData.file("statistical-neighbours", "sn_may_2025.xlsx"));
    }

    private static SourceFile codeList() throws Exception {
        return SourceFile.of(SharedData.file("statistical-neighbours", "la_code_list.xlsx"));
    }

    @Test
    void barnetNeighboursInRankOrderAsInTheFile() throws Exception {
        try (TestDb db = TestDb.forImporters()) {
            TestSink sink = db.sink(7);
            ImportSummary s = new StatisticalNeighboursImporter().load(sn(), sink, new NullProgressMonitor());
            assertEquals("May 2025", s.periodFrom());
            List<String> barnet = new ArrayList<>();
            try (PreparedStatement ps = db.connection.prepareStatement("SELECT neighbour_rank, neighbour_la_code, "
                    + "proximity, provenance_id FROM sn_neighbour WHERE la_code = '302' ORDER BY neighbour_rank")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        barnet.add(rs.getInt(1) + ":" + rs.getString(2) + ":" + rs.getString(3));
                        assertEquals(7, rs.getLong(4));
                    }
                }
            }
            // sn_may_2025.xlsx row 5 (Barnet): Waltham Forest, Reading, Harrow, Redbridge, Merton, Croydon,
            // Lewisham, Hillingdon, Haringey, Ealing; all 'Close'
            assertEquals(List.of("1:320:Close", "2:870:Close", "3:310:Close", "4:317:Close", "5:315:Close",
                    "6:306:Close", "7:209:Close", "8:312:Close", "9:309:Close", "10:307:Close"), barnet);
            // every LA has exactly 10 neighbours
            assertEquals(0L, ((Number) db.scalar("SELECT count(*) FROM (SELECT la_code FROM sn_neighbour "
                    + "GROUP BY la_code HAVING count(*) <> 10)")).longValue());
            // capitalised 'Very Close' of pre-LGR rows normalised
            assertEquals(0L, ((Number) db.scalar("SELECT count(*) FROM sn_neighbour WHERE proximity NOT IN "
                    + "('Extremely close','Very close','Close','Somewhat close','Not close')")).longValue());
            assertEquals(s.rows(), ((Number) db.scalar("SELECT count(*) FROM sn_neighbour")).longValue());
            // every code in the file (pre-LGR ones included) is known from the seeds: no warning
            assertEquals(List.of(), sink.warnings());
            // the file's "Old SNs:" section (row 158) holds the pre-reorganisation LAs
            assertEquals(List.of("835", "836", "837", "909", "928"), db.column(
                    "SELECT DISTINCT la_code FROM sn_neighbour WHERE section = 'Old SNs' ORDER BY 1"));
            assertEquals("current", db.scalar("SELECT DISTINCT section FROM sn_neighbour WHERE la_code = '302'"));
            // re-importing the same release replaces it, never duplicates
            new StatisticalNeighboursImporter().load(sn(), db.sink(8), new NullProgressMonitor());
            assertEquals(s.rows(), ((Number) db.scalar("SELECT count(*) FROM sn_neighbour")).longValue());
        }
    }

    @Test
    void recognisesItsFilesFromTheSniffBufferOnly() throws Exception {
        assertEquals(100, new StatisticalNeighboursImporter().recognise(sn()));
        assertEquals(0, new StatisticalNeighboursImporter().recognise(codeList()));
        assertTrue(new LaCodeListImporter().recognise(codeList()) >= 90);
        assertEquals(0, new LaCodeListImporter().recognise(sn()));
    }

    @Test
    void laCodeListLoadsWithOnsCodesAndCurrentFlags() throws Exception {
        try (TestDb db = TestDb.forImporters()) {
            TestSink sink = db.sink(3);
            ImportSummary s = new LaCodeListImporter().load(codeList(), sink, new NullProgressMonitor());
            assertEquals(171L, s.rows()); // rows 2..172 of Sheet1
            assertEquals("Barnet|E09000003|Outer London|OLB|true", db.scalar(
                    "SELECT concat_ws('|', name, ons_code, region, la_type, is_current) FROM la WHERE la_code = '302'"));
            assertEquals("Cumbria|E10000006|false", db.scalar(
                    "SELECT concat_ws('|', name, ons_code, is_current) FROM la WHERE la_code = '909'"));
            assertEquals("Cumberland|E06000063|true", db.scalar(
                    "SELECT concat_ws('|', name, ons_code, is_current) FROM la WHERE la_code = '942'"));
            assertEquals("North Yorkshire|E06000065", db.scalar(
                    "SELECT concat_ws('|', name, ons_code) FROM la WHERE la_code = '815'"));
            assertEquals("Buckinghamshire|E06000060", db.scalar(
                    "SELECT concat_ws('|', name, ons_code) FROM la WHERE la_code = '825'"));
            // England row: region and type 'NA' are NULL, not the text NA
            assertNull(db.scalar("SELECT region FROM la WHERE la_code = '970'"));
            assertEquals(0L, ((Number) db.scalar("SELECT count(*) FROM la WHERE la_type IS NOT NULL AND ons_code IS NULL")).longValue());
            assertTrue(sink.warnings().isEmpty(), sink.warnings().toString());
        }
    }

    @Test
    void successorSeedMatchesSen2CodesAndCumberlandHasASeries() throws Exception {
        try (TestDb db = TestDb.forImporters()) {
            new LaCodeListImporter().load(codeList(), db.sink(1), new NullProgressMonitor());
            // the seeded pairs agree with the SEN2 files (old_la_code,new_la_code as published) for every changed LA
            String caseload = SqlQuoting.literal(SharedData.file("ehcp-sen2-2025", "caseload.csv").toString());
            List<String> mismatches = db.column("SELECT DISTINCT c.old_la_code || ' ' || c.new_la_code FROM read_csv("
                    + caseload + ", all_varchar = true) c WHERE c.geographic_level = 'Local authority' "
                    + "AND NOT EXISTS (SELECT 1 FROM la_ons_code o WHERE o.la_code = c.old_la_code AND o.ons_code = c.new_la_code)");
            assertEquals(List.of(), mismatches);
            // successors
            assertEquals(List.of("942", "943"), db.column(
                    "SELECT new_la_code FROM la_successor WHERE old_la_code = '909' ORDER BY 1"));
            assertEquals(List.of("838", "839"), db.column(
                    "SELECT new_la_code FROM la_successor WHERE old_la_code = '835' ORDER BY 1"));
            assertEquals(List.of("940", "941"), db.column(
                    "SELECT new_la_code FROM la_successor WHERE old_la_code = '928' ORDER BY 1"));
            assertEquals(List.of("825 E10000002 E06000060 2020", "815 E10000023 E06000065 2023", "933 E10000027 E06000066 2023"),
                    db.column("SELECT concat_ws(' ', new_la_code, old_ons_code, new_ons_code, effective_year) FROM la_successor "
                            + "WHERE new_la_code IN ('825', '815', '933') ORDER BY effective_year, new_la_code"));
            // Cumberland's series: Cumbria before April 2023, itself after
            assertEquals(List.of("909 split"), db.column(
                    "SELECT source_la_code || ' ' || relation FROM la_series_sources('942', DATE '2023-01-19')"));
            assertEquals(List.of("942 same"), db.column(
                    "SELECT source_la_code || ' ' || relation FROM la_series_sources('942', DATE '2024-01-18')"));
            assertEquals(List.of("835 split", "836 merge", "837 merge"), db.column(
                    "SELECT source_la_code || ' ' || relation FROM la_series_sources('839', DATE '2018-01-18') ORDER BY 1"));
            assertEquals("839", db.scalar("SELECT la_series_code('837', DATE '2018-01-18')"));
            assertNull(db.scalar("SELECT la_series_code('909', DATE '2020-01-16')")); // split: no single series
            assertEquals("302", db.scalar("SELECT la_series_code('302', DATE '2020-01-16')"));
            assertEquals("825", db.scalar("SELECT la_code_of_ons('E10000002')"));
            // with SEN2 caseload: Cumberland gets one EHCP total per year for every January 2015..2025
            List<String> years = db.column("SELECT DISTINCT c.time_period FROM read_csv(" + caseload
                    + ", all_varchar = true) c, la_series_map m WHERE m.la_code = c.old_la_code AND m.series_la_code = '942' "
                    + "AND c.geographic_level = 'Local authority' ORDER BY 1");
            assertEquals(List.of("201819", "201920", "202021", "202122", "202223", "202324", "202425"), years);
        }
    }

    @Test
    void unknownCodesAreWarnedAboutAndKept(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path p = dir.resolve("sn_feb_2031.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.OutputStream out = java.nio.file.Files.newOutputStream(p)) {
            var sheet = wb.createSheet("Groups");
            var h = sheet.createRow(2);
            h.createCell(0).setCellValue("LA number");
            for (int k = 1; k <= 10; k++) {
                h.createCell(2 * k - 1).setCellValue("SN" + k);
                h.createCell(2 * k).setCellValue("SNP");
            }
            var r = sheet.createRow(3);
            r.createCell(0).setCellValue(" 302 ");
            for (int k = 1; k <= 10; k++) {
                r.createCell(2 * k - 1).setCellValue(k == 3 ? 999 : 300 + k);
                r.createCell(2 * k).setCellValue(k == 5 ? "  VERY   Close " : "Close");
            }
            wb.write(out);
        }
        try (TestDb db = TestDb.forImporters()) {
            TestSink sink = db.sink(1);
            ImportSummary s = new StatisticalNeighboursImporter().load(SourceFile.of(p), sink, new NullProgressMonitor());
            assertEquals("February 2031", s.periodFrom());
            assertEquals(10L, s.rows());
            assertEquals(List.of("sn_feb_2031.xlsx, sheet 'Groups', row 4, column 6 (SN3): unknown neighbour LA number 999 (kept)"), sink.warnings());
            assertEquals("999", db.scalar("SELECT neighbour_la_code FROM sn_neighbour WHERE la_code = '302' AND neighbour_rank = 3"));
            assertEquals("Very close", db.scalar("SELECT proximity FROM sn_neighbour WHERE neighbour_rank = 5"));
        }
    }
}
