package org.highneeds.data.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.highneeds.data.WorkspaceDatabase;

/**
 * Writes query results to an xlsx workbook with POI's streaming writer, so heap use stays flat however
 * many rows there are. Text that a spreadsheet would run as a formula is neutralised.
 */
public final class XlsxExport {

    /** Rows kept in memory by the streaming writer before they are flushed to a temporary file. */
    private static final int WINDOW_ROWS = 200;

    /** Excel's row limit per sheet (including the header row). */
    public static final int MAX_ROWS = 1_048_576;

    private XlsxExport() {
    }

    /** Exports a whole table or view of the database to {@code target}, replacing it only when complete. */
    public static long exportTable(Connection connection, String schema, String table, Path target, IProgressMonitor monitor)
            throws SQLException, IOException {
        String sql = "SELECT * FROM " + WorkspaceDatabase.quote(schema) + "." + WorkspaceDatabase.quote(table);
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return write(r, table, target, monitor);
        }
    }

    /**
     * Writes all rows of {@code rows} to a sheet named {@code sheetName} in a new workbook at {@code target}.
     * The file is written beside the target and moved into place at the end, so a cancelled or failed export
     * leaves any earlier file untouched.
     *
     * @return the number of data rows written
     * @throws IOException when the result has more rows than a sheet can hold, or the file cannot be written
     */
    public static long write(ResultSet rows, String sheetName, Path target, IProgressMonitor monitor)
            throws SQLException, IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + target.getFileName(), IProgressMonitor.UNKNOWN);
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".export-", ".xlsx.part");
        long written = 0;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW_ROWS)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet(safeSheetName(sheetName));
            ResultSetMetaData meta = rows.getMetaData();
            int columns = meta.getColumnCount();
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns; c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(meta.getColumnLabel(c + 1));
                cell.setCellStyle(headerStyle);
            }
            sheet.createFreezePane(0, 1);
            while (rows.next()) {
                if (written + 1 >= MAX_ROWS) {
                    throw new IOException("The result has more than " + (MAX_ROWS - 1)
                            + " rows, more than one xlsx sheet can hold; export it as CSV or Parquet instead.");
                }
                Row row = sheet.createRow((int) ++written);
                for (int c = 0; c < columns; c++) {
                    setCell(row, c, rows, meta.getColumnType(c + 1));
                }
                if (written % 10_000 == 0) {
                    if (progress.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    progress.subTask(written + " rows");
                    progress.worked(1);
                }
            }
            try (OutputStream out = Files.newOutputStream(temp)) {
                workbook.write(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } finally {
            Files.deleteIfExists(temp);
            progress.done();
        }
    }

    /** Writes one value; NULL leaves no cell at all, so it reads back as empty, never as 0 or "". */
    private static void setCell(Row row, int index, ResultSet rows, int sqlType) throws SQLException {
        int column = index + 1;
        switch (sqlType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.FLOAT, Types.REAL, Types.DOUBLE,
                    Types.DECIMAL, Types.NUMERIC -> {
                BigDecimal value = rows.getBigDecimal(column);
                if (value != null) {
                    row.createCell(index).setCellValue(value.doubleValue());
                }
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = rows.getBoolean(column);
                if (!rows.wasNull()) {
                    row.createCell(index).setCellValue(value);
                }
            }
            default -> {
                String value = rows.getString(column);
                if (value != null) {
                    row.createCell(index).setCellValue(neutraliseFormula(value));
                }
            }
        }
    }

    /**
     * Makes text safe to open in a spreadsheet: text starting with {@code = + - @}, a tab or a carriage
     * return gets a leading apostrophe so that it is shown, not run as a formula (CSV/formula injection).
     */
    public static String neutraliseFormula(String text) {
        if (!text.isEmpty()) {
            char first = text.charAt(0);
            if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
                return "'" + text;
            }
        }
        return text;
    }

    /** Excel sheet names: at most 31 characters, none of {@code []:*?/\}. */
    static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", "_");
        if (cleaned.isBlank()) {
            cleaned = "Sheet1";
        }
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
