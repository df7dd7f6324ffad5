package org.highneeds.data.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.imports.DatasetImporter;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.internal.finance.DsgAllocationImporter;
import org.highneeds.data.internal.finance.HnBenchmarkingImporter;
import org.highneeds.data.internal.generic.GenericSheetImporter;
import org.highneeds.data.internal.reference.LaCodeListImporter;
import org.highneeds.data.internal.reference.StatisticalNeighboursImporter;
import org.highneeds.data.internal.sheet.SheetReader;
import org.highneeds.data.internal.sheet.SheetReaders;
import org.highneeds.data.testsupport.TestDb;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile files: each import fails with an {@link ImportException} naming file (and sheet, row, column
 * where there is one), and after the framework's rollback nothing is in any table.
 */
class ReliabilityTest {

    @TempDir
    Path dir;

    /** Runs the import as the framework would (rollback on failure) and checks no table holds a row. */
    private static ImportException failsCleanly(DatasetImporter importer, Path file) throws Exception {
        try (TestDb db = TestDb.forImporters()) {
            ImportException e = assertThrows(ImportException.class,
                    () -> importer.load(SourceFile.of(file), db.sink(99), new NullProgressMonitor()));
            db.connection.rollback();
            long rows = 0;
            for (String t : new String[] { "la", "sn_neighbour", "hn_benchmarking", "dsg_allocation", "meta.generic_import" }) {
                rows += ((Number) db.scalar("SELECT count(*) FROM " + t)).longValue();
            }
            assertEquals(0L, rows, "rows left after a failed import");
            assertEquals(0L, ((Number) db.scalar("SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'user_%'")).longValue());
            assertTrue(e.getMessage().startsWith(file.getFileName().toString()), e.getMessage());
            return e;
        }
    }

    private Path half(Path original, String name) throws IOException {
        byte[] all = Files.readAllBytes(original);
        Path p = dir.resolve(name);
        Files.write(p, java.util.Arrays.copyOf(all, all.length / 2));
        return p;
    }

    @Test
    void truncatedXlsx() throws Exception {
        Path cut = half(SharedData.file("statistical-neighbours", "sn_may_2025.xlsx"), "sn_may_2025_half.xlsx");
        ImportException e = failsCleanly(new StatisticalNeighboursImporter(), cut);
        assertTrue(e.getMessage().contains("truncated or corrupt"), e.getMessage());
        Path hn = half(SharedData.file("high-needs-finance", "high_needs_benchmarking_data_2021-22.xlsx"), "hn_half.xlsx");
        e = failsCleanly(new HnBenchmarkingImporter(), hn);
        assertTrue(e.getMessage().contains("truncated or corrupt"), e.getMessage());
    }

    @Test
    void truncatedOds() throws Exception {
        Path cut = half(SharedData.file("high-needs-finance", "dedicated-schools-grant_2023-to-2024_published-2023-07-20.ods"), "dsg_half.ods");
        ImportException e = failsCleanly(new DsgAllocationImporter(), cut);
        assertTrue(e.getMessage().contains("truncated or corrupt"), e.getMessage());
    }

