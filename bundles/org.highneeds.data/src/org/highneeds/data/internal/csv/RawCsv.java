package org.highneeds.data.internal.csv;

import org.highneeds.data.SqlQuoting;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.highneeds.data.WorkspaceDatabase;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportLocation;
import org.highneeds.data.imports.ImportSink;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.internal.sql.Sql;

/**
 * Copies a CSV file as published into a raw all-VARCHAR table of schema {@code raw} with DuckDB's reader (fast, parallel), and turns
 * any refusal into an {@link ImportException} naming row and column. The data row with {@code rowid} sits on file
 * line {@code rowid - baseRowid + 2} (header on line 1; DuckDB numbers rows of a table created inside an open
 * transaction from a large base; quoted line breaks inside cells would shift lines, EES files have none).
 */
public final class RawCsv {

    /** Longest cell accepted in a statistics CSV; longer cells mean a wrong or hostile file. */
    public static final int MAX_CELL_CHARS = 1000;

    private static final Pattern DUCKDB_LINE = Pattern.compile("CSV Error on Line: (\\d+)");

    /**
     * What was loaded into {@code raw.<table>}; {@code profile} describes the file's cells (read in Java while DuckDB
     * read the file).
     */
    public record Raw(String table, CsvHeader header, long rows, long baseRowid, CellProfile profile) {
        /** 1-based file line of a data row id. */
        public long fileRow(long rowid) {
            return rowid - baseRowid + 2;
        }

        /** The table as written in SQL, schema-qualified: {@code raw."raw_p5"}. */
        public String sql() {
            return Sql.raw(table);
        }

        /** The table as shown to people: {@code raw.raw_p5}. */
        public String qualifiedName() {
            return WorkspaceDatabase.RAW_SCHEMA + "." + table;
        }
    }

    private RawCsv() {
    }

    /** Reads and checks the header: empty or non-UTF-8 header, missing required columns -> ImportException. */
    public static CsvHeader header(SourceFile file, Collection<String> required, String layoutName)
            throws ImportException {
        CsvHeader h;
        try {
            h = CsvHeader.parse(file.head());
        } catch (CsvHeader.HeaderProblem e) {
            throw new ImportException(new ImportLocation(file.fileName(), null, 1, e.column(), null), e.getMessage());
        }
        for (String r : required) {
            if (!h.has(r)) {
                throw new ImportException(new ImportLocation(file.fileName(), null, 1, 0, r), "this is not "
                        + layoutName + ": the header has no column '" + r + "' (found: "
                        + String.join(", ", h.names().subList(0, Math.min(12, h.names().size())))
                        + (h.names().size() > 12 ? ", ..." : "") + ")");
            }
        }
        return h;
    }

