package org.highneeds.data.internal.finance;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportLocation;
import org.highneeds.data.imports.ImportSink;
import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.internal.sheet.CellType;
import org.highneeds.data.internal.sheet.Headings;
import org.highneeds.data.internal.sheet.ImportSupport;
import org.highneeds.data.internal.sheet.SheetCell;
import org.highneeds.data.internal.sheet.SheetReader;
import org.highneeds.data.internal.sheet.SheetReaders;
import org.highneeds.data.internal.sheet.SheetRow;
import org.highneeds.data.internal.util.Markers;

/** What the two derived DSG tables of the DfE SEND and AP dashboard share: headings by name, periods, numbers. */
final class DsgDerivedTables {

    private static final Pattern PERIOD = Pattern.compile("20\\d{4}");

    private DsgDerivedTables() {
    }

    /** Writes one data row of a sheet into the insert statement (addBatch), given the sheet's headings and its period. */
    interface RowWriter {
        /** Adds {@code row} to {@code insert}. */
        void write(PreparedStatement insert, String sheet, Map<String, Integer> headings, SheetRow row, String period)
                throws ImportException, SQLException;
    }

    /**
     * Reads every sheet of {@code file}: in each, the first row with all {@code required} headings is the header (found
     * by content), every row below it a data row with its period in the "time_period" column, written by {@code writer}.
     */
    static ImportSummary loadEverySheet(SourceFile file, ImportSink sink, String table, String insertSql, List<String> required,
            RowWriter writer, IProgressMonitor monitor) throws ImportException {
        SubMonitor sub = SubMonitor.convert(monitor, "Importing " + file.fileName(), 10);
        long[] rows = new long[1];
        TreeSet<String> periods = new TreeSet<>();
        try (SheetReader reader = SheetReaders.open(file.path());
                PreparedStatement ins = sink.connection().prepareStatement(insertSql)) {
            List<String> sheets = reader.sheetNames();
            for (String sheet : sheets) {
                List<Map<String, Integer>> header = new ArrayList<>(1);
                reader.read(sheet, row -> {
                    if (header.isEmpty()) {
                        Map<String, Integer> h = headings(row, required);
                        if (h != null) header.add(h);
                        return true;
                    }
                    String period = period(file, sheet, row, header.get(0).get("time period"));
                    periods.add(period);
                    try {
                        writer.write(ins, sheet, header.get(0), row, period);
                    } catch (SQLException e) {
                        throw ImportSupport.database(ImportSupport.at(file, sheet, row.rowNumber(), 0, null), e);
                    }
                    rows[0]++;
                    return true;
                }, sub.split(8 / Math.max(1, sheets.size())));
            }
            ins.executeBatch();
        } catch (SQLException e) {
            throw ImportSupport.database(whole(file), e);
        }
        if (rows[0] == 0) {
            throw new ImportException(whole(file), "no sheet with a header row of " + String.join(", ", required) + " and data rows");
        }
        return new ImportSummary(rows[0], List.of(table), periods.first(), periods.last());
    }

    /** Column of each heading key in {@code row}; the row is a header when every one of {@code required} is there. */
    static Map<String, Integer> headings(SheetRow row, List<String> required) {
        Map<String, Integer> m = new HashMap<>();
        for (int c = 1; c <= row.lastColumn(); c++) m.putIfAbsent(Headings.key(row.text(c)), c);
        return m.keySet().containsAll(required) ? m : null;
    }

    /** The period cell ({@code 201920}, text or number) checked, as written. */
    static String period(SourceFile file, String sheet, SheetRow row, int column) throws ImportException {
        String p = row.cell(column).asText().strip();
        if (!PERIOD.matcher(p).matches() || (Integer.parseInt(p.substring(0, 4)) + 1) % 100 != Integer.parseInt(p.substring(4))) {
            throw new ImportException(ImportSupport.at(file, sheet, row.rowNumber(), column, "time_period"),
                    "'" + p + "' is not a financial year such as 201920");
        }
        return p;
    }

    /** The year in which the financial year {@code 201920} ends. */
    static int periodYear(String period) {
        return Integer.parseInt(period.substring(0, 4)) + 1;
    }

    /** A number cell; null for a blank or a marker; a text that is neither stops the import. */
    static Double number(SourceFile file, String sheet, SheetRow row, int column, String heading) throws ImportException {
        SheetCell cell = row.cell(column);
        if (cell.type() == CellType.NUMBER) return cell.number();
        Markers.Parsed p = Markers.parseSheet(cell);
        if (p.unreadable()) {
            throw new ImportException(ImportSupport.at(file, sheet, row.rowNumber(), column, heading),
                    "expected a number, found '" + cell.asText() + "'");
        }
        return p.value();
    }

    /** A text cell cleaned, null when blank. */
    static String text(SheetRow row, int column) {
        if (column <= 0) return null;
        String t = Headings.clean(row.text(column));
        return t.isEmpty() ? null : t;
    }

    static ImportLocation whole(SourceFile file) {
        return new ImportLocation(file.fileName(), null, 0, 0, null);
    }
}
