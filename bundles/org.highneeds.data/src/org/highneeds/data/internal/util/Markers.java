package org.highneeds.data.internal.util;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.highneeds.data.SqlQuoting;
import org.highneeds.data.internal.sheet.SheetCell;

/**
 * The one home of the marker rule for published statistics: suppression codes ({@code c} confidential, {@code x}
 * not available, {@code z} not applicable, {@code low} rounds to zero, {@code u} low reliability, {@code :} not
 * available), blanks and spreadsheet errors become a NULL value with the marker kept beside it, never 0; thousands
 * separators, {@code %}, {@code £}/GBP amounts and accounting negatives parse. Three readings, one per kind of
 * source, which differ on purpose:
 * <ul>
 * <li>EES/CSV cells read in Java, {@link #parse(String)}: a blank is marker {@link #BLANK} ({@code ""}), any other
 * text that is not a number is kept as written (e.g. {@code NA}); the SQL macros {@code hn_value}/{@code hn_marker}
 * (schema V002) implement the same rules so that bulk imports done in DuckDB agree with this class;</li>
 * <li>marker columns of CSV files staged in DuckDB, {@link #markerOf}/{@link #markerSql}: the codes in canonical
 * lower case, blank as {@code ""}, extra markers of a family (e.g. {@code NA} in R-written files) kept as given;</li>
 * <li>workbook cells, {@link #parseSheet(SheetCell)}/{@link #parseSheetText(String)}: a blank is marker
 * {@link #SHEET_BLANK} ({@code "blank"}), spelled-out markers map to their code, error values are upper case, and
 * other text is flagged unreadable.</li>
 * </ul>
 */
public final class Markers {

    /** EES suppression and availability markers: NULL with a reason, never 0. */
    public static final Set<String> SUPPRESSION = Set.of("c", "x", "z", "low", "u", ":", "-", "..", "n/a", "na");

    /** The EES/ONS codes proper, lower case ({@link #SUPPRESSION} also has dashes and n/a spellings). */
    public static final Set<String> CODES = Set.of("c", "x", "z", "low", "u", ":");

    /** {@link #CODES} and the empty string, which stands for a blank cell in CSV marker columns. */
    public static final Set<String> STANDARD = Set.of("c", "x", "z", "low", "u", ":", "");

    /** Spreadsheet error values that may leak into published files. */
    public static final Set<String> SPREADSHEET_ERRORS = Set.of("#REF!", "#N/A", "#DIV/0!", "#VALUE!", "#NAME?",
            "#NUM!", "#NULL!");

    /** Marker stored for a blank CSV cell, so "blank" and "suppressed" stay distinguishable. */
    public static final String BLANK = "";

    /** Marker stored for a blank workbook cell. */
    public static final String SHEET_BLANK = "blank";

    // Same grammar as the SQL macro hn_num_ok: optional sign, digits with optional well-formed thousands
    // separators, optional fraction, optional exponent; at least one digit.
    private static final Pattern NUMBER = Pattern
            .compile("[-+]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)?(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?");

    /** Spelled-out forms seen in DfE workbooks, mapped to the EES code they mean. */
    private static final Map<String, String> SPELLED_OUT = Map.of(
            "not applicable", "z", "n/a", "z", "not available", "x", "confidential", "c", "suppressed", "c");

