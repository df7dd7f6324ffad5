package org.highneeds.data.internal.util;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a published cell as a number or a suppression marker; the SQL macros {@code hn_value}/{@code hn_marker}
 * (schema V002) implement the same rules so that bulk imports done in DuckDB agree with this class.
 */
public final class Markers {

    /** EES suppression and availability markers: NULL with a reason, never 0. */
    public static final Set<String> SUPPRESSION = Set.of("c", "x", "z", "low", "u", ":", "-", "..", "n/a", "na");

    /** Spreadsheet error values that may leak into published files. */
    public static final Set<String> SPREADSHEET_ERRORS = Set.of("#REF!", "#N/A", "#DIV/0!", "#VALUE!", "#NAME?",
            "#NUM!", "#NULL!");

    /** Marker stored for a blank cell, so "blank" and "suppressed" stay distinguishable. */
    public static final String BLANK = "";

    // Same grammar as the SQL macro hn_num_ok: optional sign, digits with optional well-formed thousands
    // separators, optional fraction, optional exponent; at least one digit.
    private static final Pattern NUMBER = Pattern
            .compile("[-+]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)?(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?");

    private Markers() {
    }

    /** A parsed cell: {@code value} null when not a number, then {@code marker} holds the published text. */
    public record Cell(Double value, String marker) {
        /** True when the cell is a number. */
        public boolean isNumber() {
            return value != null;
        }
    }

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
}
