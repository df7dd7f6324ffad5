package org.highneeds.data.internal.ees;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.highneeds.data.SqlQuoting;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportLocation;
import org.highneeds.data.imports.ImportSink;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.internal.csv.CellProfile;
import org.highneeds.data.internal.csv.CsvHeader;
import org.highneeds.data.internal.csv.RawCsv;
import org.highneeds.data.internal.sql.Descriptions;
import org.highneeds.data.internal.sql.Sql;
import org.highneeds.data.internal.util.Markers;

/**
 * Loads an Explore Education Statistics CSV: raw table as published (schema {@code raw}), and its part of the long view
 * {@code ees_observation} (one row per data row and indicator, unpivoted from the raw table on read), all in SQL. Columns are selected by name, never
 * by position; filters are text columns, indicators are columns holding numbers or only markers.
 */
public final class EesCsv {

    /** Columns every EES file has. */
    public static final List<String> REQUIRED = List.of("time_period", "time_identifier", "geographic_level");

    /** Geography and time columns: neither filters nor indicators. */
    public static final Set<String> STANDARD = Set.of("time_period", "time_identifier", "geographic_level",
            "country_code", "country_name", "region_code", "region_name", "old_la_code", "new_la_code", "la_name",
            "pcon_code", "pcon_name", "lad_code", "lad_name", "english_devolved_area_code",
            "english_devolved_area_name", "opportunity_area_code", "opportunity_area_name", "ward_code", "ward_name",
            "local_enterprise_partnership_code", "local_enterprise_partnership_name", "rsc_region_lead_name",
            "sponsor_id", "sponsor_name", "school_laestab", "school_name", "school_urn", "school_postcode",
            "trust_id", "trust_name", "provider_ukprn", "provider_name", "institution_id", "institution_name",
            "planning_area_code", "planning_area_name", "mat_id", "mat_name");

    /** Rows sampled to tell filters from indicators (the first rows of the file). */
    private static final int CLASSIFY_SAMPLE = CellProfile.SAMPLE_ROWS;

    /** Result of loading one file. */
    public record Loaded(RawCsv.Raw raw, List<String> filters, List<String> indicators, long observations,
            String periodFrom, String periodTo) {
    }

    private EesCsv() {
    }

    /** Recognition score for an EES header: 0 if not EES-shaped, else 50 (+10 with geography columns). */
    public static int score(SourceFile file) {
        try {
            CsvHeader h = CsvHeader.parse(file.head());
            for (String r : REQUIRED) if (!h.has(r)) return 0;
            return h.has("country_code") ? 60 : 50;
        } catch (CsvHeader.HeaderProblem e) {
            return 0;
        }
    }

    /** The raw table name of an import (in schema {@code raw}). */
    public static String rawTable(long provenanceId) {
        return "raw_p" + provenanceId;
    }

    /** Columns and types of {@code ees_observation}, as an empty SELECT (same as the view in schema/V002.sql). */
    private static final String OBSERVATION_COLUMNS = "SELECT CAST(NULL AS BIGINT) AS provenance_id, "
            + "CAST(NULL AS VARCHAR) AS dataset_id, CAST(NULL AS VARCHAR) AS period, CAST(NULL AS INTEGER) AS period_year, "
            + "CAST(NULL AS VARCHAR) AS time_identifier, CAST(NULL AS VARCHAR) AS geographic_level, "
            + "CAST(NULL AS VARCHAR) AS la_code, CAST(NULL AS VARCHAR) AS ons_code, CAST(NULL AS VARCHAR) AS region_code, "
            + "CAST(NULL AS JSON) AS filters, CAST(NULL AS VARCHAR) AS measure, CAST(NULL AS DOUBLE) AS value, "
            + "CAST(NULL AS VARCHAR) AS marker WHERE false";

