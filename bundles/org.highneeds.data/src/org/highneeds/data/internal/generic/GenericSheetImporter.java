package org.highneeds.data.internal.generic;

import org.highneeds.data.SqlQuoting;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.highneeds.data.imports.DatasetImporter;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportLocation;
import org.highneeds.data.imports.ImportSink;
import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.internal.sheet.CellType;
import org.highneeds.data.internal.sheet.Headings;
import org.highneeds.data.internal.sheet.ImportSupport;
import org.highneeds.data.internal.sheet.LongRowWriter;
import org.highneeds.data.internal.sql.Sql;
import org.highneeds.data.internal.util.Markers;
import org.highneeds.data.internal.sheet.SheetCell;
import org.highneeds.data.internal.sheet.SheetReader;
import org.highneeds.data.internal.sheet.CsvSheetReader;
import org.highneeds.data.internal.sheet.SheetReaders;
import org.highneeds.data.internal.sheet.SheetRow;

/**
 * Any CSV, xlsx or ods sheet as a table: the first non-empty row gives the column names, types are sniffed from the
 * first {@link #DEFAULT_SNIFF_ROWS} data rows (bounded), the caller may override them, then every row is loaded.
 * Number columns get a {@code <name>_marker} column for suppression codes and errors. A later value that does not
 * fit the sniffed type widens the column (whole numbers to decimals, anything to text) with a warning; a value that
 * does not fit a type the caller chose stops the import with its row and column. The lowest-priority importer: it recognises any
 * spreadsheet weakly.
 */
public final class GenericSheetImporter implements DatasetImporter {

    /** Most columns of a sheet imported generically (wider ones took gigabytes in DuckDB's appender). */
    public static final int MAX_COLUMNS = 2_048;

    /** Data rows looked at to infer types. */
    public static final int DEFAULT_SNIFF_ROWS = 1000;

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final DateTimeFormatter DMY_DASH = DateTimeFormatter.ofPattern("d-M-uuuu");

    private final String tableName;
    private final String sheet;
    private final Map<String, ColumnType> overrides;
    private final int sniffRows;
    private final long headerRow;

    /** For the extension registry: table named after the file, first sheet, inferred types. */
    public GenericSheetImporter() {
        this(null, null, Map.of(), DEFAULT_SNIFF_ROWS);
    }

    /**
     * An import into {@code tableName} of {@code sheet} (null = first sheet) with column types overridden by column
     * name (as in {@link ColumnSpec#name()}).
     */
    public GenericSheetImporter(String tableName, String sheet, Map<String, ColumnType> overrides, int sniffRows) {
        this(tableName, sheet, overrides, sniffRows, 0);
    }

    private GenericSheetImporter(String tableName, String sheet, Map<String, ColumnType> overrides, int sniffRows, long headerRow) {
        this.tableName = tableName;
        this.sheet = sheet;
        this.overrides = Map.copyOf(overrides);
        this.sniffRows = Math.max(1, sniffRows);
        this.headerRow = headerRow;
    }

    /** A copy that takes its headings from 1-based row {@code row} (0 = the first non-empty row), for sheets with titles above. */
    public GenericSheetImporter withHeaderRow(long row) {
        return new GenericSheetImporter(tableName, sheet, overrides, sniffRows, row);
    }

