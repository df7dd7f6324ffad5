package org.highneeds.data.internal.independent;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.highneeds.data.imports.AbstractDatasetImporter;
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
import org.highneeds.data.internal.sheet.SheetRow;
import org.highneeds.data.internal.sheet.Sniff;

/**
 * The DfE list of special schools and colleges approved under section 41 ({@code Approved_S41_Full_List_*.xlsx}) into
 * {@code s41_institution}. The header row is found by its content (row 1 is a disclaimer); the sheet has three
 * sections (approved, provisional, withdrawn), each under a title row and a header row of its own, the last with
 * "Date removed from list" in place of the approval date.
 */
public final class Section41ListImporter extends AbstractDatasetImporter {

    /** Importer id. */
    public static final String ID = "dfe.section41-list";

    private static final String REFERENCE = "getting information about schools reference";
    private static final Pattern GIAS_REFERENCE = Pattern.compile("(\\d{3})\\s*/\\s*(\\d{4})(?!\\d)");

    /** Made by the dataset catalogue from the {@code org.highneeds.data.datasets} extension. */
    public Section41ListImporter() {
        super(ID, "1");
    }

    @Override
    public int recognise(SourceFile file) {
        Sniff s = Sniff.of(file);
        if (!s.isWorkbook() || !s.has("Getting Information about Schools reference")) return 0;
        return s.has("section 41") ? 95 : 60;
    }

    /** Where the fields of a section are, from its header row. */
    private record Header(long row, Map<String, Integer> columns, boolean removedDates) {
        int column(String key) {
            return columns.getOrDefault(key, 0);
        }
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        SubMonitor sub = SubMonitor.convert(monitor, "Section 41 list " + file.fileName(), 3);
        sink.describeDataset("dfe.section41-list", "Special schools and colleges approved under section 41", "Department for Education");
        return SchoolList.replace(file, sink, "s41_institution", 13, "institutions", (reader, ins) -> {
            long[] rows = new long[1];
            String sheet = findSheet(file, reader);
            sub.worked(1);
            Header[] header = new Header[1];
            String[] section = {"approved"};
            reader.read(sheet, row -> {
                Header h = header(row);
                if (h != null) {
                    header[0] = h;
                    return true;
                }
                int filled = 0;
                for (SheetCell cell : row.cells()) if (!cell.isBlank()) filled++;
                if (filled == 0) return true;
                if (filled == 1 && !row.cell(1).isBlank()) {
                    // a section title: "... provisional at this stage", "Institutions withdrawn from the list ..."
                    String title = row.text(1).toLowerCase(java.util.Locale.ROOT);
                    if (header[0] != null) section[0] = title.contains("withdrawn") ? "withdrawn" : title.contains("provisional") ? "provisional" : section[0];
                    return true;
                }
                if (header[0] == null) return true; // above the first header: the disclaimer
                h = header[0];
                try {
                    write(file, sink, sheet, row, h, section[0], ins);
                } catch (SQLException e) {
                    throw ImportSupport.database(ImportSupport.at(file, sheet, row.rowNumber(), 0, null), e);
                }
                rows[0]++;
                return true;
            }, sub.split(1));
            return rows[0];
        });
    }

    private static String findSheet(SourceFile file, SheetReader reader) throws ImportException {
        for (String sheet : reader.sheetNames()) {
            for (SheetRow row : reader.head(sheet, 20)) {
                if (header(row) != null) return sheet;
            }
        }
        throw new ImportException(new ImportLocation(file.fileName(), null, 0, 0, null), "no header row with 'Getting "
                + "Information about Schools reference', 'Local authority' and 'Institution trading name' in the first 20 rows");
    }

    /** The header of a section, or null when {@code row} is not one. */
    private static Header header(SheetRow row) {
        Map<String, Integer> columns = new HashMap<>();
        boolean removed = false;
        for (int c = 1; c <= row.lastColumn(); c++) {
            String k = Headings.key(row.text(c));
            String field = null;
            if (k.equals(REFERENCE)) field = "reference";
            else if (k.equals("local authority")) field = "la";
            else if (k.startsWith("institution trading name")) field = "trading";
            else if (k.startsWith("legal name")) field = "legal";
            else if (k.startsWith("independent special school")) field = "type";
            else if (k.startsWith("date approved")) field = "date";
            else if (k.startsWith("date removed")) {
                field = "date";
                removed = true;
            }
            if (field != null) columns.putIfAbsent(field, c);
        }
        return columns.containsKey("reference") && columns.containsKey("la") && columns.containsKey("trading")
                ? new Header(row.rowNumber(), columns, removed) : null;
    }

    private static void write(SourceFile file, ImportSink sink, String sheet, SheetRow row, Header h, String section,
            PreparedStatement ins) throws ImportException, SQLException {
        String reference = text(file, sheet, row, h.column("reference"));
        Matcher m = reference == null ? null : GIAS_REFERENCE.matcher(reference);
        // Welsh institutions have a note after the reference: "673/7905   Wales"
        boolean parsed = m != null && m.lookingAt();
        if (reference != null && !parsed) {
            sink.warn(ImportSupport.at(file, sheet, row.rowNumber(), h.column("reference"), "GIAS reference"),
                    "'" + reference + "' is not an LLL/EEEE reference; LA and establishment numbers left empty");
        }
        LocalDate date = date(file, sheet, row, h.column("date"));
        ins.setLong(1, sink.provenanceId());
        ins.setString(2, section);
        ins.setString(3, reference);
        ins.setString(4, parsed ? m.group(1) : null);
        ins.setObject(5, parsed ? Integer.valueOf(m.group(2)) : null);
        ins.setObject(6, parsed ? Integer.parseInt(m.group(1)) * 10000 + Integer.parseInt(m.group(2)) : null);
        ins.setString(7, text(file, sheet, row, h.column("la")));
        ins.setString(8, text(file, sheet, row, h.column("trading")));
        ins.setString(9, text(file, sheet, row, h.column("legal")));
        ins.setString(10, text(file, sheet, row, h.column("type")));
        ins.setObject(11, h.removedDates() ? null : date);
        ins.setObject(12, h.removedDates() ? date : null);
        ins.setLong(13, row.rowNumber());
        ins.addBatch();
    }

    /** The cell trimmed (no-break spaces inside names kept as written), null when blank or there is no such column. */
    static String text(SourceFile file, String sheet, SheetRow row, int column) throws ImportException {
        if (column == 0 || row.cell(column).isBlank()) return null;
        String t = row.cell(column).asText().strip().replaceAll("^\\u00a0+|\\u00a0+$", "");
        ImportSupport.label(row.cell(column), ImportSupport.at(file, sheet, row.rowNumber(), column, null), ImportSupport.MAX_LABEL_CHARS);
        return t.isEmpty() ? null : t;
    }

    private static LocalDate date(SourceFile file, String sheet, SheetRow row, int column) throws ImportException {
        if (column == 0) return null;
        SheetCell cell = row.cell(column);
        if (cell.type() == CellType.DATE) return cell.date().toLocalDate();
        // a date cell without a date style reads as its Excel serial number
        if (cell.type() == CellType.NUMBER && cell.number() > 0 && cell.number() < 100_000) {
            return LocalDate.of(1899, 12, 30).plusDays((long) cell.number());
        }
        if (cell.isBlank()) return null;
        throw new ImportException(ImportSupport.at(file, sheet, row.rowNumber(), column, "date"),
                "expected a date, found '" + cell.asText() + "'");
    }
}