    /** A 60 KB xlsx whose sheet XML inflates to 200 MB of whitespace inside sheetData. */
    private Path xlsxBomb() throws IOException {
        Path p = dir.resolve("bomb.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            put(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            put(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(z, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"LA SN Groups\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(z, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) z.write(spaces);
            z.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return p;
    }

    private static void put(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    @Test
    void zipBombXlsxIsRefused() throws Exception {
        Path bomb = xlsxBomb();
        assertTrue(Files.size(bomb) < 1_000_000, "bomb is " + Files.size(bomb) + " bytes");
        ImportException e = failsCleanly(new StatisticalNeighboursImporter(), bomb);
        assertTrue(e.getMessage().contains("possible zip bomb"), e.getMessage());
        assertTrue(e.getMessage().startsWith("bomb.xlsx, sheet 'LA SN Groups'"), e.getMessage());
    }

    @Test
    void zipBombOdsIsRefused() throws Exception {
        Path p = dir.resolve("bomb.ods");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            put(z, "mimetype", "application/vnd.oasis.opendocument.spreadsheet");
            z.putNextEntry(new ZipEntry("content.xml"));
            z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:body><office:spreadsheet>"
                    + "<table:table table:name=\"High_needs_block\">").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) z.write(spaces);
            z.write("</table:table></office:spreadsheet></office:body></office:document-content>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        ImportException e = failsCleanly(new DsgAllocationImporter(), p);
        assertTrue(e.getMessage().contains("possible zip bomb"), e.getMessage());
    }

    @Test
    void wrongLayoutIsNamed() throws Exception {
        Path codeList = SharedData.file("statistical-neighbours", "la_code_list.xlsx");
        assertEquals("la_code_list.xlsx: wrong layout: no sheet has a header row with 'LA num' and SN1..SN10 in its first 30 rows "
                + "(sheets: [Sheet1])", failsCleanly(new StatisticalNeighboursImporter(), codeList).getMessage());
        assertTrue(failsCleanly(new HnBenchmarkingImporter(), codeList).getMessage().contains("wrong layout"));
        assertTrue(failsCleanly(new DsgAllocationImporter(), codeList).getMessage().contains("wrong layout: not a DSG allocations workbook"));
        Path sn = SharedData.file("statistical-neighbours", "sn_may_2025.xlsx");
        assertTrue(failsCleanly(new LaCodeListImporter(), sn).getMessage().contains("wrong layout"));
    }

    @Test
    void emptyFiles() throws Exception {
        for (String name : new String[] { "empty.xlsx", "empty.ods", "empty.csv" }) {
            Path p = Files.createFile(dir.resolve(name));
            ImportException e = failsCleanly(new GenericSheetImporter("user_x", null, java.util.Map.of(), 10), p);
            assertEquals(name + ": the file is empty (0 bytes)", e.getMessage());
        }
        assertEquals("empty.xlsx: the file is empty (0 bytes)",
                failsCleanly(new StatisticalNeighboursImporter(), dir.resolve("empty.xlsx")).getMessage());
    }

    /** A statistical-neighbours-shaped workbook with one absurd proximity label (10,000 characters). */
    @Test
    void tenThousandCharacterCellsAreRejectedWithTheirPlace() throws Exception {
        Path p = dir.resolve("sn_jan_2030.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            XSSFSheet s = wb.createSheet("LA SN Groups");
            XSSFRow h = s.createRow(0);
            h.createCell(0).setCellValue("LA num");
            h.createCell(1).setCellValue("LA Name");
            for (int k = 1; k <= 10; k++) {
                h.createCell(2 * k).setCellValue("SN" + k);
                h.createCell(2 * k + 1).setCellValue("SNP");
            }
            XSSFRow r = s.createRow(1);
            r.createCell(0).setCellValue(302);
            r.createCell(1).setCellValue("Barnet");
            for (int k = 1; k <= 10; k++) {
                r.createCell(2 * k).setCellValue(300 + k);
                r.createCell(2 * k + 1).setCellValue(k == 4 ? "x".repeat(10_000) : "Close");
            }
            wb.write(out);
        }
        ImportException e = failsCleanly(new StatisticalNeighboursImporter(), p);
        assertEquals("sn_jan_2030.xlsx, sheet 'LA SN Groups', row 2, column 10 (SNP): cell holds 10000 characters where a "
                + "short label (at most 40) is expected; wrong layout or damaged file", e.getMessage());
        assertEquals(2L, e.location().row());
        assertEquals(10, e.location().column());

        // and in a DSG-shaped workbook where a number is expected
        Path d = dir.resolve("dsg.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(d)) {
            wb.createSheet("Information_2023_to_2024");
            XSSFSheet s = wb.createSheet("High_needs_block");
            s.createRow(0).createCell(2).setCellValue("Total high needs block before deductions (£s)");
            XSSFRow eng = s.createRow(1);
            eng.createCell(0).setCellValue("ENGLAND");
            eng.createCell(2).setCellValue(9_952_172_126d);
            XSSFRow la = s.createRow(2);
            la.createCell(0).setCellValue("202");
            la.createCell(1).setCellValue("Camden");
            la.createCell(2).setCellValue("9".repeat(10_000));
            wb.write(out);
        }
        e = failsCleanly(new DsgAllocationImporter(), d);
        assertEquals("dsg.xlsx, sheet 'High_needs_block', row 3, column 3 (Total high needs block before deductions (£s)): "
                + "cell holds 10000 characters where a number or marker is expected; wrong layout or damaged file", e.getMessage());
    }

    @Test
    void readerRefusesCellsBeyondExcelsLimit() throws Exception {
        Path p = dir.resolve("long.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            // POI refuses to write more than 32,767 characters, so write an allowed one and read with a lower limit
            wb.createSheet("S").createRow(4).createCell(1).setCellValue("y".repeat(10_000));
            wb.write(out);
        }
        try (SheetReader r = SheetReaders.open(p, org.highneeds.data.internal.sheet.SheetLimits.DEFAULT.withMaxCellChars(5_000))) {
            ImportException e = assertThrows(ImportException.class, () -> r.head("S", 10));
            assertEquals("long.xlsx, sheet 'S', row 5, column 2: cell text longer than 5000 characters", e.getMessage());
        }
    }
}
