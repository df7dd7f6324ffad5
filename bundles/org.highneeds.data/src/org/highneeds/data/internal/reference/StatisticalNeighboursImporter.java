package org.highneeds.data.internal.reference;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.highneeds.data.internal.sheet.Headings;
import org.highneeds.data.internal.sheet.ImportSupport;
import org.highneeds.data.internal.sheet.SheetReader;
import org.highneeds.data.internal.sheet.SheetReaders;
import org.highneeds.data.internal.sheet.SheetRow;
import org.highneeds.data.internal.sheet.Sniff;

/**
 * DfE children's services statistical neighbours workbook ({@code LA SN Groups} sheet): for each LA its 10
 * neighbours {@code SN1..SN10}, each followed by a proximity label column {@code SNP}, into {@code sn_neighbour}.
 */
public final class StatisticalNeighboursImporter extends AbstractDatasetImporter {

    /** Proximity labels in DfE's wording, keyed by normalised text. */
    private static final Map<String, String> PROXIMITY = Map.of(
            "extremely close", "Extremely close", "very close", "Very close", "close", "Close",
            "somewhat close", "Somewhat close", "not close", "Not close");
    private static final Pattern SN = Pattern.compile("sn ?(\\d{1,2})");
    private static final Pattern RELEASE = Pattern.compile(
            "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[ _-]?((?:19|20)\\d\\d)");
    private static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December" };

    private static final int MAX_HEADER_SEARCH = 30;

    /** Made by the dataset catalogue from the {@code org.highneeds.data.datasets} extension. */
    public StatisticalNeighboursImporter() {
        super("reference.statistical-neighbours", "1");
    }

    @Override
    public int recognise(SourceFile file) {
        Sniff s = Sniff.of(file);
        if (!s.isWorkbook()) return 0;
        int score = 0;
        if (s.has("LA SN Groups")) score += 60;
        if (s.has(">SN1<") || s.has(">SNP<")) score += 30;
        if (score == 0) return 0;
        if (s.fileName().startsWith("sn_") || s.fileName().contains("neighbour")) score += 10;
        return Math.min(score, 100);
    }

    /** Column layout found in the header row. */
    private record Layout(String sheet, long headerRow, int codeColumn, int[] neighbourColumn, int[] proximityColumn) {
    }

    private record Neighbour(String sheet, long row, int column, String la, int rank, String neighbour, String proximity,
            String section) {
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        SubMonitor sub = SubMonitor.convert(monitor, "Statistical neighbours " + file.fileName(), 3);
        String release = release(file.fileName());
        List<Neighbour> rows = new ArrayList<>();
        String[] section = { "current" };
        try (SheetReader reader = SheetReaders.open(file.path())) {
            Layout layout = findLayout(file, reader);
            sub.worked(1);
            reader.read(layout.sheet(), row -> {
                if (row.rowNumber() <= layout.headerRow()) return true;
                String label = sectionLabel(layout, row);
                if (label != null) {
                    section[0] = label; // e.g. "Old SNs": neighbour sets of LAs abolished by reorganisation
                    return true;
                }
                readRow(file, layout, row, rows, sink, section[0]);
                return true;
            }, sub.split(1));
        }
        if (rows.isEmpty()) {
            throw new ImportException(new ImportLocation(file.fileName(), null, 0, 0, null), "no LA rows found under the header");
        }
        if (release == null) {
            release = "unknown";
            sink.warn(new ImportLocation(file.fileName(), null, 0, 0, null),
                    "no release (month and year) in the file name; stored as release 'unknown'");
        }
        Connection c = sink.connection();
        ImportLocation here = new ImportLocation(file.fileName(), null, 0, 0, null);
        try {
            Set<String> known = LaCodes.known(c);
            for (Neighbour n : rows) {
                if (!known.contains(n.la()) && n.rank() == 1) {
                    sink.warn(new ImportLocation(file.fileName(), n.sheet(), n.row(), 0, "LA number"), "unknown LA number " + n.la());
                }
                if (!known.contains(n.neighbour())) {
                    sink.warn(new ImportLocation(file.fileName(), n.sheet(), n.row(), n.column(), "SN" + n.rank()),
                            "unknown neighbour LA number " + n.neighbour() + " (kept)");
                }
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM sn_neighbour WHERE release = ?")) {
                del.setString(1, release);
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO sn_neighbour (provenance_id, release, la_code, "
                    + "neighbour_rank, neighbour_la_code, proximity, section) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Neighbour n : rows) {
                    ins.setLong(1, sink.provenanceId());
                    ins.setString(2, release);
                    ins.setString(3, n.la());
                    ins.setInt(4, n.rank());
                    ins.setString(5, n.neighbour());
                    ins.setString(6, n.proximity());
                    ins.setString(7, n.section());
                    ins.addBatch();
                }
                ins.executeBatch();
            }
        } catch (SQLException e) {
            throw ImportSupport.database(here, e);
        }
        sub.worked(1);
        return new ImportSummary(rows.size(), List.of("sn_neighbour"), release, release);
    }

