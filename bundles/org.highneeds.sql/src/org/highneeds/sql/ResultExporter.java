package org.highneeds.sql;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.highneeds.data.SqlQuoting;

/**
 * Exports a result (its current view) or a whole query to XLSX, CSV or Parquet, reading rows a page at a
 * time so memory stays flat however many rows there are. Files are written to a temp file beside the
 * target and moved into place only when complete, so a failed or cancelled export leaves no half file.
 */
public final class ResultExporter {

    /** Rows per sheet Excel allows, header included. */
    public static final int XLSX_MAX_ROWS = 1_048_576;
    /** Characters per cell Excel allows. */
    public static final int XLSX_MAX_CELL_CHARS = 32_767;
    private static final int PAGE = 10_000;

    private final SqlSession session;

    /** An exporter running on a session's connection (where result temp tables live). */
    public ResultExporter(SqlSession session) {
        this.session = session;
    }

    /** Exports the current view of a result. */
    public ExportReport export(SqlResult result, Path file, ExportFormat format, ExportOptions options,
            IProgressMonitor monitor) throws IOException, SQLException {
        SubMonitor sub = SubMonitor.convert(monitor, "Exporting to " + file.getFileName(), 100);
        Path tmp = file.toAbsolutePath().getParent().resolve(".export-" + java.util.UUID.randomUUID() + ".tmp");
        boolean done = false;
        try {
            ExportReport report = switch (format) {
                case CSV -> writeCsv(result, tmp, options, sub);
                case XLSX -> writeXlsx(result, tmp, options, sub);
                case PARQUET -> writeParquet(result, tmp, sub);
            };
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            done = true;
            return new ExportReport(file, report.rows(), report.warnings());
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Runs a query and exports all its rows.
     *
     * @throws SQLException with DuckDB's message (and the query's line/column) when the query fails, or
     *         when the statement is not a read-only query
     */
    public ExportReport exportQuery(String sql, Map<String, ?> parameters, Path file, ExportFormat format,
            ExportOptions options, IProgressMonitor monitor) throws IOException, SQLException {
        SubMonitor sub = SubMonitor.convert(monitor, "Exporting query to " + file.getFileName(), 100);
        StatementClassification cls = StatementClassifier.classify(sql);
        if (!cls.readOnly()) {
            // an export must never change the database as a side effect
            throw new SQLException("Only queries can be exported; this is a " + cls.keyword() + " statement");
        }
        ExecutionResult run = session.execute(sql, parameters, sub.split(40));
        if (!run.ok()) {
            throw new SQLException(run.error().headline() + " (line " + run.error().line() + ", column "
                    + run.error().column() + ")");
        }
        if (run.result() == null) {
            throw new SQLException("The statement returned no rows to export");
        }
        try (SqlResult result = run.result()) {
            return export(result, file, format, options, sub.split(60));
        }
    }

    private ExportReport writeParquet(SqlResult result, Path tmp, SubMonitor sub) throws SQLException, IOException {
        String query = result.viewQuery();
        if (query == null) {
            throw new SQLException("Parquet export needs a result held in DuckDB; this statement's rows were only kept in memory");
        }
        Files.deleteIfExists(tmp); // COPY refuses nothing, but a stale empty temp file is pointless
        session.runInternal("COPY (" + query + ") TO " + SqlQuoting.literal(tmp.toAbsolutePath().toString())
                + " (FORMAT parquet)", sub);
        return new ExportReport(tmp, result.rowCount(), List.of());
    }

    private ExportReport writeCsv(SqlResult result, Path tmp, ExportOptions options, SubMonitor sub)
            throws IOException, SQLException {
        ValueFormatter f = ValueFormatter.DEFAULT;
        List<ResultColumn> columns = result.columns();
        long total = result.rowCount();
        sub.setWorkRemaining((int) Math.max(1, total / PAGE + 1));
        long written = 0;
        try (OutputStream os = Files.newOutputStream(tmp);
                Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
            if (options.csvByteOrderMark()) {
                w.write('\uFEFF');
            }
            List<String> header = new ArrayList<>();
            for (ResultColumn c : columns) {
                header.add(csvField(c.name(), options.neutraliseFormulas()));
            }
            w.write(String.join(",", header));
            w.write("\r\n");
            for (long offset = 0; offset < total; offset += PAGE) {
                checkCancel(sub);
                for (Object[] row : result.page(offset, PAGE).rows()) {
                    for (int c = 0; c < columns.size(); c++) {
                        if (c > 0) {
                            w.write(',');
                        }
                        Object v = row[c];
                        if (v == null) {
                            DisplayValue d = f.displayCell(columns, row, c);
                            if (d.kind() == CellKind.SUPPRESSED) {
                                w.write(csvField(d.text(), false));
                            }
                        } else if (v instanceof Number) {
                            w.write(f.plain(v));
                        } else if (v != null) {
                            w.write(csvField(f.plain(v), options.neutraliseFormulas()));
                        }
                    }
                    w.write("\r\n");
                    written++;
                }
                sub.worked(1);
            }
        }
        return new ExportReport(tmp, written, List.of());
    }

    /** RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
    static String csvField(String text, boolean neutralise) {
        return org.highneeds.data.output.OutputFormat.csvField(text, neutralise);
    }

    private ExportReport writeXlsx(SqlResult result, Path tmp, ExportOptions options, SubMonitor sub)
            throws IOException, SQLException {
        ValueFormatter f = ValueFormatter.DEFAULT;
        List<ResultColumn> columns = result.columns();
        long total = result.rowCount();
        sub.setWorkRemaining((int) Math.max(1, total / PAGE + 1));
        List<String> warnings = new ArrayList<>();
        long written = 0;
        int cutCells = 0;
        SXSSFWorkbook wb = new SXSSFWorkbook(100); // 100 rows in memory, the rest flushed to a temp file
        wb.setCompressTempFiles(Boolean.parseBoolean(System.getProperty("hn.xlsx.compress", "true")));
        try {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle headerStyle = wb.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle timestampStyle = wb.createCellStyle();
            timestampStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            CellStyle[] numberStyles = new CellStyle[columns.size()];
            for (ResultColumn c : columns) {
                if (c.numeric()) {
                    numberStyles[c.index()] = wb.createCellStyle();
                    numberStyles[c.index()].setDataFormat(wb.createDataFormat().getFormat(numberFormat(c.typeName())));
                }
            }
            Sheet sheet = null;
            int rowInSheet = 0;
            int sheetNo = 0;
            for (long offset = 0; offset < total || sheet == null; offset += PAGE) {
                checkCancel(sub);
                List<Object[]> rows = total == 0 ? List.of() : result.page(offset, PAGE).rows();
                if (sheet == null) {
                    sheet = newSheet(wb, ++sheetNo, columns, headerStyle);
                    rowInSheet = 1;
                }
                for (Object[] values : rows) {
                    if (rowInSheet == XLSX_MAX_ROWS) {
                        sheet = newSheet(wb, ++sheetNo, columns, headerStyle);
                        rowInSheet = 1;
                        warnings.add("More rows than one Excel sheet holds: continued on sheet \"Result " + sheetNo + "\"");
                    }
                    Row row = sheet.createRow(rowInSheet++);
                    for (int c = 0; c < columns.size(); c++) {
                        Object v = values[c];
                        if (v == null) {
                            DisplayValue d = f.displayCell(columns, values, c);
                            if (d.kind() == CellKind.SUPPRESSED) {
                                row.createCell(c).setCellValue(d.text());
                            }
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (v instanceof Number n) {
                            cell.setCellValue(n instanceof BigDecimal bd ? bd.doubleValue() : n.doubleValue());
                            if (numberStyles[c] != null) {
                                cell.setCellStyle(numberStyles[c]);
                            }
                        } else if (v instanceof Boolean b) {
                            cell.setCellValue(b);
                        } else if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(dateStyle);
                        } else if (v instanceof LocalDateTime t) {
                            cell.setCellValue(t);
                            cell.setCellStyle(timestampStyle);
                        } else {
                            String s = f.plain(v);
                            if (options.neutraliseFormulas()) {
                                s = ValueFormatter.neutraliseFormula(s);
                            }
                            if (s.length() > XLSX_MAX_CELL_CHARS) {
                                s = s.substring(0, XLSX_MAX_CELL_CHARS);
                                cutCells++;
                            }
                            cell.setCellValue(s);
                        }
                    }
                    written++;
                }
                sub.worked(1);
                if (total == 0) {
                    break;
                }
            }
            try (OutputStream os = Files.newOutputStream(tmp)) {
                wb.write(os);
            }
        } finally {
            wb.close(); // also deletes SXSSF's temp files
        }
        if (cutCells > 0) {
            warnings.add(cutCells + " text cell(s) longer than Excel's 32,767 characters were cut; use CSV or Parquet for full text");
        }
        return new ExportReport(tmp, written, List.copyOf(warnings));
    }

    private static Sheet newSheet(SXSSFWorkbook wb, int number, List<ResultColumn> columns, CellStyle headerStyle) {
        SXSSFSheet sheet = wb.createSheet(number == 1 ? "Result" : "Result " + number);
        Row header = sheet.createRow(0);
        for (ResultColumn c : columns) {
            Cell cell = header.createCell(c.index());
            cell.setCellValue(c.name());
            cell.setCellStyle(headerStyle);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static String numberFormat(String typeName) {
        String t = typeName.toUpperCase(java.util.Locale.ROOT);
        if (t.startsWith("DECIMAL(")) {
            int comma = t.indexOf(',');
            int scale = comma < 0 ? 0 : Integer.parseInt(t.substring(comma + 1, t.indexOf(')')).trim());
            return scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale);
        }
        if (t.equals("DOUBLE") || t.equals("FLOAT") || t.equals("REAL")) {
            return "General";
        }
        return "#,##0";
    }

    private static void checkCancel(SubMonitor sub) {
        if (sub.isCanceled()) {
            throw new OperationCanceledException("Export cancelled");
        }
    }
}
