package org.highneeds.data.internal.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.highneeds.data.SqlQuoting;

/**
 * Normalised tables kept as views over the raw tables (schema V005): view {@code v} (in {@code main}) is the UNION ALL
 * of the rows imported before V005 (table {@code raw.v_stored}, which also fixes the view's columns and types) and
 * one SELECT per import ({@code meta.view_source}), each without the periods a newer release withdrew
 * ({@code meta.view_period}). Every change runs inside the import's transaction, so a failed import leaves the old
 * view and no source rows; the view's descriptions are kept across each rebuild.
 */
public final class SourceViews {

    /** The table of the periods each import's SELECT gives, and which newer release withdrew them. */
    private static final String PERIOD_TABLE = Sql.meta("view_period");

    /** The table of each import's SELECT per view. */
    private static final String SOURCE_TABLE = Sql.meta("view_source");

    private SourceViews() {
    }

    /** The table (in schema raw) holding the rows imported before the view existed; it defines the view's columns. */
    public static String storedTable(String view) {
        return view + "_stored";
    }

    /** The SQL list of the periods release {@code provenanceId} gives to {@code view}, for {@code IN (...)}. */
    public static String periodsOf(String view, long provenanceId) {
        return "SELECT period_year FROM " + PERIOD_TABLE + " WHERE view_name = " + SqlQuoting.literal(view)
                + " AND provenance_id = " + provenanceId;
    }

    /**
     * Adds an import's SELECT to {@code view} and rebuilds it. {@code selectSql} gives the view's columns in order;
     * {@code periodYears} are the period years it has rows for (found cheaply on the raw table by the importer).
     */
    public static void add(Connection c, String view, long provenanceId, String selectSql, List<Integer> periodYears)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO " + SOURCE_TABLE + "(view_name, provenance_id, select_sql) VALUES (?, ?, ?)")) {
            p.setString(1, view);
            p.setLong(2, provenanceId);
            p.setString(3, selectSql);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO " + PERIOD_TABLE + "(view_name, provenance_id, period_year) VALUES (?, ?, ?)")) {
            for (Integer y : new java.util.TreeSet<>(periodYears)) {
                p.setString(1, view);
                p.setLong(2, provenanceId);
                p.setInt(3, y);
                p.addBatch();
            }
            p.executeBatch();
        }
        rebuild(c, view);
    }

    /** The views that have at least one import's SELECT. */
    public static List<String> views(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT DISTINCT view_name FROM " + SOURCE_TABLE + " ORDER BY 1")) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    /**
     * Hides, in {@code view}, the periods of the releases {@code olderIds} that release {@code newId} also covers,
     * and deletes their rows from the stored table (rows imported before the view existed); returns how many
     * (release, period) pairs were withdrawn (the view is rebuilt when any were).
     */
    public static int withdraw(Connection c, String view, long newId, List<Long> olderIds) throws SQLException {
        if (olderIds.isEmpty()) return 0;
        String older = olderIds.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
        String periods = periodsOf(view, newId);
        int n;
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM " + Sql.raw(storedTable(view)) + " WHERE provenance_id IN (" + older
                    + ") AND period_year IN (" + periods + ")");
            n = s.executeUpdate("UPDATE " + PERIOD_TABLE + " SET withdrawn_by = " + newId + " WHERE view_name = "
                    + SqlQuoting.literal(view) + " AND withdrawn_by IS NULL AND provenance_id IN (" + older + ") AND "
                    + "period_year IN (" + periods + ")");
        }
        if (n > 0) rebuild(c, view);
        return n;
    }

    /** What a release still has in {@code view}: periods shown from its SELECT plus rows in the stored table. */
    public static long remaining(Connection c, String view, long provenanceId) throws SQLException {
        return Sql.queryLong(c, "SELECT count(*) FROM " + PERIOD_TABLE + " WHERE view_name = " + SqlQuoting.literal(view)
                + " AND provenance_id = " + provenanceId + " AND withdrawn_by IS NULL")
                + Sql.queryLong(c, "SELECT count(*) FROM " + Sql.raw(storedTable(view)) + " WHERE provenance_id = "
                        + provenanceId);
    }

    /** Recreates {@code view} from its stored table and sources, keeping its descriptions. */
    public static void rebuild(Connection c, String view) throws SQLException {
        Descriptions kept = Descriptions.ofView(c, "main", view);
        Map<String, String> columns = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT column_name, data_type FROM duckdb_columns() "
                + "WHERE database_name = current_database() AND schema_name = 'raw' AND table_name = ? ORDER BY column_index")) {
            p.setString(1, storedTable(view));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) columns.put(r.getString(1), r.getString(2));
            }
        }
        if (columns.isEmpty()) throw new SQLException("no table raw." + storedTable(view) + " defines the view " + view);
        StringBuilder names = new StringBuilder();
        StringBuilder casts = new StringBuilder();
        for (Map.Entry<String, String> e : columns.entrySet()) {
            if (names.length() > 0) {
                names.append(", ");
                casts.append(", ");
            }
            String n = SqlQuoting.identifier(e.getKey());
            names.append(n);
            casts.append("CAST(").append(n).append(" AS ").append(e.getValue()).append(") AS ").append(n);
        }
        // withdrawn periods as constants in each SELECT: filters the planner can push down, no anti-join per query
        Map<Long, List<Integer>> withdrawn = new TreeMap<>();
        Map<Long, Long> live = new TreeMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT provenance_id, period_year, withdrawn_by IS NULL "
                + "FROM " + PERIOD_TABLE + " WHERE view_name = ? ORDER BY 1, 2")) {
            p.setString(1, view);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    live.merge(id, r.getBoolean(3) ? 1L : 0L, Long::sum);
                    if (!r.getBoolean(3)) withdrawn.computeIfAbsent(id, k -> new ArrayList<>()).add(r.getInt(2));
                }
            }
        }
        StringBuilder v = new StringBuilder("CREATE OR REPLACE VIEW ").append(SqlQuoting.identifier(view)).append(" AS SELECT ")
                .append(names).append(" FROM ").append(Sql.raw(storedTable(view)));
        try (PreparedStatement p = c.prepareStatement(
                "SELECT provenance_id, select_sql FROM " + SOURCE_TABLE + " WHERE view_name = ? ORDER BY provenance_id, rowid")) {
            p.setString(1, view);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    if (live.getOrDefault(id, 0L) == 0) continue; // every period replaced, or none at all
                    v.append(" UNION ALL SELECT ").append(casts).append(" FROM (").append(r.getString(2))
                            .append(") AS s(").append(names).append(')');
                    List<Integer> w = withdrawn.get(id);
                    if (w != null) {
                        v.append(" WHERE period_year NOT IN (")
                                .append(w.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElseThrow())
                                .append(')');
                    }
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute(v.toString());
        }
        kept.restore(c);
    }
}