    @Override
    public String id() {
        return "generic.sheet";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public int recognise(SourceFile file) {
        return SheetReaders.detect(file.fileName(), file.head()) == SheetReaders.Format.UNKNOWN ? 0 : 1;
    }

    /** First rows and inferred column types of {@code sheet} (null = first sheet) of {@code file}. */
    public static SheetPreview preview(Path file, String sheet, int previewRows, int sniffRows, IProgressMonitor monitor)
            throws ImportException {
        return preview(file, sheet, 0, previewRows, sniffRows, monitor);
    }

    /** As {@link #preview(Path, String, int, int, IProgressMonitor)} with headings taken from 1-based row {@code headerRow} (0 = first non-empty). */
    public static SheetPreview preview(Path file, String sheet, long headerRow, int previewRows, int sniffRows,
            IProgressMonitor monitor) throws ImportException {
        try (SheetReader reader = SheetReaders.open(file)) {
            return preview(reader, sheet, headerRow, previewRows, sniffRows, monitor);
        }
    }

    private static SheetPreview preview(SheetReader reader, String sheet, long headerRow, int previewRows, int sniffRows,
            IProgressMonitor monitor) throws ImportException {
        List<String> sheets = reader.sheetNames();
        String s = sheet != null ? sheet : sheets.get(0);
        List<SheetRow> header = new ArrayList<>(1);
        List<List<String>> rows = new ArrayList<>();
        Map<Integer, TypeVote> votes = new LinkedHashMap<>();
        int[] sampled = new int[1];
        reader.read(s, row -> {
            if (header.isEmpty()) {
                if (row.rowNumber() < headerRow) return true;
                if (headerRow > 0 && row.rowNumber() > headerRow) {
                    throw new ImportException(new ImportLocation(reader.fileName(), s, headerRow, 0, null), "the heading row is empty");
                }
                header.add(row);
                return true;
            }
            if (rows.size() < previewRows) {
                List<String> texts = new ArrayList<>();
                for (int c = 1; c <= header.get(0).lastColumn(); c++) texts.add(row.cell(c).asText());
                rows.add(texts);
            }
            for (int c = 1; c <= header.get(0).lastColumn(); c++) {
                votes.computeIfAbsent(c, k -> new TypeVote()).add(row.cell(c));
            }
            return ++sampled[0] < sniffRows || rows.size() < previewRows;
        }, monitor);
        if (header.isEmpty()) {
            throw new ImportException(new ImportLocation(reader.fileName(), s, 0, 0, null), "the sheet is empty");
        }
        List<ColumnSpec> cols = new ArrayList<>();
        Set<String> used = new HashSet<>(Set.of("provenance_id"));
        SheetRow h = header.get(0);
        if (h.lastColumn() > MAX_COLUMNS) {
            // each column costs a vector per row batch in DuckDB, twice for numbers (value and marker)
            throw new ImportException(new ImportLocation(reader.fileName(), s, h.rowNumber(), MAX_COLUMNS + 1, null),
                    "the heading row has " + h.lastColumn() + " columns; a sheet import takes at most " + MAX_COLUMNS
                            + " (is this a table of data, one record per row?)");
        }
        for (int c = 1; c <= h.lastColumn(); c++) {
            String heading = Headings.clean(h.text(c));
            String name = uniqueName(sqlName(heading, c), used);
            TypeVote v = votes.get(c);
            ColumnType t = v == null ? ColumnType.TEXT : v.result();
            if (looksLikeIdentifier(name)) t = ColumnType.TEXT; // codes keep leading zeros and are never summed
            cols.add(new ColumnSpec(c, heading, name, t));
        }
        return new SheetPreview(reader.fileName(), sheets, s, h.rowNumber(), cols, rows, sampled[0]);
    }

    private static boolean looksLikeIdentifier(String name) {
        return name.endsWith("code") || name.endsWith("_id") || name.equals("urn") || name.endsWith("_urn")
                || name.contains("postcode");
    }

    static String sqlName(String heading, int column) {
        String s = heading.toLowerCase(Locale.ROOT).replace("%", " pc ").replace("£", " gbp ")
                .replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty()) s = "column_" + SheetCell.columnLetters(column).toLowerCase(Locale.ROOT);
        if (Character.isDigit(s.charAt(0))) s = "c_" + s;
        if (s.length() > 60) s = s.substring(0, 60);
        return s;
    }

    private static String uniqueName(String base, Set<String> used) {
        String n = base;
        for (int i = 2; !used.add(n) || !used.add(n + "_marker"); i++) n = base + "_" + i;
        return n;
    }

    /** Accumulates what the sampled values of one column could be. */
    private static final class TypeVote {
        boolean integer, decimal, bool, date, timestamp, text;

        void add(SheetCell cell) {
            switch (cell.type()) {
                case BLANK, ERROR -> {
                }
                case NUMBER -> {
                    if (cell.number() == Math.rint(cell.number()) && Math.abs(cell.number()) < 9e15) integer = true;
                    else decimal = true;
                }
                case BOOLEAN -> bool = true;
                case DATE -> {
                    if (cell.date().toLocalTime().toSecondOfDay() == 0) date = true;
                    else timestamp = true;
                }
                case TEXT -> addText(cell.text().strip());
            }
        }

        void addText(String s) {
            if (s.isEmpty()) return;
            Markers.Parsed p = Markers.parseSheetText(s);
            if (!p.hasValue() && !p.unreadable()) return; // a marker: says nothing about the type
            if (p.hasValue()) {
                if (s.length() > 1 && s.charAt(0) == '0' && Character.isDigit(s.charAt(1))) text = true; // '0123': a code
                else if (INTEGER_TEXT.matcher(s).matches()) integer = true;
                else decimal = true;
                return;
            }
            if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) bool = true;
            else if (parseDate(s) != null) date = true;
            else if (parseTimestamp(s) != null) timestamp = true;
            else text = true;
        }

