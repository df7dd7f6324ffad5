package org.highneeds.analysis.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.highneeds.analysis.GroupMeanMethod;
import org.highneeds.analysis.IndicatorDefinition;
import org.highneeds.analysis.IndicatorValidationException;

/** The rows of an indicator's SQL: one value per LA code and period, checked. */
final class Observations {

    /** One row. */
    record Obs(String laCode, int year, Double value, Double numerator, Double denominator) {
    }

    private Observations() {
    }

    /**
     * Runs the SQL and reads its rows by year then LA code.
     *
     * @throws SQLException when the SQL fails
     * @throws IndicatorValidationException when columns are missing or not numeric, or an LA has two rows for a period
     */
    static Map<Integer, Map<String, Obs>> read(IndicatorDefinition d, Connection c)
            throws SQLException, IndicatorValidationException {
        return read(d, c, null);
    }

    /**
     * As {@link #read(IndicatorDefinition, Connection)}, but an LA with two rows for a period, when {@code conflicts}
     * is given, gets no value there and its description in {@code conflicts} (by {@link #key}) instead of failing the
     * indicator for every LA: one bad file must not take the indicator away from all of them.
     */
    static Map<Integer, Map<String, Obs>> read(IndicatorDefinition d, Connection c, Map<String, String> conflicts)
            throws SQLException, IndicatorValidationException {
        Map<Integer, Map<String, Obs>> byYear = new TreeMap<>();
        // the newline ends a trailing "--" comment of the indicator's own SQL
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM (\n" + d.sql() + "\n) AS indicator")) {
            ResultSetMetaData md = r.getMetaData();
            Map<String, Integer> cols = new HashMap<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                cols.putIfAbsent(md.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
            }
            int la = column(d, cols, "la_code", true);
            int year = column(d, cols, "period_year", true);
            int value = column(d, cols, "value", true);
            int num = column(d, cols, "numerator", d.groupMean() == GroupMeanMethod.WEIGHTED);
            int den = column(d, cols, "denominator", d.groupMean() == GroupMeanMethod.WEIGHTED);
            numeric(d, md, year, "period_year");
            numeric(d, md, value, "value");
            if (num > 0) numeric(d, md, num, "numerator");
            if (den > 0) numeric(d, md, den, "denominator");
            while (r.next()) {
                String code = r.getString(la);
                int y = r.getInt(year);
                if (code == null || r.wasNull()) continue;
                code = code.trim();
                Obs o = new Obs(code, y, number(r, value), num > 0 ? number(r, num) : null, den > 0 ? number(r, den) : null);
                Obs before = byYear.computeIfAbsent(y, k -> new HashMap<>()).put(code, o);
                if (before != null && conflicts != null) {
                    conflicts.merge(key(y, code), "two rows in the data for this LA and period (values " + before.value() + " and "
                            + o.value() + "): not shown", (a, b) -> a.replaceFirst("^two rows", "several rows"));
                    byYear.get(y).put(code, new Obs(code, y, null, null, null));
                } else if (before != null) {
                    throw new IndicatorValidationException(d.id(), "The SQL of indicator '" + d.id() + "' returns two rows for LA "
                            + code + " in " + y + " (values " + before.value() + " and " + o.value()
                            + "): it must give at most one value per LA and period", null);
                }
            }
        }
        return byYear;
    }

    /** The key of an LA and period in the conflicts of {@link #read(IndicatorDefinition, Connection, Map)}. */
    static String key(int year, String laCode) {
        return year + "/" + laCode;
    }

    private static Double number(ResultSet r, int col) throws SQLException {
        double v = r.getDouble(col);
        if (r.wasNull() || Double.isNaN(v) || Double.isInfinite(v)) return null;
        return v;
    }

    private static int column(IndicatorDefinition d, Map<String, Integer> cols, String name, boolean required)
            throws IndicatorValidationException {
        Integer i = cols.get(name);
        if (i == null && required) {
            throw new IndicatorValidationException(d.id(), "The SQL of indicator '" + d.id() + "' has no column " + name
                    + " (it returns " + String.join(", ", new java.util.TreeSet<>(cols.keySet())) + "); an indicator returns "
                    + "la_code, period_year and value" + (d.groupMean() == GroupMeanMethod.WEIGHTED
                            ? ", and numerator and denominator for its weighted group mean" : ""), null);
        }
        return i == null ? -1 : i;
    }

    private static void numeric(IndicatorDefinition d, ResultSetMetaData md, int col, String name)
            throws SQLException, IndicatorValidationException {
        switch (md.getColumnType(col)) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.FLOAT, Types.REAL, Types.DOUBLE,
                    Types.NUMERIC, Types.DECIMAL, Types.NULL, Types.OTHER, Types.JAVA_OBJECT -> {
                // OTHER: DuckDB's HUGEINT and friends are numbers too
            }
            default -> throw new IndicatorValidationException(d.id(), "The column " + name + " of indicator '" + d.id()
                    + "' is " + md.getColumnTypeName(col) + ", not a number: cast it, e.g. CAST(" + name + " AS DOUBLE)", null);
        }
    }
}
