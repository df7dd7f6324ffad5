package org.highneeds.data.internal.finance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.highneeds.data.internal.reference.LaCodes;
import org.highneeds.data.internal.sheet.CellType;
import org.highneeds.data.internal.sheet.Headings;
import org.highneeds.data.internal.sheet.ImportSupport;
import org.highneeds.data.internal.sheet.LongRowWriter;
import org.highneeds.data.internal.util.Markers;
import org.highneeds.data.internal.sheet.SheetCell;
import org.highneeds.data.internal.sheet.SheetReader;
import org.highneeds.data.internal.sheet.SheetReaders;
import org.highneeds.data.internal.sheet.SheetRow;
import org.highneeds.data.internal.sheet.Sniff;

/**
 * The data sheet of DfE's High needs benchmarking tool (one row per LA, a multi-row header of block titles and
 * column headings) into the long table {@code hn_benchmarking(la_code, period, measure, value, marker)}. The measure
 * name is built from the header text: sparse header rows (block titles, "of which" groups) are carried to the right
 * within their block, blocks being separated by columns without any heading.
 */
public final class HnBenchmarkingImporter extends AbstractDatasetImporter {

    private static final Pattern PERIOD = Pattern.compile("(20\\d\\d)-(\\d\\d)");
    private static final Pattern PERIOD_ONLY = Pattern.compile("(19|20)\\d\\d-\\d\\d");
    private static final int MAX_HEADER_ROWS = 20;

    /** Made by the dataset catalogue from the {@code org.highneeds.data.datasets} extension. */
    public HnBenchmarkingImporter() {
        super("finance.hn-benchmarking", "1");
    }

    @Override
    public int recognise(SourceFile file) {
        Sniff s = Sniff.of(file);
        if (!s.isWorkbook()) return 0;
        int score = 0;
        // headings, when the shared strings fall inside the sniff buffer
        if (s.has(">LA code<") && s.has("Section 251")) score += 60;
        if (s.has("High needs NFF")) score += 20;
        // the tool's own defined name and sheet, kept in workbook.xml even in one-sheet extracts
        if (s.has("OwnLAyear")) score += 50;
        if (s.has("Select comparators")) score += 20;
        if (score == 0) return 0;
        if (s.fileName().contains("benchmarking")) score += 20;
        return Math.min(score, 100);
    }

    /** What the header says: identity columns, the period and the measure name of every data column. */
    private record Layout(String sheet, int codeColumn, String period, Map<Integer, String> measures) {
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        SubMonitor sub = SubMonitor.convert(monitor, "High needs benchmarking " + file.fileName(), 10);
        Connection c = sink.connection();
        Set<String> known;
        try {
            known = LaCodes.known(c);
        } catch (SQLException e) {
            throw ImportSupport.database(new ImportLocation(file.fileName(), null, 0, 0, null), e);
        }
        try (SheetReader reader = SheetReaders.open(file.path())) {
            String sheet = findSheet(file, reader);
            List<SheetRow> header = new ArrayList<>();
            Layout[] layout = new Layout[1];
            LongRowWriter[] out = new LongRowWriter[1];
            Set<String> seenLa = new HashSet<>();
            try {
                reader.read(sheet, row -> {
                    if (layout[0] == null) {
                        int codeCol = codeColumn(header);
                        String code = codeCol > 0 ? LaCodes.normalise(row.cell(codeCol)) : null;
                        if (code == null) {
                            header.add(row);
                            if (header.size() > MAX_HEADER_ROWS) {
                                throw new ImportException(ImportSupport.at(file, sheet, row.rowNumber(), 0, null),
                                        "wrong layout: no LA row (3-digit code under 'LA code') in the first "
                                                + MAX_HEADER_ROWS + " rows");
                            }
                            return true;
                        }
                        layout[0] = layout(file, sheet, header, codeCol);
                        try {
                            try (PreparedStatement del = c.prepareStatement("DELETE FROM hn_benchmarking WHERE period = ?")) {
                                del.setString(1, layout[0].period());
                                del.executeUpdate();
                            }
                            out[0] = new LongRowWriter(c, "hn_benchmarking", "provenance_id", "period", "la_code",
                                    "measure", "column_ref", "value", "marker");
                        } catch (SQLException e) {
                            throw ImportSupport.database(ImportSupport.at(file, sheet, row.rowNumber(), 0, null), e);
                        }
                    }
                    writeRow(file, sink, layout[0], row, out[0], known, seenLa);
                    return true;
                }, sub.split(8));
                if (layout[0] == null) {
                    throw new ImportException(new ImportLocation(file.fileName(), sheet, 0, 0, null),
                            "wrong layout: no LA rows under the 'LA code' heading");
                }
                out[0].flush();
                return new ImportSummary(out[0].written(), List.of("hn_benchmarking"), layout[0].period(), layout[0].period());
            } catch (SQLException e) {
                throw ImportSupport.database(new ImportLocation(file.fileName(), sheet, 0, 0, null), e);
            } finally {
                if (out[0] != null) {
                    try {
                        out[0].close();
                    } catch (SQLException ignored) {
                        // statement close failure does not change what was written in the transaction
                    }
                }
            }
        }
    }

