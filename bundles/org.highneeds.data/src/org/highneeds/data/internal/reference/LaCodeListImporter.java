package org.highneeds.data.internal.reference;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.highneeds.data.imports.AbstractDatasetImporter;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportLocation;
import org.highneeds.data.imports.ImportSink;
import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.internal.sheet.Headings;
import org.highneeds.data.internal.sheet.ImportSupport;
import org.highneeds.data.internal.sheet.SheetReader;
import org.highneeds.data.internal.sheet.SheetReaders;
import org.highneeds.data.internal.sheet.SheetRow;
import org.highneeds.data.internal.sheet.Sniff;

/**
 * The LAIT LA code list ({@code LA Number, LA Name, Region, Type}) into the {@code la} reference table, replacing
 * it whole; ONS codes come from the {@code la_ons_code} seed, {@code is_current} from {@code la_successor}.
 */
public final class LaCodeListImporter extends AbstractDatasetImporter {

    private static final int MAX_HEADER_SEARCH = 20;

    /** Made by the dataset catalogue from the {@code org.highneeds.data.datasets} extension. */
    public LaCodeListImporter() {
        super("reference.la-code-list", "1");
    }

    @Override
    public int recognise(SourceFile file) {
        Sniff s = Sniff.of(file);
        if (!s.isWorkbook()) return 0;
        int score = 0;
        if (!(s.has(">LA Number<") && s.has(">LA Name<"))) return 0;
        score += 50;
        if (s.has(">Type<") && s.has(">Region<")) score += 30;
        if (s.has("(Pre LG)")) score += 10;
        if (s.fileName().contains("la_code") || s.fileName().contains("code_list")) score += 10;
        return Math.min(score, 100);
    }

    private record Columns(String sheet, long headerRow, int code, int name, int region, int type) {
    }

    private record La(long row, String code, String name, String region, String type) {
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        SubMonitor sub = SubMonitor.convert(monitor, "LA code list " + file.fileName(), 3);
        Map<String, La> las = new LinkedHashMap<>();
        try (SheetReader reader = SheetReaders.open(file.path())) {
            Columns cols = findColumns(file, reader);
            sub.worked(1);
            reader.read(cols.sheet(), row -> {
                if (row.rowNumber() <= cols.headerRow()) return true;
                ImportLocation where = ImportSupport.at(file, cols.sheet(), row.rowNumber(), cols.code(), "LA Number");
                String code = LaCodes.normalise(row.cell(cols.code()));
                if (code == null) {
                    ImportSupport.label(row.cell(cols.code()), where, ImportSupport.MAX_LABEL_CHARS);
                    sink.warn(where, "not an LA number: '" + row.text(cols.code()) + "'; row skipped");
                    return true;
                }
                String name = ImportSupport.label(row.cell(cols.name()),
                        ImportSupport.at(file, cols.sheet(), row.rowNumber(), cols.name(), "LA Name"), ImportSupport.MAX_LABEL_CHARS);
                if (name.isEmpty()) throw new ImportException(where, "LA " + code + " has no name");
                String region = cols.region() > 0 ? nullIfNa(ImportSupport.label(row.cell(cols.region()),
                        ImportSupport.at(file, cols.sheet(), row.rowNumber(), cols.region(), "Region"), ImportSupport.MAX_LABEL_CHARS)) : null;
                String type = cols.type() > 0 ? nullIfNa(ImportSupport.label(row.cell(cols.type()),
                        ImportSupport.at(file, cols.sheet(), row.rowNumber(), cols.type(), "Type"), 20)) : null;
                La previous = las.put(code, new La(row.rowNumber(), code, name, region, type));
                if (previous != null) {
                    sink.warn(where, "LA number " + code + " listed twice (rows " + previous.row() + " and " + row.rowNumber()
                            + "); the later row is kept");
                }
                return true;
            }, sub.split(1));
        }
        if (las.isEmpty()) throw new ImportException(new ImportLocation(file.fileName(), null, 0, 0, null), "no LA rows found");
        Connection c = sink.connection();
        try {
            Map<String, String> ons = currentOnsCodes(c);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM la");
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO la (la_code, ons_code, name, region, la_type, "
                    + "is_current, provenance_id) VALUES (?, ?, ?, ?, ?, NOT EXISTS (SELECT 1 FROM la_successor s "
                    + "WHERE s.old_la_code = ? AND s.kind IN ('merge', 'split')), ?)")) {
                for (La la : las.values()) {
                    String o = ons.get(la.code());
                    if (o == null && la.type() != null) {
                        sink.warn(new ImportLocation(file.fileName(), null, la.row(), 0, "LA Number"),
                                "no ONS code known for LA " + la.code() + " " + la.name() + " (add it to la_ons_code)");
                    }
                    ins.setString(1, la.code());
                    ins.setString(2, o);
                    ins.setString(3, la.name());
                    ins.setString(4, la.region());
                    ins.setString(5, la.type());
                    ins.setString(6, la.code());
                    ins.setLong(7, sink.provenanceId());
                    ins.addBatch();
                }
                ins.executeBatch();
            }
        } catch (SQLException e) {
            throw ImportSupport.database(new ImportLocation(file.fileName(), null, 0, 0, null), e);
        }
        sub.worked(1);
        return new ImportSummary(las.size(), List.of("la"), null, null);
    }

    /** The ONS code in force now (or last) for each LA number. */
    private static Map<String, String> currentOnsCodes(Connection c) throws SQLException {
        Map<String, String> m = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT la_code, ons_code FROM la_ons_code "
                        + "ORDER BY la_code, coalesce(year_to, 9999), coalesce(year_from, 0)")) {
            while (rs.next()) m.put(rs.getString(1), rs.getString(2)); // last per code wins: the open-ended one
        }
        return m;
    }

    private static String nullIfNa(String s) {
        return s.isEmpty() || s.equalsIgnoreCase("NA") || s.equalsIgnoreCase("N/A") ? null : s;
    }

    private static Columns findColumns(SourceFile file, SheetReader reader) throws ImportException {
        for (String sheet : reader.sheetNames()) {
            for (SheetRow row : reader.head(sheet, MAX_HEADER_SEARCH)) {
                int code = 0, name = 0, region = 0, type = 0;
                for (int c = 1; c <= row.lastColumn(); c++) {
                    String k = Headings.key(row.text(c));
                    switch (k) {
                        case "la number", "la code" -> code = code == 0 ? c : code;
                        case "la name" -> name = name == 0 ? c : name;
                        case "region" -> region = region == 0 ? c : region;
                        case "type", "la type" -> type = type == 0 ? c : type;
                        default -> {
                        }
                    }
                }
                // a code list has LA Number, LA Name and Region or Type; other LA tables (neighbours) do not match
                if (code > 0 && name > 0 && (region > 0 || type > 0)) return new Columns(sheet, row.rowNumber(), code, name, region, type);
            }
        }
        throw new ImportException(new ImportLocation(file.fileName(), null, 0, 0, null),
                "wrong layout: no header row with 'LA Number', 'LA Name' and 'Region' or 'Type' in the first " + MAX_HEADER_SEARCH + " rows");
    }
}
