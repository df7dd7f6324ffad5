package org.highneeds.data.internal.sheet;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns cell values into a number or a NULL-with-marker, the house rule for published statistics: suppression
 * codes ({@code c x z low u :}), blanks and spreadsheet errors are never 0. Thousands separators, {@code %}, and
 * {@code £}/GBP amounts parse. (Provisional home; the lead will merge it with the framework's marker util.)
 */
public final class Markers {

    /** Marker stored for a blank cell. */
    public static final String BLANK = "blank";

    /** The EES suppression and "not applicable" codes, lower case. */
    public static final Set<String> SUPPRESSION = Set.of("c", "x", "z", "low", "u", ":");

    /** Spelled-out forms seen in DfE workbooks, mapped to the EES code they mean. */
    private static final java.util.Map<String, String> SPELLED_OUT = java.util.Map.of(
            "not applicable", "z", "n/a", "z", "not available", "x", "confidential", "c", "suppressed", "c");

    private static final Pattern ERROR_TEXT = Pattern.compile(
            "#(REF!|N/A|DIV/0!|VALUE!|NAME\\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)|Err:\\d{3}", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?)(?:£|GBP\\s*)?([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)?(\\.\\d+)?([eE][+-]?\\d+)?\\s*(%?)");

    /**
     * A parsed value: {@code value} (null when there is none), {@code marker} (why there is none, or null), and
     * {@code unreadable} when the text was neither a number nor a known marker (then marker holds the text).
     */
    public record Parsed(Double value, String marker, boolean unreadable) {

        /** True when a number was read. */
        public boolean hasValue() {
            return value != null;
        }
    }

    private Markers() {
    }

    /** Parses a cell: numbers as they are, text through {@link #parse(String)}, errors and blanks as markers. */
    public static Parsed parse(SheetCell cell) {
        return switch (cell.type()) {
            case NUMBER -> Double.isNaN(cell.number()) ? new Parsed(null, "NaN", true) : new Parsed(cell.number(), null, false);
            case BLANK -> new Parsed(null, BLANK, false);
            case ERROR -> new Parsed(null, cell.text(), false);
            case TEXT -> parse(cell.text());
            case BOOLEAN, DATE -> new Parsed(null, abbreviate(cell.asText()), true);
        };
    }

    /** Parses text such as {@code 1,234}, {@code £5,656.28}, {@code 12.5%}, {@code (300)}, {@code c}, {@code #REF!}. */
    public static Parsed parse(String raw) {
        if (raw == null) return new Parsed(null, BLANK, false);
        String s = raw.replace('\u00a0', ' ').strip();
        if (s.isEmpty()) return new Parsed(null, BLANK, false);
        String lower = s.toLowerCase(Locale.ROOT);
        if (SUPPRESSION.contains(lower)) return new Parsed(null, lower, false);
        String spelled = SPELLED_OUT.get(lower);
        if (spelled != null) return new Parsed(null, spelled, false);
        if (ERROR_TEXT.matcher(s).matches()) return new Parsed(null, s.toUpperCase(Locale.ROOT).startsWith("ERR") ? s : s.toUpperCase(Locale.ROOT), false);
        boolean negative = false;
        if (s.length() > 2 && s.startsWith("(") && s.endsWith(")")) { // accounting negative
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        Matcher m = NUMBER.matcher(s.replace(" ", ""));
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