    private static final Pattern ERROR_TEXT = Pattern.compile(
            "#(REF!|N/A|DIV/0!|VALUE!|NAME\\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)|Err:\\d{3}", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHEET_NUMBER = Pattern.compile(
            "([+-]?)(?:£|GBP\\s*)?([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)?(\\.\\d+)?([eE][+-]?\\d+)?\\s*(%?)");

    private Markers() {
    }

    /** A parsed CSV cell: {@code value} null when not a number, then {@code marker} holds the published text. */
    public record Cell(Double value, String marker) {
        /** True when the cell is a number. */
        public boolean isNumber() {
            return value != null;
        }
    }

    /**
     * A parsed workbook value: {@code value} (null when there is none), {@code marker} (why there is none, or null),
     * and {@code unreadable} when the text was neither a number nor a known marker (then marker holds the text).
     */
    public record Parsed(Double value, String marker, boolean unreadable) {

        /** True when a number was read. */
        public boolean hasValue() {
            return value != null;
        }
    }

    // ---- EES/CSV cells in Java

    /** Parses one cell: numbers (with {@code 1,234}, {@code 12%}, {@code £5}, {@code (3)}, spaces) or a marker. */
    public static Cell parse(String text) {
        if (text == null) return new Cell(null, BLANK);
        String t = strip(text);
        if (t.isEmpty()) return new Cell(null, BLANK);
        String n = numberText(t);
        if (n != null) return new Cell(Double.valueOf(n), null);
        return new Cell(null, t);
    }

    /** True when {@code text} is one of the known suppression markers or spreadsheet errors (case-insensitive). */
    public static boolean isKnownMarker(String text) {
        if (text == null) return true;
        String t = strip(text);
        return t.isEmpty() || SUPPRESSION.contains(t.toLowerCase(Locale.ROOT))
                || SPREADSHEET_ERRORS.contains(t.toUpperCase(Locale.ROOT));
    }

    private static String strip(String text) {
        return text.replace('\u00a0', ' ').strip();
    }

    /** The number in canonical form for {@link Double#valueOf}, or null. */
    private static String numberText(String t) {
        String s = t.replace("£", "").replace("%", "").strip();
        if (s.length() >= 2 && s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')') {
            s = "-" + s.substring(1, s.length() - 1).strip();
        }
        if (!NUMBER.matcher(s).matches()) return null;
        boolean digit = false;
        for (int i = 0; i < s.length() && !digit; i++) digit = Character.isDigit(s.charAt(i));
        if (!digit) return null;
        // a lone exponent ("e5") or sign has no mantissa digit before the exponent
        int e = Math.max(s.indexOf('e'), s.indexOf('E'));
        if (e >= 0 && s.substring(0, e).chars().noneMatch(Character::isDigit)) return null;
        return s.replace(",", "");
    }

    // ---- marker columns of staged CSV files

    /** The canonical marker for {@code cell}, or {@code null} when the cell is not a marker. */
    public static String markerOf(String cell, Set<String> extra) {
        String t = cell == null ? "" : cell.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        if (STANDARD.contains(lower)) return lower;
        for (String e : extra) if (e.equalsIgnoreCase(t)) return e;
        return null;
    }

    /**
     * SQL giving the canonical marker of a raw (untrimmed, NULL when blank) cell, or NULL when it is not a marker.
     * {@code extra} markers (e.g. {@code NA} in R-written files) are matched case-insensitively and kept as given.
     */
    public static String markerSql(String rawSql, Set<String> extra) {
        StringBuilder b = new StringBuilder("CASE WHEN ").append(rawSql).append(" IS NULL OR trim(").append(rawSql)
                .append(") = '' THEN '' WHEN lower(trim(").append(rawSql).append(")) IN ('c', 'x', 'z', 'low', 'u', ':') THEN lower(trim(")
                .append(rawSql).append("))");
        for (String e : extra) {
            b.append(" WHEN lower(trim(").append(rawSql).append(")) = ").append(SqlQuoting.literal(e.toLowerCase(Locale.ROOT)))
                    .append(" THEN ").append(SqlQuoting.literal(e));
        }
        return b.append(" END").toString();
    }

    // ---- workbook cells

    /** Parses a workbook cell: numbers as they are, text through {@link #parseSheetText(String)}, errors and blanks as markers. */
    public static Parsed parseSheet(SheetCell cell) {
        return switch (cell.type()) {
            case NUMBER -> Double.isNaN(cell.number()) ? new Parsed(null, "NaN", true) : new Parsed(cell.number(), null, false);
            case BLANK -> new Parsed(null, SHEET_BLANK, false);
            case ERROR -> new Parsed(null, cell.text(), false);
            case TEXT -> parseSheetText(cell.text());
            case BOOLEAN, DATE -> new Parsed(null, abbreviate(cell.asText()), true);
        };
    }

    /** Parses workbook text such as {@code 1,234}, {@code £5,656.28}, {@code 12.5%}, {@code (300)}, {@code c}, {@code #REF!}. */
    public static Parsed parseSheetText(String raw) {
        if (raw == null) return new Parsed(null, SHEET_BLANK, false);
        String s = raw.replace('\u00a0', ' ').strip();
        if (s.isEmpty()) return new Parsed(null, SHEET_BLANK, false);
        String lower = s.toLowerCase(Locale.ROOT);
        if (CODES.contains(lower)) return new Parsed(null, lower, false);
        String spelled = SPELLED_OUT.get(lower);
        if (spelled != null) return new Parsed(null, spelled, false);
        if (ERROR_TEXT.matcher(s).matches()) return new Parsed(null, s.toUpperCase(Locale.ROOT).startsWith("ERR") ? s : s.toUpperCase(Locale.ROOT), false);
        boolean negative = false;
        if (s.length() > 2 && s.startsWith("(") && s.endsWith(")")) { // accounting negative
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        Matcher m = SHEET_NUMBER.matcher(s.replace(" ", ""));
        if (m.matches() && (m.group(3) != null || m.group(4) != null) && !(m.group(1).length() > 0 && m.group(2).length() > 0)) {
            String sign = m.group(1) + m.group(2);
            String digits = (m.group(3) == null ? "0" : m.group(3).replace(",", "")) + (m.group(4) == null ? "" : m.group(4))
                    + (m.group(5) == null ? "" : m.group(5));
            try {
                double d = Double.parseDouble(digits);
                if (sign.equals("-")) d = -d;
                if (negative) d = -d;
                return new Parsed(d, null, false);
            } catch (NumberFormatException e) {
                // falls through to unreadable
            }
        }
        return new Parsed(null, abbreviate(raw.strip()), true);
    }

    /** True when {@code text} is a spreadsheet error value such as {@code #N/A} or LibreOffice's {@code Err:502}. */
    public static boolean isErrorText(String text) {
        return text != null && ERROR_TEXT.matcher(text.strip()).matches();
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