    /** The text of a section heading row (no LA number, no neighbours, one short label), else null. */
    private static String sectionLabel(Layout layout, SheetRow row) {
        if (!row.cell(layout.codeColumn()).isBlank()) return null;
        String label = null;
        for (var c : row.cells()) {
            if (c.isBlank()) continue;
            if (label != null || c.type() != org.highneeds.data.internal.sheet.CellType.TEXT) return null;
            label = Headings.clean(c.text());
        }
        if (label == null || label.length() > 60) return null;
        return label.endsWith(":") ? label.substring(0, label.length() - 1).strip() : label;
    }

    private static void readRow(SourceFile file, Layout layout, SheetRow row, List<Neighbour> out, ImportSink sink,
            String section) throws ImportException {
        String la = LaCodes.normalise(row.cell(layout.codeColumn()));
        if (la == null) {
            if (!row.cell(layout.codeColumn()).isBlank()) {
                sink.warn(ImportSupport.at(file, layout.sheet(), row.rowNumber(), layout.codeColumn(), "LA number"),
                        "not an LA number: '" + row.text(layout.codeColumn()) + "'; row skipped");
            } else {
                sink.warn(ImportSupport.at(file, layout.sheet(), row.rowNumber(), layout.codeColumn(), "LA number"),
                        "row without an LA number skipped: " + row);
            }
            return;
        }
        for (int k = 0; k < 10; k++) {
            int nc = layout.neighbourColumn()[k];
            ImportLocation where = ImportSupport.at(file, layout.sheet(), row.rowNumber(), nc, "SN" + (k + 1));
            String n = LaCodes.normalise(row.cell(nc));
            if (n == null) {
                if (row.cell(nc).isBlank()) {
                    sink.warn(where, "LA " + la + " has no neighbour " + (k + 1));
                    continue;
                }
                ImportSupport.label(row.cell(nc), where, ImportSupport.MAX_LABEL_CHARS);
                throw new ImportException(where, "not an LA number: '" + row.text(nc) + "'");
            }
            String proximity = null;
            int pc = layout.proximityColumn()[k];
            if (pc > 0) {
                ImportLocation pw = ImportSupport.at(file, layout.sheet(), row.rowNumber(), pc, "SNP");
                String raw = ImportSupport.label(row.cell(pc), pw, 40);
                if (!raw.isEmpty()) {
                    proximity = PROXIMITY.get(raw.toLowerCase(Locale.ROOT));
                    if (proximity == null) {
                        proximity = raw;
                        sink.warn(pw, "unexpected proximity label '" + raw + "' (kept as written)");
                    }
                }
            }
            out.add(new Neighbour(layout.sheet(), row.rowNumber(), nc, la, k + 1, n, proximity, section));
        }
    }

    /** Finds the sheet and the header row holding SN1..SN10, matching headings by text. */
    private static Layout findLayout(SourceFile file, SheetReader reader) throws ImportException {
        List<String> sheets = reader.sheetNames();
        List<String> order = new ArrayList<>(sheets);
        if (order.remove("LA SN Groups")) order.add(0, "LA SN Groups");
        for (String sheet : order) {
            for (SheetRow row : reader.head(sheet, MAX_HEADER_SEARCH)) {
                int code = 0;
                int[] sn = new int[10];
                int[] snp = new int[10];
                for (int c = 1; c <= row.lastColumn(); c++) {
                    String k = Headings.key(row.text(c));
                    if (code == 0 && (k.equals("la num") || k.equals("la number") || k.equals("la code"))) code = c;
                    Matcher m = SN.matcher(k);
                    if (m.matches()) {
                        int rank = Integer.parseInt(m.group(1));
                        if (rank >= 1 && rank <= 10 && sn[rank - 1] == 0) {
                            sn[rank - 1] = c;
                            if (Headings.key(row.text(c + 1)).startsWith("snp")) snp[rank - 1] = c + 1;
                        }
                    }
                }
                boolean all = code > 0;
                for (int v : sn) all &= v > 0;
                if (all) return new Layout(sheet, row.rowNumber(), code, sn, snp);
            }
        }
        throw new ImportException(new ImportLocation(file.fileName(), null, 0, 0, null),
                "wrong layout: no sheet has a header row with 'LA num' and SN1..SN10 in its first " + MAX_HEADER_SEARCH
                        + " rows (sheets: " + sheets + ")");
    }

    /** 'May 2025' from a name such as sn_may_2025.xlsx; null when there is none. */
    static String release(String fileName) {
        Matcher m = RELEASE.matcher(fileName.toLowerCase(Locale.ROOT));
        if (!m.find()) return null;
        String mon = m.group(1);
        for (String month : MONTHS) {
            if (month.toLowerCase(Locale.ROOT).startsWith(mon)) return month + " " + m.group(2);
        }
        return null;
    }
}
