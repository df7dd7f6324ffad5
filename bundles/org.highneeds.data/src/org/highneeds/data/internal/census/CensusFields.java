package org.highneeds.data.internal.census;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.highneeds.data.SqlQuoting;

/**
 * The fields of the performance tables' census file ({@code england_census.csv}) and the columns of
 * {@code school_census} that hold them; the field dictionary ({@code census_meta.csv}) describes them.
 */
final class CensusFields {

    /** The identifying fields, as published. */
    static final List<String> KEYS = List.of("URN", "LA", "ESTAB", "SCHOOLTYPE");

    /** Counts (INTEGER) and percentages (DOUBLE): field reference as published -> school_census column. */
    static final Map<String, String> MEASURES = measures();

    /** The count fields (the rest of {@link #MEASURES} are percentages). */
    static final List<String> COUNTS = List.of("NOR", "NORG", "NORB", "TSENELSE", "TSENELK", "NUMEAL", "NUMENGFL",
            "NUMUNCFL", "NUMFSM", "NUMFSMEVER");

    /** Every school_census column by its field reference, keys included. */
    static final Map<String, String> COLUMNS = columns();

    private CensusFields() {
    }

    private static Map<String, String> measures() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("NOR", "pupils");
        m.put("NORG", "girls");
        m.put("NORB", "boys");
        m.put("PNORG", "pct_girls");
        m.put("PNORB", "pct_boys");
        m.put("TSENELSE", "ehc_plans");
        m.put("PSENELSE", "pct_ehc_plans");
        m.put("TSENELK", "sen_support");
        m.put("PSENELK", "pct_sen_support");
        m.put("NUMEAL", "eal");
        m.put("NUMENGFL", "english_first_language");
        m.put("NUMUNCFL", "language_unclassified");
        m.put("PNUMEAL", "pct_eal");
        m.put("PNUMENGFL", "pct_english_first_language");
        m.put("PNUMUNCFL", "pct_language_unclassified");
        m.put("NUMFSM", "fsm");
        m.put("NUMFSMEVER", "fsm_ever_6");
        m.put("PNUMFSMEVER", "pct_fsm_ever_6");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, String> columns() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("URN", "urn");
        m.put("LA", "la_code");
        m.put("ESTAB", "estab");
        m.put("SCHOOLTYPE", "school_type");
        m.putAll(MEASURES);
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Describes the columns of school_census with the field names of the newest imported dictionary, keeping the
     * field reference so the published name stays findable; does nothing before a dictionary is imported.
     */
    static int describeColumns(Connection c) throws SQLException {
        List<String[]> fields = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT column_name, field_reference, "
                + "field_name, field_values FROM school_census_field WHERE column_name IS NOT NULL AND provenance_id = "
                + "(SELECT max(provenance_id) FROM school_census_field) ORDER BY field_number")) {
            while (r.next()) fields.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)});
        }
        try (Statement s = c.createStatement()) {
            for (String[] f : fields) {
                String nulls = MEASURES.containsKey(f[1]) ? "; NULL when not published (see not_published)" : "";
                s.execute("COMMENT ON COLUMN school_census." + SqlQuoting.identifier(f[0]) + " IS "
                        + SqlQuoting.literal(f[2].replaceAll("\\s+", " ").strip() + " (" + f[1]
                                + (f[3] == null ? "" : ", published as " + f[3]) + ", census_meta.csv)" + nulls + "."));
            }
        }
        return fields.size();
    }
}
