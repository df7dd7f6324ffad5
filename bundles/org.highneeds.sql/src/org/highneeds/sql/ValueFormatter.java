package org.highneeds.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.highneeds.data.output.OutputFormat;

/**
 * THE function turning result values into text: used by the grid, the CLI, TSV copy and exports, so a
 * number reads the same everywhere. {@link #display} is for people (grouping); {@link #plain} for files.
 */
public final class ValueFormatter {

    /** The formatter used throughout the workbench (UK conventions: 1,234.5). */
    public static final ValueFormatter DEFAULT = new ValueFormatter(Locale.UK);

    /** EES / ONS suppression markers and their meanings. */
    public static final Map<String, String> SUPPRESSION_MARKERS = Map.of(
            "c", "confidential", "x", "not available", "z", "not applicable", "low", "rounds to 0",
            "u", "low reliability", "k", "fewer than 0.5", ":", "not available");


    // DecimalFormat is costly to build and not thread-safe: one set per thread (grid, CLI and export threads)
    private final ThreadLocal<Formats> formats;

    /** A formatter for a locale's digit grouping and decimal mark. */
    public ValueFormatter(Locale locale) {
        this.formats = ThreadLocal.withInitial(() -> new Formats(DecimalFormatSymbols.getInstance(locale)));
    }

    /** Per-thread number formats. */
    private static final class Formats {
        final DecimalFormatSymbols symbols;
        final DecimalFormat integer;
        final DecimalFormat floating;
        final DecimalFormat scientific;
        final Map<Integer, DecimalFormat> decimals = new java.util.HashMap<>();

        Formats(DecimalFormatSymbols symbols) {
            this.symbols = symbols;
            integer = new DecimalFormat("#,##0", symbols);
            floating = new DecimalFormat("#,##0.##########", symbols);
            scientific = new DecimalFormat("0.######E0", symbols);
        }

        DecimalFormat decimal(int scale) {
            return decimals.computeIfAbsent(scale, sc -> {
                DecimalFormat f = new DecimalFormat("#,##0", symbols);
                f.setMinimumFractionDigits(sc);
                f.setMaximumFractionDigits(sc);
                return f;
            });
        }
    }

    /** Display form of a lone value; text equal to a suppression marker is shown as suppressed. */
    public DisplayValue display(Object value) {
        if (value == null) {
            return new DisplayValue("", CellKind.NULL, false, null);
        }
        if (value instanceof Number n) {
            return new DisplayValue(formatNumber(n), CellKind.NUMBER, true, null);
        }
        if (value instanceof Boolean b) {
            return new DisplayValue(b.toString(), CellKind.BOOLEAN, false, null);
        }
        if (value instanceof TemporalAccessor || value instanceof java.util.Date) {
            return new DisplayValue(plain(value), CellKind.TEMPORAL, false, null);
        }
        String s = value.toString();
        String reason = SUPPRESSION_MARKERS.get(s.strip());
        if (reason != null) {
            return new DisplayValue(s.strip(), CellKind.SUPPRESSED, true, reason);
        }
        return new DisplayValue(s, CellKind.TEXT, false, null);
    }

    /**
     * Display form of a cell in a row. A NULL in column {@code value} (or {@code X}) next to a non-null
     * {@code marker} (or {@code X_marker}) column shows the marker: a suppressed figure, not a missing one.
     */
    public DisplayValue displayCell(List<ResultColumn> columns, Object[] row, int column) {
        Object v = row[column];
        if (v == null) {
            int markerColumn = markerColumnFor(columns, column);
            if (markerColumn >= 0 && row[markerColumn] != null) {
                String marker = row[markerColumn].toString().strip();
                String reason = SUPPRESSION_MARKERS.getOrDefault(marker, "suppressed");
                return new DisplayValue(marker, CellKind.SUPPRESSED, true, reason);
            }
        }
        DisplayValue d = display(v);
        if (d.kind() == CellKind.NULL && columns.get(column).numeric()) {
            return new DisplayValue("", CellKind.NULL, true, null);
        }
        return d;
    }

    /** Index of the marker column paired with a value column ("value"/"marker" or "X"/"X_marker"), or -1. */
    public static int markerColumnFor(List<ResultColumn> columns, int column) {
        String name = columns.get(column).name();
        String wanted = name.equalsIgnoreCase("value") ? "marker" : name + "_marker";
        for (ResultColumn c : columns) {
            if (c.name().equalsIgnoreCase(wanted)) {
                return c.index();
            }
        }
        return -1;
    }

    /** Value as plain text for files and clipboard: no grouping, full precision, ISO dates, NULL as "". */
    public String plain(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal bd) {
            return bd.toPlainString();
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
                    : d.toString();
        }
        if (value instanceof Float f) {
            return plain(Double.valueOf(f.toString()));
        }
        if (value instanceof java.sql.Timestamp ts) {
            return plain(ts.toLocalDateTime());
        }
        if (value instanceof LocalDateTime ldt) {
            return ldt.toString().replace('T', ' ');
        }
        return value.toString();
    }

    /** Number with digit grouping; doubles to at most 10 decimals, very large or small ones in E notation. */
    public String formatNumber(Number n) {
        Formats f = formats.get();
        if (n instanceof BigDecimal bd) {
            return f.decimal(Math.max(0, bd.scale())).format(bd);
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return Double.toString(d);
            }
            double abs = Math.abs(d);
            if (abs != 0 && (abs < 1e-6 || abs >= 1e15)) {
                return f.scientific.format(d);
            }
            return f.floating.format(d);
        }
        if (n instanceof BigInteger bi) {
            return f.integer.format(bi);
        }
        return f.integer.format(n.longValue());
    }

    /** True when text is a plain number literal such as "-12.5" (safe in spreadsheets: no formula). */
    public static boolean isPlainNumber(String text) {
        return OutputFormat.isPlainNumber(text);
    }

    /**
     * Neutralises spreadsheet formula injection: text starting with =, +, -, @, tab or CR gets a leading
     * single quote, unless it is a plain number literal (a real negative number stays a number).
     */
    public static String neutraliseFormula(String text) {
        return OutputFormat.neutraliseFormula(text);
    }
}
