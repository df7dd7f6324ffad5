package org.highneeds.sql;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.highneeds.data.output.Json;
import org.highneeds.data.output.OutputFormat;

/** Writes a result as text for the CLI: aligned table, CSV or JSON, using {@link ValueFormatter}. */
public final class ResultWriter {

    private static final int PAGE = 10_000;

    private ResultWriter() {
    }

    /**
     * Writes up to {@code maxRows} rows of a result (all for CSV/JSON when maxRows &lt; 0).
     *
     * @return rows written
     */
    public static long write(SqlResult result, OutputFormat format, long maxRows, PrintStream out) throws SQLException {
        return write(result, format, maxRows, false, out);
    }

    /**
     * Writes up to {@code maxRows} rows of a result; CSV text that a spreadsheet would run as a formula is neutralised
     * unless {@code rawCsv}.
     *
     * @return rows written
     */
    public static long write(SqlResult result, OutputFormat format, long maxRows, boolean rawCsv, PrintStream out)
            throws SQLException {
        long limit = maxRows < 0 ? result.rowCount() : Math.min(maxRows, result.rowCount());
        return switch (format) {
            case TABLE -> table(result, limit, out);
            case CSV -> csv(result, limit, !rawCsv, out);
            case JSON -> json(result, limit, out);
        };
    }

    private static long table(SqlResult result, long limit, PrintStream out) throws SQLException {
        // a table needs every width before the first line, so it is for bounded row counts
        ValueFormatter f = ValueFormatter.DEFAULT;
        List<ResultColumn> cols = result.columns();
        List<DisplayValue[]> rows = new ArrayList<>();
        int[] width = new int[cols.size()];
        for (ResultColumn c : cols) {
            width[c.index()] = c.name().length();
        }
        for (long off = 0; off < limit; off += PAGE) {
            for (Object[] r : result.page(off, (int) Math.min(PAGE, limit - off)).rows()) {
                DisplayValue[] d = new DisplayValue[cols.size()];
                for (int c = 0; c < d.length; c++) {
                    d[c] = f.displayCell(cols, r, c);
                    if (d[c].kind() == CellKind.NULL) {
                        d[c] = new DisplayValue("NULL", CellKind.NULL, d[c].rightAligned(), null);
                    }
                    width[c] = Math.max(width[c], oneLine(d[c].text()).length());
                }
                rows.add(d);
            }
        }
        StringBuilder line = new StringBuilder();
        for (ResultColumn c : cols) {
            if (c.index() > 0) {
                line.append(" | ");
            }
            line.append(pad(c.name(), width[c.index()], c.numeric()));
        }
        out.println(line.toString().stripTrailing());
        line.setLength(0);
        for (int c = 0; c < cols.size(); c++) {
            line.append(c > 0 ? "-+-" : "").append("-".repeat(width[c]));
        }
        out.println(line);
        for (DisplayValue[] d : rows) {
            line.setLength(0);
            for (int c = 0; c < d.length; c++) {
                if (c > 0) {
                    line.append(" | ");
                }
                line.append(pad(oneLine(d[c].text()), width[c], d[c].rightAligned()));
            }
            out.println(line.toString().stripTrailing());
        }
        long shown = rows.size();
        out.println("(" + String.format("%,d", result.rowCount()) + " row" + (result.rowCount() == 1 ? "" : "s")
                + (shown < result.rowCount() ? ", " + String.format("%,d", shown) + " shown" : "") + ")");
        return shown;
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", "\u21b5").replace('\n', '\u21b5').replace('\r', '\u21b5').replace('\t', ' ');
    }

    private static String pad(String s, int w, boolean right) {
        String p = " ".repeat(Math.max(0, w - s.length()));
        return right ? p + s : s + p;
    }

    private static long csv(SqlResult result, long limit, boolean neutraliseFormulas, PrintStream out) throws SQLException {
        ValueFormatter f = ValueFormatter.DEFAULT;
        List<ResultColumn> cols = result.columns();
        List<String> header = new ArrayList<>();
        for (ResultColumn c : cols) {
            header.add(ResultExporter.csvField(c.name(), neutraliseFormulas));
        }
        out.print(String.join(",", header) + "\r\n");
        long n = 0;
        for (long off = 0; off < limit; off += PAGE) {
            for (Object[] r : result.page(off, (int) Math.min(PAGE, limit - off)).rows()) {
                StringBuilder b = new StringBuilder();
                for (int c = 0; c < cols.size(); c++) {
                    if (c > 0) {
                        b.append(',');
                    }
                    DisplayValue d = r[c] == null || r[c] instanceof String ? f.displayCell(cols, r, c) : null;
                    String text = d != null && d.kind() == CellKind.SUPPRESSED ? d.text() : f.plain(r[c]);
                    // a suppression marker is the publisher's own, never a formula
                    b.append(r[c] instanceof Number ? text : ResultExporter.csvField(text,
                            neutraliseFormulas && (d == null || d.kind() != CellKind.SUPPRESSED)));
                }
                out.print(b.append("\r\n"));
                n++;
            }
        }
        return n;
    }

    private static long json(SqlResult result, long limit, PrintStream out) throws SQLException {
        ValueFormatter f = ValueFormatter.DEFAULT;
        List<ResultColumn> cols = result.columns();
        out.print("[");
        long n = 0;
        for (long off = 0; off < limit; off += PAGE) {
            for (Object[] r : result.page(off, (int) Math.min(PAGE, limit - off)).rows()) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int c = 0; c < cols.size(); c++) {
                    Object v = r[c];
                    if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
                        m.put(cols.get(c).name(), d.toString()); // JSON has no NaN
                    } else if (v instanceof Number num) {
                        m.put(cols.get(c).name(), num instanceof BigDecimal || num instanceof BigInteger
                                ? new JsonNumber(f.plain(num)) : num);
                    } else if (v instanceof Boolean || v == null) {
                        m.put(cols.get(c).name(), v);
                    } else {
                        m.put(cols.get(c).name(), f.plain(v));
                    }
                }
                out.print((n == 0 ? "\n  " : ",\n  ") + Json.object(m));
                n++;
            }
        }
        out.println(n == 0 ? "]" : "\n]");
        return n;
    }

    /** A number already in JSON form (keeps DECIMAL/HUGEINT digits exactly). */
    private static final class JsonNumber extends Number {
        private static final long serialVersionUID = 1L;
        private final String text;

        JsonNumber(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public int intValue() {
            return new BigDecimal(text).intValue();
        }

        @Override
        public long longValue() {
            return new BigDecimal(text).longValue();
        }

        @Override
        public float floatValue() {
            return new BigDecimal(text).floatValue();
        }

        @Override
        public double doubleValue() {
            return new BigDecimal(text).doubleValue();
        }
    }
}
