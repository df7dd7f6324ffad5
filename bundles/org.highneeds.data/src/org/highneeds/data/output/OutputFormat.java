package org.highneeds.data.output;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a result is printed (the command line's {@code --format}): an aligned table for people, CSV or JSON for scripts.
 * The benchmark, SQL and catalogue outputs all take this one type.
 */
public enum OutputFormat {
    /** Columns aligned with spaces, numbers right-aligned. */
    TABLE,
    /** RFC 4180 CSV with a header row, numbers unformatted. */
    CSV,
    /** JSON, numbers as JSON numbers, missing values as null. */
    JSON;

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    /**
     * The format named {@code text} (table, csv or json, any case).
     *
     * @throws IllegalArgumentException naming the formats when there is no such one
     */
    public static OutputFormat parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "table" -> TABLE;
            case "csv" -> CSV;
            case "json" -> JSON;
            default -> throw new IllegalArgumentException("unknown format '" + text + "' (use table, csv or json)");
        };
    }

    /** Prints {@code rows} under {@code header}; cells are strings, numbers or null; CSV cells cannot run as formulas. */
    public void print(PrintStream out, List<String> header, List<List<Object>> rows) {
        print(out, header, rows, false);
    }

    /** Prints {@code rows} under {@code header}; {@code rawCsv} keeps CSV text as it is (for machines, not spreadsheets). */
    public void print(PrintStream out, List<String> header, List<List<Object>> rows, boolean rawCsv) {
        switch (this) {
            case TABLE -> printTable(out, header, rows);
            case CSV -> printCsv(out, header, rows, !rawCsv);
            case JSON -> printJson(out, header, rows);
        }
    }

    private static void printTable(PrintStream out, List<String> header, List<List<Object>> rows) {
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = header.get(c).length();
            for (List<Object> row : rows) {
                width[c] = Math.max(width[c], text(row.get(c)).length());
            }
        }
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            line.append(c == 0 ? "" : "  ").append(pad(header.get(c), width[c], isNumericColumn(rows, c)));
        }
        out.println(line.toString().stripTrailing());
        line.setLength(0);
        for (int c = 0; c < width.length; c++) {
            line.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        }
        out.println(line);
        for (List<Object> row : rows) {
            line.setLength(0);
            for (int c = 0; c < width.length; c++) {
                line.append(c == 0 ? "" : "  ").append(pad(text(row.get(c)), width[c], row.get(c) instanceof Number));
            }
            out.println(line.toString().stripTrailing());
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    }

    private static boolean isNumericColumn(List<List<Object>> rows, int c) {
        return !rows.isEmpty() && rows.get(0).get(c) instanceof Number;
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(width - s.length());
        return right ? fill + s : s + fill;
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    private static void printCsv(PrintStream out, List<String> header, List<List<Object>> rows, boolean neutraliseFormulas) {
        out.print(String.join(",", header.stream().map(h -> csvField(h, neutraliseFormulas)).toList()) + "\r\n");
        for (List<Object> row : rows) {
            out.print(String.join(",", row.stream().map(o -> o instanceof Number ? text(o) : csvField(text(o), neutraliseFormulas))
                    .toList()) + "\r\n");
        }
    }

    /** A CSV field (RFC 4180) whose text, when {@code neutraliseFormulas}, cannot run as a spreadsheet formula. */
    public static String csvField(String s, boolean neutraliseFormulas) {
        return csvField(s == null || !neutraliseFormulas ? s : neutraliseFormula(s));
    }

    /** True when text is a plain number literal such as "-12.5" (safe in spreadsheets: no formula). */
    public static boolean isPlainNumber(String text) {
        return PLAIN_NUMBER.matcher(text).matches();
    }

    /**
     * Neutralises spreadsheet formula injection (OWASP): text starting with =, +, -, @, tab or CR gets a leading
     * single quote, unless it is a plain number literal (a real negative number stays a number).
     */
    public static String neutraliseFormula(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        if ((c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') && !isPlainNumber(text)) {
            return "'" + text;
        }
        return text;
    }

    /** A CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, quote or line break. */
    public static String csvField(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private static void printJson(PrintStream out, List<String> header, List<List<Object>> rows) {
        StringBuilder b = new StringBuilder("[");
        for (int r = 0; r < rows.size(); r++) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                fields.put(header.get(c), rows.get(r).get(c));
            }
            b.append(r == 0 ? "\n  " : ",\n  ").append(Json.spacedObject(fields));
        }
        b.append(rows.isEmpty() ? "]" : "\n]");
        out.println(b);
    }
}