    private void writeRow(SourceFile file, ImportSink sink, Layout layout, SheetRow row, LongRowWriter out,
            Set<String> known, Set<String> seenLa) throws ImportException {
        String la = LaCodes.normalise(row.cell(layout.codeColumn()));
        if (la == null) {
            sink.warn(ImportSupport.at(file, layout.sheet(), row.rowNumber(), layout.codeColumn(), "LA code"),
                    "row without an LA code skipped: " + abbreviate(row.toString()));
            return;
        }
        if (!known.contains(la)) {
            sink.warn(ImportSupport.at(file, layout.sheet(), row.rowNumber(), layout.codeColumn(), "LA code"),
                    "unknown LA code " + la + " (imported as is)");
        }
        if (!seenLa.add(la)) {
            throw new ImportException(ImportSupport.at(file, layout.sheet(), row.rowNumber(), layout.codeColumn(), "LA code"),
                    "LA code " + la + " appears twice");
        }
        try {
            for (Map.Entry<Integer, String> m : layout.measures().entrySet()) {
                int col = m.getKey();
                SheetCell cell = row.cell(col);
                ImportLocation where = ImportSupport.at(file, layout.sheet(), row.rowNumber(), col, m.getValue());
                if (cell.type() == CellType.TEXT && cell.text().length() > ImportSupport.MAX_LABEL_CHARS) {
                    throw new ImportException(where, "cell holds " + cell.text().length()
                            + " characters where a number or marker is expected; wrong layout or damaged file");
                }
                Markers.Parsed p = Markers.parseSheet(cell);
                if (p.unreadable()) sink.warn(where, "not a number: '" + p.marker() + "' (stored as NULL with this marker)");
                out.add(sink.provenanceId(), layout.period(), la, m.getValue(), SheetCell.columnLetters(col), p.value(), p.marker());
            }
        } catch (SQLException e) {
            throw ImportSupport.database(ImportSupport.at(file, layout.sheet(), row.rowNumber(), 0, null), e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }

    private static int codeColumn(List<SheetRow> header) {
        for (SheetRow r : header) {
            for (int c = 1; c <= r.lastColumn(); c++) {
                if (Headings.key(r.text(c)).equals("la code")) return c;
            }
        }
        return 0;
    }

    private static String findSheet(SourceFile file, SheetReader reader) throws ImportException {
        for (String sheet : reader.sheetNames()) {
            if (codeColumn(reader.head(sheet, MAX_HEADER_ROWS)) > 0) return sheet;
        }
        throw new ImportException(new ImportLocation(file.fileName(), null, 0, 0, null),
                "wrong layout: no sheet has an 'LA code' heading in its first " + MAX_HEADER_ROWS + " rows");
    }

    /** Builds measure names from the header rows; the row holding a 'Year' cell gives the period. */
    private static Layout layout(SourceFile file, String sheet, List<SheetRow> header, int codeCol) throws ImportException {
        String period = null;
        Set<Integer> identity = new HashSet<>();
        List<SheetRow> headingRows = new ArrayList<>();
        int width = 0;
        for (SheetRow r : header) {
            boolean meta = false;
            for (int c = 1; c <= r.lastColumn(); c++) {
                String k = Headings.key(r.text(c));
                if (k.equals("year")) {
                    meta = true;
                    Matcher m = PERIOD.matcher(r.text(c + 1));
                    if (period == null && m.find()) period = m.group();
                }
                if (k.equals("region") || k.equals("la code") || k.equals("la name")) identity.add(c);
            }
            if (!meta) {
                headingRows.add(r);
                width = Math.max(width, r.lastColumn());
            }
        }
        if (period == null) {
            Matcher m = PERIOD.matcher(file.fileName());
            if (!m.find()) {
                throw new ImportException(new ImportLocation(file.fileName(), sheet, 0, 0, null),
                        "no period: neither a 'Year' cell in the header nor a year like 2021-22 in the file name");
            }
            period = m.group();
        }
        // a column without heading text in any heading row separates blocks
        boolean[] hasText = new boolean[width + 2];
        for (SheetRow r : headingRows) {
            for (int c = 1; c <= width; c++) if (!r.text(c).isEmpty()) hasText[c] = true;
        }
        List<int[]> segments = new ArrayList<>();
        for (int c = 1; c <= width; c++) {
            if (!hasText[c] || identity.contains(c)) continue;
            int start = c;
            while (c + 1 <= width && hasText[c + 1] && !identity.contains(c + 1)) c++;
            segments.add(new int[] { start, c });
        }
        Map<Integer, List<Part>> parts = new HashMap<>();
        for (int[] seg : segments) {
            int span = seg[1] - seg[0] + 1;
            for (SheetRow r : headingRows) {
                int filled = 0;
                for (int c = seg[0]; c <= seg[1]; c++) if (!r.text(c).isEmpty()) filled++;
                boolean sparse = span > 1 && filled * 2 < span;
                String carried = null;
                for (int c = seg[0]; c <= seg[1]; c++) {
                    String t = Headings.clean(r.text(c));
                    if (PERIOD_ONLY.matcher(t).matches()) t = ""; // a bare year label is not a heading
                    String k = Headings.key(t);
                    if (k.equals("of which") || k.equals("of these")) {
                        String left = carried != null ? carried : Headings.clean(r.text(c - 1));
                        t = left.isEmpty() ? "of which" : left + ", of which";
                    }
                    if (!t.isEmpty()) carried = t;
                    else if (sparse) t = carried == null ? "" : carried;
                    if (!t.isEmpty()) parts.computeIfAbsent(c, x -> new ArrayList<>()).add(new Part(t, sparse));
                }
            }
        }
        Map<Integer, String> measures = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (int c = 1; c <= width; c++) {
            List<Part> p = parts.get(c);
            if (p == null || identity.contains(c)) continue;
            String name = String.join(" | ", distinct(ordered(p)));
            if (!used.add(name.toLowerCase(Locale.ROOT))) {
                name = name + " [" + SheetCell.columnLetters(c) + "]";
                used.add(name.toLowerCase(Locale.ROOT));
            }
            measures.put(c, name);
        }
        if (measures.isEmpty()) {
            throw new ImportException(new ImportLocation(file.fileName(), sheet, 0, 0, null), "wrong layout: no measure headings");
        }
        return new Layout(sheet, codeCol, period, measures);
    }

    /** One heading fragment of a column; sparse = carried from a block or group heading. */
    private record Part(String text, boolean sparse) {
    }

    /**
     * Glues continuation fragments (a heading broken over two rows: "Therapies and" / "other health related
     * services", "Top up funding" / "per head ...") to the fragment above, then puts block and group headings
     * before the column's own heading.
     */
    private static List<String> ordered(List<Part> parts) {
        List<Part> glued = new ArrayList<>();
        for (Part p : parts) {
            if (!glued.isEmpty()) {
                Part prev = glued.get(glued.size() - 1);
                boolean continuation = Character.isLowerCase(p.text().charAt(0)) || p.text().startsWith("(")
                        || prev.text().endsWith(" and");
                if (continuation) {
                    if (!prev.text().toLowerCase(Locale.ROOT).contains(p.text().toLowerCase(Locale.ROOT))) {
                        glued.set(glued.size() - 1, new Part(prev.text() + " " + p.text(), prev.sparse()));
                    }
                    continue;
                }
            }
            glued.add(p);
        }
        List<String> out = new ArrayList<>();
        for (Part p : glued) if (p.sparse()) out.add(p.text());
        for (Part p : glued) if (!p.sparse()) out.add(p.text());
        return out;
    }

    /** Keeps parts in order, dropping those contained (ignoring case) in another part. */
    private static List<String> distinct(List<String> parts) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String a = parts.get(i).toLowerCase(Locale.ROOT);
            boolean contained = false;
            for (int j = 0; j < parts.size(); j++) {
                if (i == j) continue;
                String b = parts.get(j).toLowerCase(Locale.ROOT);
                if (b.contains(a) && (b.length() > a.length() || j < i)) {
                    contained = true;
                    break;
                }
            }
            if (!contained) out.add(parts.get(i));
        }
        return out;
    }
}
