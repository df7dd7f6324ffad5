package org.highneeds.data.internal.finance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * ESFA/DfE Dedicated schools grant allocation workbooks (yearly {@code Allocations_summary},
 * {@code Schools_block_and_CSSB}, {@code High_needs_block}, {@code High_needs_deductions},
 * {@code Early_years_block}; or the amalgamated {@code Allocations_YYYY} summaries) into the long table
 * {@code dsg_allocation}. Every sheet has heading rows above an {@code ENGLAND} row, then one row per LA (3-digit
 * code in the first column) and region totals; columns are matched by their heading text.
 */
public final class DsgAllocationImporter extends AbstractDatasetImporter {

    private static final Pattern YEAR_SHEET = Pattern.compile("Allocations_(\\d\\d)(\\d\\d)");
    private static final Pattern INFO_SHEET = Pattern.compile("Information_(\\d{4})_to_(\\d{4})");
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d\\d)(?: to |-)((?:19|20)?\\d\\d)");
    private static final Pattern COLUMN_REF = Pattern.compile("\\[[A-Z]{1,2}\\]");
    private static final List<String> YEARLY_SHEETS = List.of("Allocations_summary", "Schools_block_and_CSSB",
            "High_needs_block", "High_needs_deductions", "Early_years_block");
    private static final int MAX_HEADER_ROWS = 15;
    /** Subtotal rows by LA type: derivable from the LA rows, and without an LA code to carry. */
    private static final Set<String> TYPE_TOTALS = Set.of("metropolitan authorities", "unitary authorities",
            "upper tier authorities");

    /** DfE region numbers as in the LA code list (970 England, 980-990 regions). */
    private static final Map<String, String> AREA_CODES = Map.ofEntries(
            Map.entry("england", "970"), Map.entry("north east", "980"), Map.entry("north west", "981"),
            Map.entry("yorkshire and the humber", "982"), Map.entry("east midlands", "983"),
            Map.entry("west midlands", "984"), Map.entry("east of england", "985"), Map.entry("london", "986"),
            Map.entry("inner london", "987"), Map.entry("outer london", "988"), Map.entry("south east", "989"),
            Map.entry("south west", "990"));

    /** Made by the dataset catalogue from the {@code org.highneeds.data.datasets} extension. */
    public DsgAllocationImporter() {
        super("finance.dsg-allocations", "1");
    }

    @Override
    public int recognise(SourceFile file) {
        Sniff s = Sniff.of(file);
        if (!s.isWorkbook()) return 0;
        int score = 0;
        if (s.has("High_needs_block") && s.has("Allocations_summary")) score += 70;
        if (s.has("Allocations_2324") || s.has("Allocations_2021") || s.has("Allocations_1920")) score += 60;
        if (s.has("Dedicated schools grant")) score += 20;
        if (score == 0) {
            // the yearly ods files start with a large content.xml; the sniff buffer may end before the sheet names
            if (s.fileName().startsWith("dedicated-schools-grant") || s.fileName().contains("dsg_alloc")) score = 50;
            return score;
        }
        if (s.fileName().contains("dedicated-schools-grant") || s.fileName().contains("dsg")) score += 10;
        return Math.min(score, 100);
    }

    /** A sheet to load and the financial year it holds. */
    private record Target(String sheet, String financialYear) {
    }

    /** One measure column. */
    private record Measure(int column, String name, String block, String unit, String ref) {
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        Connection c = sink.connection();
        ImportLocation fileLoc = new ImportLocation(file.fileName(), null, 0, 0, null);
        Set<String> known;
        try {
            known = LaCodes.known(c);
        } catch (SQLException e) {
            throw ImportSupport.database(fileLoc, e);
        }
        try (SheetReader reader = SheetReaders.open(file.path())) {
            List<String> sheets = reader.sheetNames();
            List<Target> targets = new ArrayList<>();
            String edition;
            if (sheets.stream().anyMatch(n -> YEAR_SHEET.matcher(n).matches())) {
                edition = "amalgamated";
                for (String n : sheets) {
                    Matcher m = YEAR_SHEET.matcher(n);
                    if (m.matches()) targets.add(new Target(n, "20" + m.group(1) + "-" + m.group(2)));
                }
            } else if (sheets.contains("Allocations_summary") || sheets.contains("High_needs_block")) {
                edition = "allocations";
                String fy = yearOfWorkbook(file, reader, sheets);
                for (String n : YEARLY_SHEETS) if (sheets.contains(n)) targets.add(new Target(n, fy));
            } else {
                throw new ImportException(fileLoc, "wrong layout: not a DSG allocations workbook (no Allocations_summary, "
                        + "High_needs_block or Allocations_YYYY sheet; sheets: " + sheets + ")");
            }
            SubMonitor sub = SubMonitor.convert(monitor, "DSG allocations " + file.fileName(), targets.size());
            long rows = 0;
            Set<String> years = new TreeSet<>();
            try (LongRowWriter out = new LongRowWriter(c, "dsg_allocation", "provenance_id", "financial_year", "edition",
                    "sheet", "la_code", "block", "measure", "column_ref", "unit", "value", "marker")) {
                for (Target t : targets) {
                    try (PreparedStatement del = c.prepareStatement(
                            "DELETE FROM dsg_allocation WHERE financial_year = ? AND edition = ? AND sheet = ?")) {
                        del.setString(1, t.financialYear());
                        del.setString(2, edition);
                        del.setString(3, t.sheet());
                        del.executeUpdate();
                    }
                    long before = out.written();
                    loadSheet(file, reader, t, edition, sink, out, known, sub.split(1));
                    out.flush();
                    rows += out.written() - before;
                    years.add(t.financialYear());
                }
            } catch (SQLException e) {
                throw ImportSupport.database(fileLoc, e);
            }
            return new ImportSummary(rows, List.of("dsg_allocation"), ((TreeSet<String>) years).first(),
                    ((TreeSet<String>) years).last());
        }
    }

    /** '2023-24' from the Information_2023_to_2024 sheet name, else from the first title cell. */
    private static String yearOfWorkbook(SourceFile file, SheetReader reader, List<String> sheets) throws ImportException {
        for (String n : sheets) {
            Matcher m = INFO_SHEET.matcher(n);
            if (m.matches()) return m.group(1) + "-" + m.group(2).substring(2);
        }
        String first = sheets.contains("Allocations_summary") ? "Allocations_summary" : "High_needs_block";
        for (SheetRow r : reader.head(first, 1)) {
            Matcher m = TITLE_YEAR.matcher(r.text(1));
            if (m.find()) return m.group(1) + "-" + m.group(2).substring(m.group(2).length() - 2);
        }
        throw new ImportException(new ImportLocation(file.fileName(), first, 1, 1, null),
                "no financial year: no Information_YYYY_to_YYYY sheet and no 'YYYY to YYYY' in the title");
    }

    private void loadSheet(SourceFile file, SheetReader reader, Target t, String edition, ImportSink sink,
            LongRowWriter out, Set<String> known, IProgressMonitor monitor) throws ImportException {
        List<SheetRow> header = new ArrayList<>();
        Map<Integer, Measure>[] measures = new Map[1];
        boolean[] sawLa = new boolean[1];
        Map<String, String> seen = new HashMap<>(); // code -> the row's values, to drop exact repeats only
        int[] typeTotalsSkipped = new int[1];
        reader.read(t.sheet(), row -> {
            String first = Headings.key(row.text(1));
            if (measures[0] == null) {
                if (!first.equals("england")) {
                    header.add(row);
                    if (header.size() > MAX_HEADER_ROWS) {
                        throw new ImportException(ImportSupport.at(file, t.sheet(), row.rowNumber(), 1, null),
                                "wrong layout: no ENGLAND row in the first " + MAX_HEADER_ROWS + " rows");
                    }
                    return true;
                }
                measures[0] = measures(file, t, header);
            }
            String code = LaCodes.normalise(row.cell(1));
            if (code == null) code = AREA_CODES.get(first);
            ImportLocation codeLoc = ImportSupport.at(file, t.sheet(), row.rowNumber(), 1, "LA code");
            if (code == null && TYPE_TOTALS.contains(first)) {
                typeTotalsSkipped[0]++;
                return true;
            }
            if (code == null) {
                boolean values = false;
                for (int col : measures[0].keySet()) values |= !row.cell(col).isBlank();
                if (values || !row.text(1).isEmpty()) {
                    ImportSupport.label(row.cell(1), codeLoc, ImportSupport.MAX_LABEL_CHARS);
                    sink.warn(codeLoc, "row without an LA code or area name skipped: '" + row.text(1) + "'");
                }
                return true;
            }
            StringBuilder signature = new StringBuilder();
            for (int col : measures[0].keySet()) signature.append(row.cell(col).asText()).append('\u0001');
            String previous = seen.putIfAbsent(code, signature.toString());
            if (previous != null) {
                if (previous.equals(signature.toString())) return true; // e.g. LONDON printed twice: same figures
                throw new ImportException(codeLoc, "code " + code + " ('" + row.text(1) + "') appears twice with different figures");
            }
            if (!known.contains(code)) sink.warn(codeLoc, "unknown LA code " + code + " (imported as is)");
            sawLa[0] = true;
            try {
                for (Measure m : measures[0].values()) {
                    SheetCell cell = row.cell(m.column());
                    ImportLocation where = ImportSupport.at(file, t.sheet(), row.rowNumber(), m.column(), m.name());
                    if (cell.type() == CellType.TEXT && cell.text().length() > ImportSupport.MAX_LABEL_CHARS) {
                        throw new ImportException(where, "cell holds " + cell.text().length()
                                + " characters where a number or marker is expected; wrong layout or damaged file");
                    }
                    Markers.Parsed p = Markers.parseSheet(cell);
                    if (p.unreadable()) sink.warn(where, "not a number: '" + p.marker() + "' (stored as NULL with this marker)");
                    out.add(sink.provenanceId(), t.financialYear(), edition, t.sheet(), code, m.block(), m.name(), m.ref(),
                            m.unit(), p.value(), p.marker());
                }
            } catch (java.sql.SQLException e) {
                throw ImportSupport.database(codeLoc, e);
            }
            return true;
        }, monitor);
        if (typeTotalsSkipped[0] > 0) {
            sink.warn(new ImportLocation(file.fileName(), t.sheet(), 0, 0, null), typeTotalsSkipped[0]
                    + " subtotal rows by LA type (metropolitan, unitary, upper tier) not imported: they add up LA rows");
        }
        if (measures[0] == null || !sawLa[0]) {
            throw new ImportException(new ImportLocation(file.fileName(), t.sheet(), 0, 0, null),
                    "wrong layout: no ENGLAND row followed by LA rows");
        }
    }

    /**
     * Measure names from the heading rows: rows of column letters ([A]) and formula text (= [A] + [B]) are not
     * headings; group headings (all rows above the last heading row) carry to the right until the row above starts
     * a new group.
     */
    private static Map<Integer, Measure> measures(SourceFile file, Target t, List<SheetRow> header) throws ImportException {
        int width = 0;
        for (SheetRow r : header) width = Math.max(width, r.lastColumn());
        List<String[]> headingRows = new ArrayList<>();
        String[] refs = new String[width + 1];
        for (SheetRow r : header) {
            String[] texts = new String[width + 1];
            boolean any = false;
            boolean refRow = false;
            for (int c = 3; c <= width; c++) { // columns 1-2: LA code and name (title text sits in column 1)
                String tx = Headings.clean(r.text(c));
                if (COLUMN_REF.matcher(tx).matches()) {
                    refs[c] = tx;
                    refRow = true;
                    tx = "";
                }
                if (tx.startsWith("=")) tx = "";
                texts[c] = tx;
                any |= !tx.isEmpty();
            }
            if (any && !refRow) headingRows.add(texts);
        }
        if (headingRows.isEmpty()) {
            throw new ImportException(new ImportLocation(file.fileName(), t.sheet(), 0, 0, null), "wrong layout: no column headings");
        }
        int leaf = headingRows.size() - 1;
        String[][] filled = new String[headingRows.size()][];
        for (int r = 0; r < headingRows.size(); r++) {
            String[] texts = headingRows.get(r);
            String[] f = new String[width + 1];
            for (int c = 3; c <= width; c++) {
                String own = texts[c];
                if (!own.isEmpty() || r == leaf) {
                    f[c] = own;
                } else {
                    boolean parentStarts = false;
                    for (int up = 0; up < r; up++) parentStarts |= !headingRows.get(up)[c].isEmpty();
                    f[c] = parentStarts || c == 3 ? "" : f[c - 1];
                }
            }
            filled[r] = f;
        }
        Map<Integer, Measure> out = new LinkedHashMap<>();
        Map<String, Integer> used = new HashMap<>();
        for (int c = 3; c <= width; c++) {
            List<String> parts = new ArrayList<>();
            for (String[] f : filled) if (!f[c].isEmpty() && !parts.contains(f[c])) parts.add(f[c]);
            if (parts.isEmpty()) continue;
            String name = String.join(" | ", parts);
            if (used.merge(name.toLowerCase(Locale.ROOT), 1, Integer::sum) > 1) name = name + " [" + SheetCell.columnLetters(c) + "]";
            out.put(c, new Measure(c, name, block(name, t.sheet()), unit(parts.get(parts.size() - 1)), refs[c]));
        }
        return out;
    }

    /** The DSG block a column belongs to, from its heading, else from the sheet. */
    static String block(String heading, String sheet) {
        String h = heading.toLowerCase(Locale.ROOT);
        String leaf = h.contains("|") ? h.substring(h.lastIndexOf('|') + 1) : h;
        for (String s : new String[] { leaf, h }) {
            if (s.contains("total dsg")) return "total";
            if (s.contains("high needs")) return "high_needs";
            if (s.contains("central school services") || s.contains("cssb")) return "central_school_services";
            if (s.contains("early years")) return "early_years";
            if (s.contains("schools block")) return "schools";
        }
        String sh = sheet.toLowerCase(Locale.ROOT);
        if (sh.startsWith("high_needs")) return "high_needs";
        if (sh.startsWith("early_years")) return "early_years";
        if (sh.startsWith("schools_block")) return "schools";
        return "total";
    }

    /** Unit from the heading: (£s) = GBP, (£ million) = GBP million, (£ / hr) = GBP per hour, numbers/places = count. */
    static String unit(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        if (h.contains("£ million") || h.contains("£m")) return "GBP million";
        if (h.contains("£ / hr") || h.contains("£/hr") || h.contains("per hour")) return "GBP per hour";
        if (h.contains("£")) return "GBP";
        if (h.startsWith("number") || h.contains("places") || h.contains("pupil count") || h.contains("(part-time equivalent)")) {
            return "count";
        }
        return null;
    }
}
