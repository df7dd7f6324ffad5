package org.highneeds.cli.internal;

import java.io.PrintStream;
import java.util.List;

/** How a command prints a result: an aligned table for people, CSV or JSON for scripts. */
public enum OutputFormat {
    /** Columns aligned with spaces, numbers right-aligned. */
    TABLE,
    /** RFC 4180 CSV with a header row. */
    CSV,
    /** A JSON array of objects, one per row. */
    JSON;

    static OutputFormat parse(String text) throws UsageException {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "table" -> TABLE;
            case "csv" -> CSV;
            case "json" -> JSON;
            default -> throw new UsageException("unknown format '" + text + "' (use table, csv or json)");
        };
    }

    /** Prints {@code rows} under {@code header}; cells are strings, numbers or null. */
    public void print(PrintStream out, List<String> header, List<List<Object>> rows) {
        switch (this) {
            case TABLE -> printTable(out, header, rows);
            case CSV -> printCsv(out, header, rows);
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

    private static void printCsv(PrintStream out, List<String> header, List<List<Object>> rows) {
        out.print(String.join(",", header.stream().map(OutputFormat::csvCell).toList()) + "\r\n");
        for (List<Object> row : rows) {
            out.print(String.join(",", row.stream().map(o -> csvCell(text(o))).toList()) + "\r\n");
        }
    }

    private static String csvCell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private static void printJson(PrintStream out, List<String> header, List<List<Object>> rows) {
        StringBuilder b = new StringBuilder("[");
        for (int r = 0; r < rows.size(); r++) {
            b.append(r == 0 ? "\n  {" : ",\n  {");
            for (int c = 0; c < header.size(); c++) {
                b.append(c == 0 ? "" : ", ").append(jsonString(header.get(c))).append(": ");
                Object v = rows.get(r).get(c);
                b.append(v == null ? "null" : v instanceof Number ? v.toString() : jsonString(v.toString()));
            }
            b.append('}');
        }
        b.append(rows.isEmpty() ? "]" : "\n]");
        out.println(b);
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
