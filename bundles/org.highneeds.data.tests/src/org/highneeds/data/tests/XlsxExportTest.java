package org.highneeds.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.highneeds.data.WorkspaceDatabase;
import org.highneeds.data.export.XlsxExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POI inside OSGi: a table exported to xlsx by the streaming writer reads back equal. */
class XlsxExportTest {

    @TempDir
    Path dir;

    @Test
    void tableRoundTripsThroughXlsxWithTypesNullsAndNeutralisedFormulas() throws Exception {
        Path xlsx = dir.resolve("placements.xlsx");
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir.resolve("ws")); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE placement (la_code VARCHAR, setting VARCHAR, annual_fee DECIMAL(10,2), pupils INTEGER, in_area BOOLEAN)");
            s.execute("INSERT INTO placement VALUES ('302', 'Oak Special School', 61250.50, 12, true), "
                    + "('942', '=HYPERLINK(\"http://x\")', NULL, -3, false), ('201', '@SUM(A1)', 0, NULL, NULL)");
            assertEquals(3, XlsxExport.exportTable(c, "main", "placement", xlsx, new NullProgressMonitor()));
        }
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("placement");
            assertEquals(3, sheet.getLastRowNum());
            Row header = sheet.getRow(0);
            assertEquals("annual_fee", header.getCell(2).getStringCellValue());
            assertTrue(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
            Row barnet = sheet.getRow(1);
            assertEquals("302", barnet.getCell(0).getStringCellValue());
            assertEquals(61250.50, barnet.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(12, barnet.getCell(3).getNumericCellValue(), 1e-9);
            assertTrue(barnet.getCell(4).getBooleanCellValue());
            Row cumberland = sheet.getRow(2);
            assertEquals(CellType.STRING, cumberland.getCell(1).getCellType(), "formula text must stay text");
            assertEquals("'=HYPERLINK(\"http://x\")", cumberland.getCell(1).getStringCellValue());
            assertEquals(null, cumberland.getCell(2), "NULL stays an empty cell, never 0");
            assertEquals(-3, cumberland.getCell(3).getNumericCellValue(), 1e-9, "negative numbers stay numbers");
            assertEquals("'@SUM(A1)", sheet.getRow(3).getCell(1).getStringCellValue());
        }
    }

    @Test
    void aCancelledExportLeavesTheEarlierFileUntouched() throws Exception {
        Path xlsx = dir.resolve("big.xlsx");
        Files.writeString(xlsx, "earlier export");
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir.resolve("ws")); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE big AS SELECT range AS id FROM range(50000)");
            NullProgressMonitor cancelled = new NullProgressMonitor();
            cancelled.setCanceled(true);
            assertThrows(OperationCanceledException.class, () -> XlsxExport.exportTable(c, "main", "big", xlsx, cancelled));
        }
        assertEquals("earlier export", Files.readString(xlsx));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file is left");
        }
    }
}