        ColumnType result() {
            int kinds = (integer || decimal ? 1 : 0) + (bool ? 1 : 0) + (date || timestamp ? 1 : 0);
            if (text || kinds != 1) return ColumnType.TEXT;
            if (decimal) return ColumnType.DECIMAL;
            if (integer) return ColumnType.INTEGER;
            if (bool) return ColumnType.BOOLEAN;
            return timestamp ? ColumnType.TIMESTAMP : ColumnType.DATE;
        }
    }

    static LocalDate parseDate(String s) {
        for (DateTimeFormatter f : new DateTimeFormatter[] { DateTimeFormatter.ISO_LOCAL_DATE, DMY, DMY_DASH }) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    static LocalDateTime parseTimestamp(String s) {
        try {
            return LocalDateTime.parse(s.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        SubMonitor sub = SubMonitor.convert(monitor, "Import " + file.fileName(), 10);
        ImportLocation fileLoc = new ImportLocation(file.fileName(), sheet, 0, 0, null);
        String table = tableName != null ? tableName : sqlName("sheet_" + file.fileName().replaceAll("\\.[^.]*$", ""), 1);
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new ImportException(fileLoc, "table name '" + table + "' must be lower case letters, digits and _");
        }
        Connection c = sink.connection();
        try (SheetReader reader = SheetReaders.open(file.path())) {
            if (reader instanceof CsvSheetReader csv) {
                // a file read another way than the usual is said, so a wrong guess is seen at once
                if (csv.delimiter() != ',') {
                    sink.warn(fileLoc, "fields separated by " + CsvSheetReader.delimiterName(csv.delimiter()) + ", not commas: read so");
                }
                if (csv.charset().name().startsWith("UTF-16")) {
                    sink.warn(fileLoc, "the file is " + csv.charset().name() + " text (not UTF-8): decoded as such");
                }
            }
            SheetPreview p = preview(reader, sheet, headerRow, 0, sniffRows, sub.split(2));
            List<ColumnSpec> cols = new ArrayList<>();
            for (ColumnSpec cs : p.columns()) cols.add(overrides.containsKey(cs.name()) ? cs.withType(overrides.get(cs.name())) : cs);
            for (String o : overrides.keySet()) {
                if (cols.stream().noneMatch(cs -> cs.name().equals(o))) {
                    throw new ImportException(fileLoc, "type override for unknown column '" + o + "'");
                }
            }
            prepareTable(c, table, cols, fileLoc);
            long[] rows = new long[1];
            // a later value that does not fit a sniffed type widens the column and the sheet is read again; each column
            // widens at most twice (INTEGER -> DECIMAL -> TEXT), so this ends
            for (Widening w; (w = loadRows(file, sink, c, table, reader, p, cols, rows, sub.split(7))) != null; ) {
                ColumnSpec was = cols.get(w.index());
                cols.set(w.index(), was.withType(w.to()));
                sink.warn(w.where(), "value '" + abbreviate(w.value()) + "' is not " + was.type() + " as sniffed from the first "
                        + p.sampledRows() + " rows: column '" + was.name() + "' imported as " + w.to() + " instead");
                try (Statement s = c.createStatement()) {
                    s.execute("DROP TABLE " + table);
                }
                prepareTable(c, table, cols, fileLoc);
                sub.setWorkRemaining(8);
            }
            describe(c, table, cols, file.fileName(), p.sheet());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO meta.generic_import (provenance_id, table_name, "
                    + "source_file, sheet, columns_json, row_count) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, sink.provenanceId());
                ps.setString(2, table);
                ps.setString(3, file.fileName());
                ps.setString(4, p.sheet());
                ps.setString(5, json(cols));
                ps.setLong(6, rows[0]);
                ps.executeUpdate();
            }
            return new ImportSummary(rows[0], List.of(table), null, null);
        } catch (SQLException e) {
            throw ImportSupport.database(fileLoc, e);
        }
    }

    /** A sniffed column type a later cell did not fit: the column (index in the column list), the wider type, where. */
    private record Widening(int index, ColumnType to, ImportLocation where, String value) {
    }

    /**
     * Writes every data row of the sheet into {@code table}; stops at the first cell that does not fit its column's
     * sniffed type and returns the widening it needs (null when every row was written). A type the caller chose is
     * never widened: such a cell stops the import.
     */
    private Widening loadRows(SourceFile file, ImportSink sink, Connection c, String table, SheetReader reader, SheetPreview p,
            List<ColumnSpec> cols, long[] rows, IProgressMonitor monitor) throws ImportException, SQLException {
        List<String> names = new ArrayList<>(List.of("provenance_id"));
        for (ColumnSpec cs : cols) {
            names.add(cs.name());
            if (cs.type().isNumeric()) names.add(cs.name() + "_marker");
        }
        Widening[] widening = new Widening[1];
        rows[0] = 0;
        try (LongRowWriter out = new LongRowWriter(c, table, names.toArray(String[]::new))) {
            reader.read(p.sheet(), row -> {
                if (row.rowNumber() <= p.headerRow()) return true;
                List<Object> values = new ArrayList<>(names.size());
                values.add(sink.provenanceId());
                for (int i = 0; i < cols.size(); i++) {
                    ColumnSpec cs = cols.get(i);
                    if (!convert(row, cs, values)) {
                        SheetCell cell = row.cell(cs.column());
                        ImportLocation where = ImportSupport.at(file, p.sheet(), row.rowNumber(), cs.column(), cs.heading());
                        if (overrides.containsKey(cs.name())) throw misfit(where, cell, cs);
                        widening[0] = new Widening(i, wider(cs.type(), cell), where, cell.asText());
                        return false;
                    }
                }
                for (int extra = cols.size() + 1; extra <= row.lastColumn(); extra++) {
                    if (!row.cell(extra).isBlank()) {
                        throw new ImportException(ImportSupport.at(file, p.sheet(), row.rowNumber(), extra, null),
                                "value beyond the last headed column: '" + abbreviate(row.cell(extra).asText()) + "'");
                    }
                }
                try {
                    out.add(values.toArray());
                } catch (SQLException e) {
                    throw ImportSupport.database(ImportSupport.at(file, p.sheet(), row.rowNumber(), 0, null), e);
                }
                rows[0]++;
                return true;
            }, monitor);
            out.flush();
        }
        return widening[0];
    }

    /** The narrowest type wider than {@code type} that holds {@code cell}: a fraction in a whole-number column is DECIMAL. */
    private static ColumnType wider(ColumnType type, SheetCell cell) {
        return type == ColumnType.INTEGER && Markers.parseSheet(cell).hasValue() ? ColumnType.DECIMAL : ColumnType.TEXT;
    }

    /**
     * Describes every table this importer made that is still registered in {@code meta.generic_import}, from the
     * registry (schema V061: tables imported before descriptions existed).
     */
    public static void describeImported(Connection c) throws SQLException {
        List<String[]> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT g.table_name, g.source_file, g.sheet, "
                + "g.columns_json FROM meta.generic_import g JOIN duckdb_tables() t ON t.table_name = g.table_name AND "
                + "t.schema_name = 'main' AND t.database_name = current_database() ORDER BY g.table_name")) {
            while (r.next()) tables.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)});
        }
        for (String[] t : tables) {
            List<ColumnSpec> cols = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT j.name, j.heading, j.type FROM (SELECT unnest(from_json(?, "
                    + "'[{\"name\": \"VARCHAR\", \"heading\": \"VARCHAR\", \"type\": \"VARCHAR\"}]')) AS j)")) {
                p.setString(1, t[3]);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        cols.add(new ColumnSpec(cols.size() + 1, r.getString(2), r.getString(1), ColumnType.valueOf(r.getString(3))));
                    }
                }
            }
            describe(c, t[0], cols, t[1], t[2]);
        }
    }

    /**
     * Describes the table and its columns for the Data view and SQL completion: the source file and sheet, and each
     * column's heading (a marker column holds what a numeric cell said instead of a number).
     */
    private static void describe(Connection c, String table, List<ColumnSpec> cols, String fileName, String sheet)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("COMMENT ON TABLE " + table + " IS " + SqlQuoting.literal("Sheet '" + sheet + "' of " + fileName
                    + ", imported as it was (generic sheet import); one row per data row of the sheet."));
            s.execute("COMMENT ON COLUMN " + table + ".provenance_id IS " + SqlQuoting.literal("The import these rows come "
                    + "from (provenance.id): file " + fileName + "."));
            for (ColumnSpec cs : cols) {
                String heading = cs.heading() == null || cs.heading().isBlank() ? "(no heading)" : cs.heading();
                s.execute("COMMENT ON COLUMN " + table + "." + cs.name() + " IS " + SqlQuoting.literal("Column '" + heading + "' of "
                        + fileName + " (" + cs.type().name().toLowerCase(Locale.ROOT)
                        + (cs.type().isNumeric() ? "; NULL when the cell held a marker or was blank, see "
                                + cs.name() + "_marker" : "") + ")."));
                if (cs.type().isNumeric()) {
                    s.execute("COMMENT ON COLUMN " + table + "." + cs.name() + "_marker IS " + SqlQuoting.literal("What "
                            + "column '" + heading + "' of " + fileName + " held when it was not a number: a "
                            + "suppression marker such as c, x, z or low, '' for a blank cell; NULL when "
                            + cs.name() + " has a value."));
                }
            }
        }
    }

    /** Creates the table; replaces it only when an earlier generic import made it. */
    private static void prepareTable(Connection c, String table, List<ColumnSpec> cols, ImportLocation where)
            throws SQLException, ImportException {
        boolean exists;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                exists = rs.getLong(1) > 0;
            }
        }
        if (exists) {
            boolean ours;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM meta.generic_import WHERE table_name = ?")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    ours = rs.getLong(1) > 0;
                }
            }
            if (!ours) throw new ImportException(where, "table '" + table + "' exists and was not made by a sheet import; choose another name");
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE " + table);
                s.execute("DELETE FROM meta.generic_import WHERE table_name = '" + table + "'");
            }
        }
        StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(table).append(" (provenance_id BIGINT NOT NULL");
        for (ColumnSpec cs : cols) {
            ddl.append(", ").append(cs.name()).append(' ').append(cs.type().sqlType());
            if (cs.type().isNumeric()) ddl.append(", ").append(cs.name()).append("_marker VARCHAR");
        }
        ddl.append(')');
        try (Statement s = c.createStatement()) {
            s.execute(ddl.toString());
        }
    }

    /** Adds the value (and marker) of {@code cs} in {@code row} to {@code out}; false, adding nothing, when the cell does not fit. */
    private static boolean convert(SheetRow row, ColumnSpec cs, List<Object> out) {
        SheetCell cell = row.cell(cs.column());
        switch (cs.type()) {
            case TEXT -> out.add(cell.isBlank() ? null : cell.asText());
            case INTEGER, DECIMAL -> {
                Markers.Parsed p = Markers.parseSheet(cell);
                if (p.unreadable()) return false;
                Object v = p.value();
                if (v != null && cs.type() == ColumnType.INTEGER) {
                    double d = p.value();
                    if (d != Math.rint(d)) return false;
                    v = (long) d;
                }
                out.add(v);
                out.add(p.marker());
            }
            case BOOLEAN -> {
                if (cell.isBlank() || cell.type() == CellType.ERROR) out.add(null);
                else if (cell.type() == CellType.BOOLEAN) out.add(cell.bool());
                else if (cell.asText().strip().equalsIgnoreCase("true")) out.add(true);
                else if (cell.asText().strip().equalsIgnoreCase("false")) out.add(false);
                else if (Markers.CODES.contains(cell.asText().strip().toLowerCase(Locale.ROOT))) out.add(null);
                else return false;
            }
            case DATE, TIMESTAMP -> {
                if (cell.isBlank() || cell.type() == CellType.ERROR) {
                    out.add(null);
                } else if (cell.type() == CellType.DATE) {
                    out.add(cs.type() == ColumnType.DATE ? cell.date().toLocalDate() : cell.date());
                } else {
                    String s = cell.asText().strip();
                    LocalDate d = parseDate(s);
                    LocalDateTime t = d == null ? parseTimestamp(s) : d.atStartOfDay();
                    if (t == null) {
                        if (Markers.CODES.contains(s.toLowerCase(Locale.ROOT))) {
                            out.add(null);
                            return true;
                        }
                        return false;
                    }
                    out.add(cs.type() == ColumnType.DATE ? t.toLocalDate() : t);
                }
            }
        }
        return true;
    }

    private static ImportException misfit(ImportLocation where, SheetCell cell, ColumnSpec cs) {
        return new ImportException(where, "value '" + abbreviate(cell.asText()) + "' is not " + cs.type()
                + " (the type chosen for column '" + cs.name() + "')");
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static String json(List<ColumnSpec> cols) {
        StringBuilder b = new StringBuilder("[");
        for (ColumnSpec cs : cols) {
            if (b.length() > 1) b.append(',');
            b.append("{\"name\":\"").append(cs.name()).append("\",\"heading\":\"")
                    .append(cs.heading().replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\"type\":\"")
                    .append(cs.type()).append("\"}");
        }
        return b.append(']').toString();
    }

    /** Convenience for callers without a monitor. */
    public static SheetPreview preview(Path file, String sheet, int previewRows) throws ImportException {
        return preview(file, sheet, previewRows, DEFAULT_SNIFF_ROWS, new NullProgressMonitor());
    }
}