    /**
     * Loads {@code file} into a new table {@code raw.<table>}; reports duplicated header names as warnings; rejects
     * ragged rows, bad encoding, truncation, no data rows and over-long cells.
     */
    public static Raw load(SourceFile file, CsvHeader header, String table, ImportSink sink, IProgressMonitor monitor)
            throws ImportException, SQLException {
        Connection c = sink.connection();
        String name = file.fileName();
        for (String d : header.duplicates()) {
            sink.warn(new ImportLocation(name, null, 1, 0, d), "column name '" + d
                    + "' appears more than once; the later copy is kept as " + d + "_2 (_3, ...)");
        }
        StringBuilder cols = new StringBuilder("{");
        for (int i = 0; i < header.names().size(); i++) {
            if (i > 0) cols.append(", ");
            cols.append(SqlQuoting.literal(header.names().get(i))).append(": 'VARCHAR'");
        }
        cols.append('}');
        String path = file.path().toAbsolutePath().toString();
        String sql = "CREATE TABLE " + Sql.raw(table) + " AS SELECT * FROM read_csv(" + SqlQuoting.literal(path)
                + ", header = true, auto_detect = false, columns = " + cols + ", delim = ',', quote = '\"', "
                + "escape = '\"', strict_mode = true, null_padding = false, max_line_size = 4000000)";
        // the cell profile is read on a second thread meanwhile: the file is then read twice at the same time, which
        // costs far less than the per-cell SQL checks it saves
        AtomicBoolean stop = new AtomicBoolean();
        FutureTask<CellProfile> scan = new FutureTask<>(() -> CellProfile.scan(file.path(), header.names().size(),
                () -> stop.get() || (monitor != null && monitor.isCanceled())));
        Thread scanner = new Thread(scan, "highneeds-csv-profile " + name);
        scanner.setDaemon(true);
        scanner.start();
        try {
            Sql.execute(c, sql, monitor);
        } catch (OperationCanceledException e) {
            stop.set(true);
            throw e;
        } catch (SQLException e) {
            stop.set(true);
            throw diagnose(file, header, e);
        }
        CellProfile profile;
        try {
            profile = scan.get();
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OperationCanceledException oce) throw oce;
            throw new ImportException(new ImportLocation(name, null, 0, 0, null), "cannot read the file: "
                    + e.getCause().getMessage(), e.getCause());
        }
        long rows = Sql.queryLong(c, "SELECT count(*) FROM " + Sql.raw(table));
        if (rows == 0) {
            throw new ImportException(new ImportLocation(name, null, 2, 0, null),
                    "the file has a header but no data rows (empty or truncated file)");
        }
        Raw raw = new Raw(table, header, rows, Sql.queryLong(c, "SELECT min(rowid) FROM " + Sql.raw(table)), profile);
        checkCellLengths(c, name, raw);
        return raw;
    }

    /**
     * Throws for the first data row of {@code raw} where {@code badSql} holds, naming its row, the column
     * {@code heading} and the cell's value.
     */
    public static void refuseFirst(Connection c, String fileName, Raw raw, String heading, String badSql, String problem)
            throws SQLException, ImportException {
        CsvHeader h = raw.header();
        int i = h.indexOf(heading);
        if (i < 0) return;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT rowid, " + SqlQuoting.identifier(
                h.names().get(i)) + " FROM " + raw.sql() + " WHERE " + badSql + " ORDER BY rowid LIMIT 1")) {
            if (!r.next()) return;
            throw new ImportException(new ImportLocation(fileName, null, raw.fileRow(r.getLong(1)), i + 1, h.names().get(i)),
                    "'" + org.highneeds.data.internal.csv.Sql.shorten(r.getString(2)) + "' is " + problem);
        }
    }

    private static void checkCellLengths(Connection c, String name, Raw raw) throws SQLException, ImportException {
        CsvHeader header = raw.header();
        String table = raw.sql();
        // a cell has at most as many characters as bytes, so only a column with a cell longer than the limit in
        // bytes (from the profile) needs its characters counted
        List<String> names = header.names();
        List<Integer> suspects = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (raw.profile().maxBytes(i) > MAX_CELL_CHARS) suspects.add(i);
        }
        if (suspects.isEmpty()) return;
        StringBuilder q = new StringBuilder("SELECT ");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) q.append(", ");
            q.append(suspects.contains(i) ? "max(length(" + SqlQuoting.identifier(names.get(i)) + "))" : "0");
        }
        q.append(" FROM ").append(table);
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(q.toString())) {
            r.next();
            for (int i = 0; i < names.size(); i++) {
                if (r.getLong(i + 1) > MAX_CELL_CHARS) {
                    long rowid = Sql.queryLong(c, "SELECT min(rowid) FROM " + table + " WHERE length("
                            + SqlQuoting.identifier(names.get(i)) + ") > " + MAX_CELL_CHARS);
                    throw new ImportException(new ImportLocation(name, null, raw.fileRow(rowid), i + 1, names.get(i)),
                            "a cell of " + r.getLong(i + 1) + " characters (limit " + MAX_CELL_CHARS
                                    + "): this is not a statistics table of the expected kind");
                }
            }
        }
    }

    /** Turns DuckDB's refusal into a precise message, scanning the file for the exact row and column. */
    private static ImportException diagnose(SourceFile file, CsvHeader header, SQLException e) {
        String name = file.fileName();
        CsvDiagnosis.Problem p = null;
        try {
            p = CsvDiagnosis.scan(file.path(), header.names().size());
        } catch (IOException io) {
            e.addSuppressed(io);
        }
        if (p != null) {
            int col = p.column();
            String colName = col >= 1 && col <= header.names().size() ? header.names().get(col - 1) : null;
            return new ImportException(new ImportLocation(name, null, p.row(), col, colName), p.message(), e);
        }
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        Matcher m = DUCKDB_LINE.matcher(msg);
        long line = m.find() ? Long.parseLong(m.group(1)) : 0;
        String first = msg.lines().filter(l -> !l.isBlank()).limit(4).reduce((a, b) -> a + " " + b).orElse(msg);
        return new ImportException(new ImportLocation(name, null, line, 0, null),
                "the CSV reader refused the file: " + first.toLowerCase(Locale.ROOT).replace("invalid input error: ", ""), e);
    }
}