    /**
     * Loads the raw table and adds its {@code ees_observation} rows for {@code datasetId} (the view's SELECT over
     * the raw table; {@link Loaded#observations()} is the number of long rows it gives).
     */
    public static Loaded load(SourceFile file, ImportSink sink, String datasetId, IProgressMonitor monitor)
            throws ImportException, SQLException {
        SubMonitor sub = SubMonitor.convert(monitor, "Reading " + file.fileName(), 100);
        Connection c = sink.connection();
        String name = file.fileName();
        CsvHeader header = RawCsv.header(file, REQUIRED, "an Explore Education Statistics CSV");
        String table = rawTable(sink.provenanceId());
        RawCsv.Raw raw = RawCsv.load(file, header, table, sink, sub.split(40));
        registerRaw(c, sink.provenanceId(), table, name);
        String t = raw.sql();
        String tp = col(header, "time_period");

        // periods parsed once per distinct value rather than once per row
        long bad = Sql.queryLong(c, "SELECT coalesce(min(r), -1) FROM (SELECT " + tp + " AS p, min(rowid) AS r FROM "
                + t + " GROUP BY 1) WHERE hn_period_year(p) IS NULL");
        if (bad >= 0) {
            String v = string(c, "SELECT " + tp + " FROM " + t + " WHERE rowid = " + bad);
            throw new ImportException(new ImportLocation(name, null, raw.fileRow(bad),
                    header.indexOf("time_period") + 1, "time_period"),
                    "'" + v + "' is not a period (expected e.g. 2022 or 202122)");
        }

        List<String> filters = new ArrayList<>();
        List<String> indicators = new ArrayList<>();
        classify(c, header, t, raw.profile(), filters, indicators);
        if (indicators.isEmpty()) {
            // files of yes/no answers (e.g. sen2_dmo_dco.csv): keep every answer column as a text indicator
            indicators.addAll(filters);
            filters.clear();
        }
        sub.worked(10);

        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO meta.ees_observation_source(provenance_id, select_sql) VALUES (" + sink.provenanceId()
                    + ", " + SqlQuoting.literal(observationSelect(header, t, sink.provenanceId(), datasetId, filters, indicators))
                    + ")");
        }
        rebuildObservationView(c);
        // UNPIVOT INCLUDE NULLS: one long row per raw row and indicator
        long obs = raw.rows() * indicators.size();
        sub.worked(45);
        String[] periods = periodRange(c, t, tp);
        warnTextInIndicators(c, sink, name, header, t, raw.profile(), indicators);
        warnUnknownLaCodes(c, sink, name, raw);
        sub.worked(5);
        return new Loaded(raw, List.copyOf(filters), List.copyOf(indicators), obs, periods[0], periods[1]);
    }

    /**
     * Loads {@code file} as published into its raw table ({@code raw.raw_p<provenance>}) and registers that table with
     * the import's provenance, as every raw-CSV importer does.
     */
    public static RawCsv.Raw loadRaw(SourceFile file, CsvHeader header, ImportSink sink, IProgressMonitor monitor)
            throws SQLException, ImportException {
        String table = rawTable(sink.provenanceId());
        RawCsv.Raw raw = RawCsv.load(file, header, table, sink, monitor);
        registerRaw(sink.connection(), sink.provenanceId(), table, file.fileName());
        return raw;
    }

    /** Records which raw table (in schema raw) holds a provenance's file. */
    public static void registerRaw(Connection c, long provenanceId, String table, String fileName) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO meta.raw_table(provenance_id, table_name, file_name) VALUES (" + provenanceId
                    + ", " + SqlQuoting.literal(table) + ", " + SqlQuoting.literal(fileName) + ")");
        }
    }

    /** The quoted identifier of the column named {@code name} (case as in the file), or NULL literal. */
    public static String col(CsvHeader h, String name) {
        int i = h.indexOf(name);
        return i < 0 ? "NULL" : SqlQuoting.identifier(h.names().get(i));
    }

    /** Blank and quoted-blank cells as NULL, trimmed. */
    public static String text(CsvHeader h, String name) {
        String c = col(h, name);
        return "NULLIF(trim(" + c + "), '')";
    }

    private static void classify(Connection c, CsvHeader h, String t, CellProfile profile, List<String> filters,
            List<String> indicators) throws SQLException {
        List<String> candidates = new ArrayList<>();
        for (String n : h.names()) {
            if (!STANDARD.contains(n.toLowerCase(Locale.ROOT))) candidates.add(n);
        }
        if (candidates.isEmpty()) return;
        StringBuilder on = new StringBuilder();
        for (String n : candidates) {
            if (on.length() > 0) on.append(", ");
            on.append(SqlQuoting.identifier(n));
        }
        // first rows in file order (a LIMIT without ORDER BY keeps insertion order; no sort of the whole table)
        String sample = "(SELECT " + on + " FROM " + t + " LIMIT " + CLASSIFY_SAMPLE + ")";
        // from the cell profile: a plain number makes an indicator, and so does a column of nothing but blanks and
        // common markers; only the other columns (text, odd values) need the full parsing rules
        List<String> undecided = new ArrayList<>();
        java.util.Map<String, long[]> stats = new java.util.HashMap<>();
        for (String n : candidates) {
            int i = h.indexOf(n);
            long numbers = profile.sampleNumbers(i);
            if (numbers > 0 || profile.sampleUnusual(i) == 0) stats.put(n, new long[] {numbers, 0});
            else undecided.add(n);
        }
        if (!undecided.isEmpty()) {
            StringBuilder und = new StringBuilder();
            for (String n : undecided) {
                if (und.length() > 0) und.append(", ");
                und.append(SqlQuoting.identifier(n));
            }
            // once per distinct value, in Java: the same rules as the SQL macros hn_value/hn_marker (Markers says
            // so and its tests hold both to it), without binding the macros' large expression trees for a few cells
            String q = "SELECT m, v, count(*) FROM (SELECT " + und + " FROM " + sample + ") UNPIVOT INCLUDE NULLS "
                    + "(v FOR m IN (" + und + ")) GROUP BY m, v";
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(q)) {
                while (r.next()) {
                    long[] st = stats.computeIfAbsent(r.getString(1), k -> new long[2]);
                    String v = r.getString(2);
                    if (Markers.parse(v).isNumber()) st[0] += r.getLong(3);
                    else if (!Markers.isKnownMarker(v)) st[1] += r.getLong(3);
                }
            }
        }
        for (String n : candidates) {
            long[] st = stats.getOrDefault(n, new long[] {0, 0});
            if (st[0] > 0 || st[1] == 0) indicators.add(n);
            else filters.add(n);
        }
    }

    /** SQL condition: the cell is a plain number (the fast path of {@code hn_value}, so it parses). */
    private static String fastNumber(String col) {
        return "coalesce(isfinite(TRY_CAST(" + col + " AS DOUBLE)) AND NOT contains(" + col + ", '_'), false)";
    }

    /**
     * SQL condition: the cell is neither blank, nor a plain number, nor a common marker written plainly; only such
     * cells can be numbers with separators, other markers or text.
     */
    private static String unusual(String col) {
        // a blank (NULL) cell fails NOT IN, so it needs no test of its own
        return "NOT " + fastNumber(col) + " AND " + col + " NOT IN ('', 'c', 'x', 'z', 'low', 'u', ':')";
    }

    /** SQL condition: the cell is blank, a suppression marker or a spreadsheet error. */
    public static String knownMarker(String expr) {
        return "(lower(trim(" + expr + ")) IN ('', 'c', 'x', 'z', 'low', 'u', ':', '-', '..', 'n/a', 'na') "
                + "OR upper(trim(" + expr + ")) IN ('#REF!', '#N/A', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!'))";
    }

    /**
     * Recreates the view {@code ees_observation} as the UNION ALL of the SELECTs in {@code meta.ees_observation_source}
     * without the periods in {@code meta.ees_withdrawn_period}, keeping its descriptions; run inside the import's
     * transaction, so a failed import leaves the old view.
     */
    public static void rebuildObservationView(Connection c) throws SQLException {
        Descriptions kept = Descriptions.ofView(c, "main", "ees_observation");
        StringBuilder v = new StringBuilder("CREATE OR REPLACE VIEW ees_observation AS SELECT o.* FROM (")
                .append(OBSERVATION_COLUMNS);
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT select_sql FROM meta.ees_observation_source ORDER BY provenance_id")) {
            while (r.next()) v.append(" UNION ALL (").append(r.getString(1)).append(')');
        }
        v.append(") o WHERE NOT EXISTS (SELECT 1 FROM meta.ees_withdrawn_period w WHERE w.release_id = o.provenance_id "
                + "AND w.period_year IS NOT DISTINCT FROM o.period_year)");
        try (Statement s = c.createStatement()) {
            s.execute(v.toString());
        }
        kept.restore(c);
    }

    private static String observationSelect(CsvHeader h, String t, long pid, String datasetId, List<String> filters,
            List<String> indicators) {
        // filters as a JSON object: far cheaper to build per row than a MAP, and queryable with ->> in SQL
        StringBuilder map = new StringBuilder();
        if (filters.isEmpty()) {
            map.append("'{}'::JSON");
        } else {
            map.append("json_object(");
            for (int i = 0; i < filters.size(); i++) {
                if (i > 0) map.append(", ");
                map.append(SqlQuoting.literal(filters.get(i))).append(", NULLIF(trim(").append(SqlQuoting.identifier(filters.get(i)))
                        .append("), '')");
            }
            map.append(")");
        }
        StringBuilder on = new StringBuilder();
        for (int i = 0; i < indicators.size(); i++) {
            if (i > 0) on.append(", ");
            on.append(SqlQuoting.identifier(indicators.get(i)));
        }
        String tp = col(h, "time_period");
        return "SELECT CAST(" + pid + " AS BIGINT), " + SqlQuoting.literal(datasetId) + ", __p, __py, __ti, __gl, __la, __ons, __reg, __filters, measure, val, hn_marker_of(v, val) FROM (SELECT *, hn_value_cast(v, __x) AS val FROM (SELECT *, TRY_CAST(v AS DOUBLE) AS __x "
                + "FROM (SELECT trim(" + tp + ") AS __p, hn_period_year(" + tp + ") AS __py, " + text(h, "time_identifier") + " AS __ti, "
                + text(h, "geographic_level") + " AS __gl, " + text(h, "old_la_code") + " AS __la, "
                + text(h, "new_la_code") + " AS __ons, " + text(h, "region_code") + " AS __reg, " + map
                + " AS __filters, " + on + " FROM " + t + ") UNPIVOT INCLUDE NULLS (v FOR measure IN (" + on + "))))";
    }

    private static String[] periodRange(Connection c, String t, String tp) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT arg_min(trim(p), hn_period_year(p)), "
                + "arg_max(trim(p), hn_period_year(p)) FROM (SELECT DISTINCT " + tp + " AS p FROM " + t + ")")) {
            r.next();
            return new String[] {r.getString(1), r.getString(2)};
        }
    }

    private static void warnTextInIndicators(Connection c, ImportSink sink, String name, CsvHeader h, String t,
            CellProfile profile, List<String> indicators) throws SQLException {
        if (indicators.isEmpty()) return;
        // the cells of ees_observation with no value and an unknown marker, counted on the raw table with the full
        // parsing rules, but only in the columns where the cell profile saw anything but blanks, plain numbers and
        // plain common markers (those all parse or are known markers)
        List<String> suspects = new ArrayList<>();
        for (String m : indicators) {
            if (profile.unusual(h.indexOf(m)) > 0) suspects.add(m);
        }
        suspects.sort(null);
        for (String m : suspects) {
            String col = SqlQuoting.identifier(m);
            String cells = "SELECT count(*), min(marker) FROM (SELECT trim(replace(" + col + ", chr(160), ' ')) AS marker "
                    + "FROM " + t + " WHERE " + unusual(col) + " AND hn_value_slow(" + col + ") IS NULL) WHERE NOT "
                    + knownMarker("marker");
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(cells)) {
                if (!r.next() || r.getLong(1) == 0) continue;
                String sample = r.getString(2);
                if (sample.length() > 40) sample = sample.substring(0, 40) + "...";
                sink.warn(new ImportLocation(name, null, 0, h.indexOf(m) + 1, m), r.getLong(1)
                        + " cells are neither numbers nor known markers (e.g. '" + sample + "'); kept as text marker");
            }
        }
    }

    /**
     * Warns about LA codes that neither the LA code list ({@code la}) nor the seeded LA numbers ({@code la_ons_code})
     * know; without any reference data there is nothing to check against, so nothing is said.
     */
    public static void warnUnknownLaCodes(Connection c, ImportSink sink, String name, RawCsv.Raw raw)
            throws SQLException {
        CsvHeader h = raw.header();
        if (!h.has("old_la_code")) return;
        List<String> sources = new ArrayList<>();
        if (Sql.tableExists(c, "la")) sources.add("SELECT la_code FROM la");
        if (Sql.tableExists(c, "la_ons_code")) sources.add("SELECT la_code FROM la_ons_code");
        if (sources.isEmpty()) return;
        String known = String.join(" UNION ", sources);
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM (" + known + ")")) {
            if (!r.next() || r.getLong(1) == 0) return;
        }
        String t = raw.sql();
        // codes as written grouped first (a few hundred distinct values), trimmed and compared after
        String q = "SELECT la, min(r) FROM (SELECT NULLIF(trim(w), '') AS la, r FROM (SELECT " + col(h, "old_la_code")
                + " AS w, min(rowid) AS r FROM " + t + " GROUP BY 1)) WHERE la IS NOT NULL AND la NOT IN (SELECT la_code "
                + "FROM (" + known + ") WHERE la_code IS NOT NULL) GROUP BY 1 ORDER BY 1";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(q)) {
            while (r.next()) {
                sink.warn(new ImportLocation(name, null, raw.fileRow(r.getLong(2)), h.indexOf("old_la_code") + 1,
                        "old_la_code"), "LA code " + r.getString(1) + " is not in the LA reference table");
            }
        }
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
