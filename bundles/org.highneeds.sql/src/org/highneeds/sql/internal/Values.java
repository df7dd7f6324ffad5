package org.highneeds.sql.internal;

import java.sql.Blob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.highneeds.sql.ResultColumn;

/** Reads JDBC values into plain Java values a grid and exporters understand. */
public final class Values {

    private Values() {
    }

    /** Columns of a result set. */
    public static List<ResultColumn> columns(ResultSetMetaData md) throws SQLException {
        List<ResultColumn> out = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            String type = md.getColumnTypeName(i);
            out.add(new ResultColumn(i - 1, md.getColumnLabel(i), type, md.getColumnType(i),
                    ResultColumn.isNumericType(type)));
        }
        return List.copyOf(out);
    }

    /** Current row as values; DuckDB's nested, blob and UUID objects become text. */
    public static Object[] row(ResultSet rs, int columnCount) throws SQLException {
        Object[] row = new Object[columnCount];
        for (int i = 0; i < columnCount; i++) {
            row[i] = convert(rs.getObject(i + 1));
        }
        return row;
    }

    static Object convert(Object v) throws SQLException {
        if (v == null || v instanceof Number || v instanceof String || v instanceof Boolean
                || v instanceof java.time.temporal.TemporalAccessor) {
            return v;
        }
        if (v instanceof Timestamp ts) {
            return ts.toLocalDateTime();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof Blob b) {
            return "<BLOB " + b.length() + " bytes>";
        }
        if (v instanceof UUID u) {
            return u.toString();
        }
        return v.toString();
    }
}
