package org.highneeds.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads query results in the shapes tests assert on: one value, one column, one row, all rows as text. */
public final class Sql {

    private Sql() {
    }

    /** The first column of the first row of {@code sql}, or null when there is no row. */
    public static Object scalar(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getObject(1) : null;
        }
    }

    /** The first column of the first row of {@code sql} as a long (a count); fails when there is no row. */
    public static long count(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            if (!r.next()) throw new AssertionError("no row: " + sql);
            return r.getLong(1);
        }
    }

    /** The first column of the first row of {@code sql} as a double; fails when there is no row. */
    public static double number(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            if (!r.next()) throw new AssertionError("no row: " + sql);
            return r.getDouble(1);
        }
    }

    /** The rows in {@code table} (a name as written in SQL). */
    public static long rowCount(Connection connection, String table) throws SQLException {
        return count(connection, "SELECT count(*) FROM " + table);
    }

    /** The first column of every row, as text. */
    public static List<String> column(Connection connection, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    /** The first row, as text (empty when there is no row). */
    public static List<String> row(Connection connection, String sql) throws SQLException {
        List<List<String>> rows = rows(connection, sql, 1);
        return rows.isEmpty() ? List.of() : rows.get(0);
    }

    /** Every row, as text. */
    public static List<List<String>> rows(Connection connection, String sql) throws SQLException {
        return rows(connection, sql, Long.MAX_VALUE);
    }

    private static List<List<String>> rows(Connection connection, String sql, long most) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (out.size() < most && r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) row.add(r.getString(i));
                out.add(row);
            }
        }
        return out;
    }
}
