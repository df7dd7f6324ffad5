package org.highneeds.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportRoundTripTest {

    /** Real LA rows plus synthetic hostile text (said so: formulas, quotes, line breaks). */
    private static final String QUERY = "select old_la_code, la_name, try_cast(ehcplans as integer) as ehcplans, "
            + "try_cast(mainstream_total_pc as double) as mainstream_pc, ehcplans as ehcplans_text "
            + "from sen2.caseload where time_period = 202425 and geographic_level = 'Local authority' "
            + "and breakdown = 'All EHC plans' "
            + "union all select -1, '=HYPERLINK(\"http://evil\")', -5, -0.25, '-7' "
            + "union all select -2, 'Quote \"and\", comma' || chr(10) || 'new line', null, null, '@cmd' "
            + "order by old_la_code";

    @TempDir
    Path dir;
    private Connection connection;
    private SqlSession session;
    private ResultExporter exporter;

    @BeforeEach
    void open() throws Exception {
        connection = SqlConnections.openInMemory();
        connection.createStatement().execute(Caseload.loadSql("sen2"));
        session = new SqlSession(connection, false);
        exporter = new ResultExporter(session);
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        connection.close();
    }

    private List<List<String>> expectedRows() throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(QUERY)) {
            while (rs.next()) {
                List<String> r = new ArrayList<>();
                for (int i = 1; i <= 5; i++) {
                    r.add(rs.getString(i));
                }
                out.add(r);
            }
        }
        return out;
    }

    @Test
    void parquetRoundTripIsExact() throws Exception {
        SqlResult r = session.execute(QUERY, Map.of(), new NullProgressMonitor()).result();
        Path f = dir.resolve("caseload.parquet");
        ExportReport rep = exporter.export(r, f, ExportFormat.PARQUET, ExportOptions.DEFAULT, new NullProgressMonitor());
        assertEquals(155, rep.rows(), "153 LAs + 2 synthetic rows");
        List<List<String>> back = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select * from read_parquet('" + f + "')")) {
            assertEquals("INTEGER", rs.getMetaData().getColumnTypeName(3), "types survive");
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= 5; i++) {
                    row.add(rs.getString(i));
                }
                back.add(row);
            }
        }
        assertEquals(expectedRows(), back);
        List<String> gateshead = back.stream().filter(x -> x.get(0).equals("390")).findFirst().orElseThrow();
        assertEquals(List.of("390", "Gateshead", "1923"), gateshead.subList(0, 3), "published figure survives");
    }

    @Test
    void csvRoundTripWithBomQuotingAndNeutralisedFormulas() throws Exception {
        SqlResult r = session.execute(QUERY, Map.of(), new NullProgressMonitor()).result();
        Path f = dir.resolve("caseload.csv");
        exporter.export(r, f, ExportFormat.CSV, ExportOptions.DEFAULT, new NullProgressMonitor());
        byte[] bytes = Files.readAllBytes(f);
        assertEquals((byte) 0xEF, bytes[0]);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n-2,\"Quote \"\"and\"\", comma\nnew line\",,,'@cmd\r\n"), text.substring(0, 200));
        assertTrue(text.contains("-1,\"'=HYPERLINK(\"\"http://evil\"\")\",-5,-0.25,-7\r\n"), "negative numbers stay numbers, formula text quoted");
        List<List<String>> back = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select * from read_csv('" + f + "', header = true, all_varchar = true)")) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= 5; i++) {
                    row.add(rs.getString(i));
                }
                back.add(row);
            }
        }
        List<List<String>> expected = expectedRows();
        expected.get(0).set(4, "'@cmd");
        expected.get(1).set(1, "'=HYPERLINK(\"http://evil\")");
        for (List<String> e : expected) {
            if (e.get(3) != null) {
                e.set(3, ValueFormatter.DEFAULT.plain(Double.valueOf(e.get(3))));
            }
        }
        assertEquals(expected, back);
    }

    @Test
    void xlsxRoundTripTypedCellsBoldFrozenHeader() throws Exception {
        SqlResult r = session.execute(QUERY, Map.of(), new NullProgressMonitor()).result();
        Path f = dir.resolve("caseload.xlsx");
        exporter.export(r, f, ExportFormat.XLSX, ExportOptions.DEFAULT, new NullProgressMonitor());
        List<List<String>> expected = expectedRows();
        try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheetAt(0);
            assertEquals("Result", sh.getSheetName());
            Row header = sh.getRow(0);
            assertEquals("old_la_code", header.getCell(0).getStringCellValue());
            assertTrue(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(1, sh.getPaneInformation().getHorizontalSplitTopRow());
            assertEquals(155, sh.getLastRowNum());
            for (int i = 0; i < expected.size(); i++) {
                Row row = sh.getRow(i + 1);
                List<String> e = expected.get(i);
                assertEquals(Double.parseDouble(e.get(0)), row.getCell(0).getNumericCellValue());
                assertEquals(CellType.STRING, row.getCell(1).getCellType());
                String name = e.get(1).startsWith("=") ? "'" + e.get(1) : e.get(1);
                assertEquals(name, row.getCell(1).getStringCellValue());
                Cell plans = row.getCell(2);
                if (e.get(2) == null) {
                    assertTrue(plans == null || plans.getCellType() == CellType.BLANK);
                } else {
                    assertEquals(CellType.NUMERIC, plans.getCellType());
                    assertEquals(Double.parseDouble(e.get(2)), plans.getNumericCellValue());
                }
                String text = e.get(4).startsWith("@") ? "'" + e.get(4) : e.get(4);
                assertEquals(text, row.getCell(4).getStringCellValue(), "text column stays text; '-7' is a plain number");
            }
            Row gateshead = null;
            for (Row row : sh) {
                if (row.getRowNum() > 0 && row.getCell(0).getNumericCellValue() == 390) {
                    gateshead = row;
                }
            }
            assertEquals(1923.0, gateshead.getCell(2).getNumericCellValue());
        }
    }

    @Test
    void exportFollowsTheViewAndExportQueryRunsAWholeQuery() throws Exception {
        SqlResult r = session.execute(QUERY, Map.of(), new NullProgressMonitor()).result();
        r.setView(new ResultView(2, false, List.of(new ColumnFilter(1, ColumnFilter.Op.CONTAINS, "york"))));
        Path f = dir.resolve("york.csv");
        ExportReport rep = exporter.export(r, f, ExportFormat.CSV, new ExportOptions(false, true), new NullProgressMonitor());
        assertEquals(3, rep.rows());
        List<String> lines = Files.readAllLines(f);
        assertEquals("old_la_code,la_name,ehcplans,mainstream_pc,ehcplans_text", lines.get(0));
        assertTrue(lines.get(1).startsWith("815,North Yorkshire,"), lines.get(1));
        Path q = dir.resolve("national.parquet");
        ExportReport whole = exporter.exportQuery("select * from sen2.caseload where geographic_level = :level", Map.of("level", "National"),
                q, ExportFormat.PARQUET, ExportOptions.DEFAULT, new NullProgressMonitor());
        try (ResultSet rs = connection.createStatement().executeQuery("select count(*) from read_parquet('" + q + "')")) {
            rs.next();
            assertEquals(whole.rows(), rs.getLong(1));
        }
        assertThrows(java.sql.SQLException.class, () -> exporter.exportQuery("select nosuch from sen2.caseload", Map.of(),
                dir.resolve("x.csv"), ExportFormat.CSV, ExportOptions.DEFAULT, new NullProgressMonitor()));
        assertFalse(Files.exists(dir.resolve("x.csv")));
        java.sql.SQLException refused = assertThrows(java.sql.SQLException.class, () -> exporter.exportQuery(
                "delete from sen2.caseload returning *", Map.of(), dir.resolve("y.csv"), ExportFormat.CSV,
                ExportOptions.DEFAULT, new NullProgressMonitor()));
        assertEquals("Only queries can be exported; this is a DELETE statement", refused.getMessage());
        try (ResultSet rs = connection.createStatement().executeQuery("select count(*) from sen2.caseload")) {
            rs.next();
            assertEquals(9294, rs.getLong(1));
        }
    }

    @Test
    void cancelledExportLeavesNoFile() throws Exception {
        SqlResult r = session.execute("select * from range(50000)", Map.of(), new NullProgressMonitor()).result();
        NullProgressMonitor m = new NullProgressMonitor();
        m.setCanceled(true);
        Path f = dir.resolve("cancelled.xlsx");
        assertThrows(OperationCanceledException.class, () -> exporter.export(r, f, ExportFormat.XLSX, ExportOptions.DEFAULT, m));
        assertFalse(Files.exists(f));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "temp file removed too");
        }
    }
}
