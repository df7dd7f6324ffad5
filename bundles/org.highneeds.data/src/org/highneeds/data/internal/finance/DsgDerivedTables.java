package org.highneeds.data.internal.finance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportLocation;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.internal.sheet.CellType;
import org.highneeds.data.internal.sheet.Headings;
import org.highneeds.data.internal.sheet.ImportSupport;
import org.highneeds.data.internal.sheet.SheetCell;
import org.highneeds.data.internal.sheet.SheetRow;
import org.highneeds.data.internal.util.Markers;

/** What the two derived DSG tables of the DfE SEND and AP dashboard share: headings by name, periods, numbers. */
final class DsgDerivedTables {

    private static final Pattern PERIOD = Pattern.compile("20\\d{4}");

    private DsgDerivedTables() {
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
