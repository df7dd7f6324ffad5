package org.highneeds.data.internal.sen2;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.highneeds.data.SqlQuoting;
import org.highneeds.data.imports.AbstractDatasetImporter;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportLocation;
import org.highneeds.data.imports.ImportSink;
import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.Sen2PlacementCode;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.internal.csv.CellProfile;
import org.highneeds.data.internal.csv.CsvHeader;
import org.highneeds.data.internal.csv.RawCsv;
import org.highneeds.data.internal.ees.EesCsv;
import org.highneeds.data.internal.ees.EesCsvImporter;
import org.highneeds.data.internal.sql.SourceViews;
import org.highneeds.data.internal.sql.Sql;

/**
 * SEN2 "Education, health and care plans" files of both families (pre-2023 aggregate files and the 2023+
 * layout): the EES long table plus the normalised {@code ehcp_caseload}, {@code ehcp_new_plans},
 * {@code ehcp_ceased} and {@code ehcp_activity} tables.
 */
public final class Sen2Importer extends AbstractDatasetImporter {

    /** Importer id. */
    public static final String ID = "sen2.ehcp";

    /** The SEN2 file kinds this importer knows, told apart by their header. */
    public enum Kind {
        CASELOAD, NEEDS_ALL_PLANS, NEW_PLANS, NEEDS_NEW_PLANS, CEASED, REQUESTS, ASSESSMENTS, TIMELINESS,
        OTHER_2023, ESTAB_CASELOAD_2022, AGE_CASELOAD_2022, MI_2022, MI_2023
    }

    private static final Map<String, String> NEEDS = new LinkedHashMap<>();
    private static final Map<String, String> ACTIVITY = new LinkedHashMap<>();

    static {
        for (String n : List.of("asd", "hi", "mld", "msi", "oth", "pd", "pmld", "semh", "slcn", "sld", "spld", "vi")) {
            NEEDS.put("number_" + n, n.toUpperCase(Locale.ROOT));
        }
        NEEDS.put("number_need_unknown", "UNKNOWN");
        // stable measure codes shared by both families (2023+ name | pre-2023 name | 2023 re-issue name)
        ACTIVITY.put("requests_received_in_year", "REQUESTS_RECEIVED");
        ACTIVITY.put("inreqehc", "REQUESTS_RECEIVED");
        ACTIVITY.put("inreq_ehc", "REQUESTS_RECEIVED");
        ACTIVITY.put("requests_decided_not_to_assess", "REQUESTS_REFUSED");
        ACTIVITY.put("assrefusedehc", "REQUESTS_REFUSED");
        ACTIVITY.put("ass_refused_ehc", "REQUESTS_REFUSED");
        ACTIVITY.put("assess_not_issued", "ASSESSED_PLAN_NOT_ISSUED");
        ACTIVITY.put("assnoneehc", "ASSESSED_PLAN_NOT_ISSUED");
        ACTIVITY.put("ass_none_ehc", "ASSESSED_PLAN_NOT_ISSUED");
        ACTIVITY.put("assess_issued", "ASSESSED_PLAN_ISSUED");
        ACTIVITY.put("plans_issued_den", "PLANS_ISSUED");
        ACTIVITY.put("totincexcehc", "PLANS_ISSUED");
        ACTIVITY.put("plans_issued_within_20_weeks", "PLANS_ISSUED_WITHIN_20_WEEKS");
        ACTIVITY.put("incexc20weekehc", "PLANS_ISSUED_WITHIN_20_WEEKS");
        ACTIVITY.put("inc_exc_20week_ehc", "PLANS_ISSUED_WITHIN_20_WEEKS");
        ACTIVITY.put("plans_issued_den_ex", "PLANS_ISSUED_EXCL_EXCEPTIONS");
        ACTIVITY.put("totnoexcehc", "PLANS_ISSUED_EXCL_EXCEPTIONS");
        ACTIVITY.put("plans_issued_20_weeks_ex", "PLANS_ISSUED_WITHIN_20_WEEKS_EXCL_EXCEPTIONS");
        ACTIVITY.put("noexc20weekehc", "PLANS_ISSUED_WITHIN_20_WEEKS_EXCL_EXCEPTIONS");
        ACTIVITY.put("no_exc_20week_ehc", "PLANS_ISSUED_WITHIN_20_WEEKS_EXCL_EXCEPTIONS");
    }

    /** Made by the dataset catalogue from the {@code org.highneeds.data.datasets} extension. */
    public Sen2Importer() {
        super(ID, "1.0.0");
    }

    @Override
    public int recognise(SourceFile file) {
        try {
            if (EesCsv.score(file) == 0) return 0;
            return kind(CsvHeader.parse(file.head()), file.fileName()) == null ? 0 : 90;
        } catch (CsvHeader.HeaderProblem e) {
            return 0;
        }
    }

    /** The SEN2 kind of a header, or null. */
    public static Kind kind(CsvHeader h, String fileName) {
        String f = fileName.toLowerCase(Locale.ROOT);
        if (h.has("ehcplans") && h.has("breakdown_topic")) return Kind.CASELOAD;
        if (h.has("new_ehc_plans") && h.has("breakdown_topic")) return Kind.NEW_PLANS;
        if (h.has("ehc_plans") && h.has("number_asd")) return f.contains("newplan") ? Kind.NEEDS_NEW_PLANS
                : Kind.NEEDS_ALL_PLANS;
        if (h.has("total_ceased")) return Kind.CEASED;
        if (h.has("requests_received_in_year")) return Kind.REQUESTS;
        if (h.has("assess_issued")) return Kind.ASSESSMENTS;
        if (h.has("plans_issued_den")) return Kind.TIMELINESS;
        if (h.has("total_review_meeting") || h.has("personal_budget") || h.has("res_tot") || h.has("open_wbp")
                || h.has("des_med_off")) return Kind.OTHER_2023;
        if (h.has("establishment_type") && h.has("total_ehc")) return Kind.ESTAB_CASELOAD_2022;
        if (h.has("characteristic_age") && h.has("total_ehc")) return Kind.AGE_CASELOAD_2022;
        if (h.has("newallehc")) return Kind.MI_2022;
        if (h.has("new_all_ehc")) return Kind.MI_2023;
        return null;
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        SubMonitor sub = SubMonitor.convert(monitor, "Importing SEN2 " + file.fileName(), 100);
        CsvHeader h = RawCsv.header(file, EesCsv.REQUIRED, "an Explore Education Statistics CSV");
        Kind kind = kind(h, file.fileName());
        if (kind == null) {
            throw new ImportException(new ImportLocation(file.fileName(), null, 1, 0, null),
                    "this is not a SEN2 'Education, health and care plans' file: its header matches no known layout");
        }
        String dataset = EesCsvImporter.datasetId(file);
        sink.describeDataset(dataset, "Education, health and care plans (SEN2): " + file.fileName(),
                "Department for Education");
        try {
            EesCsv.Loaded l = EesCsv.load(file, sink, dataset, sub.split(70));
            requireNoRepeatedRows(sink.connection(), file, h, l.raw());
            Normaliser n = new Normaliser(sink, file.fileName(), l.raw(), dataset);
            List<String> tables = new ArrayList<>(List.of(l.raw().qualifiedName(), "ees_observation"));
            long rows = l.observations();
            String t = switch (kind) {
                case CASELOAD -> n.placementColumns("ehcp_caseload", "ehcplans", List.of("All EHC plans"),
                        "Child or young persons age", "Sex");
                case NEW_PLANS -> n.placementColumns("ehcp_new_plans", "new_ehc_plans", List.of("New EHC plans"),
                        "Age when plan started", null);
                case NEEDS_ALL_PLANS -> n.needs("ehcp_caseload", "Child or young persons age");
                case NEEDS_NEW_PLANS -> n.needs("ehcp_new_plans", null);
                case CEASED -> n.ceased();
                case REQUESTS, ASSESSMENTS, TIMELINESS, MI_2022, MI_2023 -> n.activity(ACTIVITY, kind);
                case ESTAB_CASELOAD_2022 -> n.estab2022();
                case AGE_CASELOAD_2022 -> n.age2022();
                case OTHER_2023 -> null;
            };
            if (t != null) {
                tables.add(t);
                rows += n.written;
            }
            if (kind == Kind.MI_2022 || kind == Kind.MI_2023) {
                n.newPlansFromMi(kind == Kind.MI_2022 ? "NewallEHC" : "new_all_ehc");
                tables.add("ehcp_new_plans");
                rows += n.written;
            }
            sub.worked(30);
            return new ImportSummary(rows, List.copyOf(tables), l.periodFrom(), l.periodTo());
        } catch (SQLException e) {
            throw new ImportException(new ImportLocation(file.fileName(), null, 0, 0, null),
                    "database error while normalising SEN2 data: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a file whose rows repeat: a release has one row per LA, period and breakdown, and a repeated row would
     * double every figure built from it (and make every indicator over it return two rows for an LA). The message
     * names the first repeated row, where it appears and how many rows repeat in all.
     */
    static void requireNoRepeatedRows(Connection c, SourceFile file, CsvHeader h, RawCsv.Raw raw) throws SQLException, ImportException {
        List<String> cols = h.names().stream().map(SqlQuoting::identifier).toList();
        String all = String.join(", ", cols);
        // equal rows have equal hashes, so distinct hashes prove there is no repeat: one aggregate over one column,
        // where grouping by every column costs as much as reading the file again
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) = count(DISTINCT hash(" + all + ")) FROM " + raw.sql())) {
            if (r.next() && r.getBoolean(1)) return;
        }
        StringBuilder shown = new StringBuilder("concat_ws(', '");
        for (int i = 0; i < Math.min(6, cols.size()); i++) {
            shown.append(", ").append(SqlQuoting.literal(h.names().get(i) + " ")).append(" || coalesce(CAST(").append(cols.get(i))
                    .append(" AS VARCHAR), '')");
        }
        shown.append(")");
        String sql = "SELECT list(rowid ORDER BY rowid)[1:5], count(*), " + shown + ", count(*) OVER (), sum(count(*) - 1) OVER () FROM "
                + raw.sql() + " GROUP BY " + all + " HAVING count(*) > 1 ORDER BY min(rowid) LIMIT 1";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            if (!r.next()) return;
            List<String> rows = new ArrayList<>();
            for (Object id : (Object[]) r.getArray(1).getArray()) rows.add(Long.toString(raw.fileRow(((Number) id).longValue())));
            long times = r.getLong(2);
            throw new ImportException(new ImportLocation(file.fileName(), null, raw.fileRow(((Number) ((Object[]) r.getArray(1)
                    .getArray())[1]).longValue()), 0, null), "the row (" + r.getString(3) + ", ...) appears " + times + " times, at rows "
                    + String.join(", ", rows) + (times > rows.size() ? ", ..." : "") + "; " + r.getLong(4) + " rows are repeated, "
                    + r.getLong(5) + " copies in all. A SEN2 release has each row once, so the file was not imported");
        }
    }

    /** Builds the INSERT ... SELECT statements from the raw table. */
    private static final class Normaliser {
        private final ImportSink sink;
        private final String file;
        private final CsvHeader h;
        private final String raw;
        private final CellProfile profile;
        private final String dataset;
        long written;

        Normaliser(ImportSink sink, String file, RawCsv.Raw raw, String dataset) {
            this.sink = sink;
            this.file = file;
            this.h = raw.header();
            this.raw = raw.sql();
            this.profile = raw.profile();
            this.dataset = dataset;
        }

        private String geo() {
            return sink.provenanceId() + " AS pid, " + SqlQuoting.literal(dataset) + " AS ds, hn_period_year("
                    + EesCsv.col(h, "time_period") + ") AS py, coalesce(" + EesCsv.text(h, "geographic_level")
                    + ", 'Unknown') AS gl, " + EesCsv.text(h, "old_la_code") + " AS la, "
                    + EesCsv.text(h, "new_la_code") + " AS ons, " + EesCsv.text(h, "region_code") + " AS reg";
        }

        private String topic() {
            return "trim(" + EesCsv.col(h, "breakdown_topic") + ")";
        }

        private String breakdown() {
            return "trim(" + EesCsv.col(h, "breakdown") + ")";
        }

        private static String ageGroup(String expr) {
            return "lower(regexp_replace(" + expr + ", '^[Aa]ge ', ''))";
        }

        private static String placementLabels() {
            StringBuilder b = new StringBuilder("(VALUES ");
            boolean first = true;
            for (Sen2PlacementCode c : Sen2PlacementCode.values()) {
                for (String l : c.publishedLabels()) {
                    if (!first) b.append(", ");
                    first = false;
                    b.append("(").append(SqlQuoting.literal(l.toLowerCase(Locale.ROOT))).append(", ")
                            .append(SqlQuoting.literal(c.name())).append(")");
                }
            }
            return b.append(") AS pl(label, code)").toString();
        }

        /**
         * Adds {@code select} (the table's columns in order) to the view {@code table}; {@code inner} is the raw-table
         * SELECT it unpivots (column {@code py} = period year) into {@code perRow} rows each ({@code perRow} = 0:
         * count the rows of {@code select} itself). Sets {@link #written} to the rows the import adds to the view.
         */
        private String register(String table, String select, String inner, int perRow) throws SQLException {
            Connection c = sink.connection();
            // periods and rows in one pass over the raw table (UNPIVOT INCLUDE NULLS: perRow rows per inner row)
            List<Integer> periods = new ArrayList<>();
            long rows = 0;
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT py, count(*) FROM (" + inner + ") GROUP BY 1 ORDER BY 1")) {
                while (r.next()) {
                    periods.add(r.getInt(1));
                    rows += r.getLong(2);
                }
            }
            written = perRow == 0 ? Sql.queryLong(c, "SELECT count(*) FROM (" + select + ")") : perRow * rows;
            SourceViews.add(c, table, sink.provenanceId(), select, periods);
            return table;
        }

        /**
         * 2023+ caseload/new plans: one column per placement, rows per breakdown (all / age / sex). The view's SELECT
         * is a UNION ALL of parts that each fix which dimensions are 'all' and say so in a condition on a constant
         * ({@code placement_category <> 'all'}, {@code age_group <> 'all'}, ...): a query for totals (all four
         * dimensions 'all', e.g. EHC plans by LA) then prunes every part but the first, which reads the total
         * column of the total rows without unpivoting anything.
         */
        String placementColumns(String table, String totalColumn, List<String> allTopics, String ageTopic,
                String sexTopic) throws SQLException {
            boolean withSex = table.equals("ehcp_caseload");
            String total = EesCsv.col(h, totalColumn);
            List<String> totalCols = List.of(totalColumn);
            List<String> placementCols = new ArrayList<>();
            StringBuilder cols = new StringBuilder();
            StringBuilder on = new StringBuilder();
            for (Sen2PlacementCode c : Sen2PlacementCode.values()) {
                if (h.has(c.sen2Column())) {
                    placementCols.add(c.sen2Column());
                    if (on.length() > 0) {
                        cols.append(", ");
                        on.append(", ");
                    }
                    cols.append(EesCsv.col(h, c.sen2Column())).append(" AS ").append(SqlQuoting.identifier(c.name()));
                    on.append(SqlQuoting.identifier(c.name()));
                }
            }
            String all = allTopics.stream().map(SqlQuoting::literal).reduce((a, b) -> a + ", " + b).orElseThrow();
            String ageExpr = ageGroup(breakdown());
            String sexExpr = "lower(" + breakdown() + ")";
            String isAge = topic() + " = " + SqlQuoting.literal(ageTopic);
            String isSex = sexTopic == null ? null : topic() + " = " + SqlQuoting.literal(sexTopic);
            String age = "CASE WHEN " + isAge + " THEN " + ageExpr + " ELSE 'all' END";
            String sex = isSex == null ? null : "CASE WHEN " + isSex + " THEN " + sexExpr + " ELSE 'all' END";
            String topics = all + ", " + SqlQuoting.literal(ageTopic) + (sexTopic == null ? "" : ", " + SqlQuoting.literal(sexTopic));
            warnSkippedTopics(topics);
            String geoCols = "pid, ds, py, gl, la, ons, reg, ";
            String cell = "val AS value, __m AS marker";
            List<String> parts = new ArrayList<>();
            // the total column where every dimension is 'all' (an age or sex breakdown named 'all' included)
            String totalRows = topic() + " IN (" + all + ") OR (" + isAge + " AND " + ageExpr + " = 'all')"
                    + (isSex == null ? "" : " OR (" + isSex + " AND " + sexExpr + " = 'all')");
            parts.add("SELECT " + geoCols + "'all' AS age_group, 'all' AS age_band, 'all' AS need, 'all' AS placement"
                    + (withSex ? ", 'all' AS sex, " : ", ") + cell + " FROM (" + cells("SELECT " + geo() + ", " + total
                            + " AS v FROM " + raw + " WHERE " + totalRows, totalCols) + ")");
            // the total column by age
            parts.add("SELECT * FROM (SELECT " + geoCols + "age_group, hn_age_band(age_group) AS age_band, 'all' AS need, "
                    + "'all' AS placement" + (withSex ? ", 'all' AS sex, " : ", ") + cell + " FROM (" + cells("SELECT "
                            + geo() + ", " + ageExpr + " AS age_group, " + total + " AS v FROM " + raw + " WHERE " + isAge, totalCols)
                    + ")) WHERE age_group <> 'all'");
            // the total column by sex
            if (withSex && isSex != null) {
                parts.add("SELECT * FROM (SELECT " + geoCols + "'all' AS age_group, 'all' AS age_band, 'all' AS need, "
                        + "'all' AS placement, sex, " + cell + " FROM (" + cells("SELECT " + geo() + ", " + sexExpr
                                + " AS sex, " + total + " AS v FROM " + raw + " WHERE " + isSex, totalCols) + ")) WHERE sex <> 'all'");
            }
            // every placement column of every row kept
            String inner = "SELECT " + geo() + ", " + age + " AS age_group"
                    + (withSex ? ", " + (sex == null ? "'all'" : sex) + " AS sex" : "")
                    + (cols.length() == 0 ? "" : ", " + cols) + " FROM " + raw + " WHERE " + topic() + " IN (" + topics + ")";
            if (on.length() > 0) {
                parts.add("SELECT * FROM (SELECT " + geoCols + "age_group, age_band, 'all' AS need, placement"
                        + (withSex ? ", sex, " : ", ") + cell + " FROM (" + cells("SELECT * FROM (SELECT *, hn_age_band(age_group) "
                                + "AS age_band FROM (" + inner + ")) UNPIVOT INCLUDE NULLS (v FOR placement IN (" + on + "))",
                                placementCols)
                        + ")) WHERE placement <> 'all'");
            }
            return register(table, String.join(" UNION ALL ", parts), inner, 1 + (on.length() == 0 ? 0 : count(on)));
        }

        /**
         * Parses the text cells {@code v} of {@code rows}, which come from the raw {@code columns}: adds {@code val}
         * (the number, or NULL) and {@code __m} (the marker, or NULL), by the rules of {@code hn_value}/{@code hn_marker}.
         * When the cell profile saw nothing in those columns but blanks, plain numbers and plain markers, a plain cast
         * gives the same values; it also keeps the view cheap to plan (the parsing macros expand into large trees that
         * every query on the view would bind again).
         */
        private String cells(String rows, List<String> columns) {
            boolean plain = true;
            for (String c : columns) plain &= profile.unusual(h.indexOf(c)) == 0;
            if (plain) {
                return "SELECT *, CASE WHEN val IS NOT NULL THEN NULL WHEN v IS NULL THEN '' ELSE v END AS __m FROM "
                        + "(SELECT *, TRY_CAST(v AS DOUBLE) AS val FROM (" + rows + "))";
            }
            return "SELECT *, hn_marker_of(v, val) AS __m FROM (SELECT *, hn_value_cast(v, __x) AS val FROM (SELECT *, "
                    + "TRY_CAST(v AS DOUBLE) AS __x FROM (" + rows + ")))";
        }

        /** sen_needs_all_plans / sen_need_newplans: one column per primary need, rows per placement or age. */
        String needs(String table, String ageTopic) throws SQLException {
            StringBuilder cols = new StringBuilder();
            StringBuilder on = new StringBuilder();
            List<String> needCols = new ArrayList<>();
            for (Map.Entry<String, String> e : NEEDS.entrySet()) {
                if (!h.has(e.getKey())) continue;
                needCols.add(e.getKey());
                if (on.length() > 0) {
                    cols.append(", ");
                    on.append(", ");
                }
                cols.append(EesCsv.col(h, e.getKey())).append(" AS ").append(SqlQuoting.identifier(e.getValue()));
                on.append(SqlQuoting.identifier(e.getValue()));
            }
            String age = ageTopic == null ? "'all'"
                    : "CASE WHEN " + topic() + " = " + SqlQuoting.literal(ageTopic) + " THEN " + ageGroup(breakdown())
                            + " ELSE 'all' END";
            String placement = "CASE WHEN " + topic() + " = 'Type of placement' THEN pl.code ELSE 'all' END";
            String where = "(" + topic() + " IN ('All EHC plans'" + (ageTopic == null ? "" : ", " + SqlQuoting.literal(ageTopic))
                    + ") OR (" + topic() + " = 'Type of placement' AND pl.code IS NOT NULL))";
            String extra = table.equals("ehcp_caseload") ? ", 'all'" : "";
            // the ehc_plans total column repeats caseload.csv / newplans.csv cells, so only the needs are kept
            String inner = "SELECT " + geo() + ", " + age + " AS age_group, hn_age_band(" + age + ") AS age_band, "
                    + placement + " AS placement, " + cols + " FROM " + raw + " LEFT JOIN " + placementLabels()
                    + " ON pl.label = lower(" + breakdown() + ") WHERE " + where;
            // need is never 'all' here: said as a condition, a query for totals prunes these rows unread
            return register(table, "SELECT * FROM (SELECT pid, ds, py, gl, la, ons, reg, age_group, age_band, need, "
                    + "placement" + extra + ", val, __m FROM (" + cells("SELECT * FROM (" + inner + ") UNPIVOT INCLUDE NULLS "
                    + "(v FOR need IN (" + on + "))", needCols) + ")) WHERE need <> 'all'", inner, count(on));
        }

        String ceased() throws SQLException {
            List<String> reasons = new ArrayList<>();
            int start = h.indexOf("breakdown") + 1;
            for (int i = start; i < h.names().size(); i++) reasons.add(h.names().get(i));
            StringBuilder cols = new StringBuilder();
            StringBuilder on = new StringBuilder();
            for (String r : reasons) {
                String code = r.equalsIgnoreCase("total_ceased") ? "all" : r.toLowerCase(Locale.ROOT);
                if (on.length() > 0) {
                    cols.append(", ");
                    on.append(", ");
                }
                cols.append(SqlQuoting.identifier(r)).append(" AS ").append(SqlQuoting.identifier(code));
                on.append(SqlQuoting.identifier(code));
            }
            String placement = "CASE WHEN " + topic() + " = 'Type of placement' THEN pl.code ELSE 'all' END";
            String inner = "SELECT " + geo() + ", " + placement + " AS placement, " + cols + " FROM " + raw
                    + " LEFT JOIN " + placementLabels() + " ON pl.label = lower(" + breakdown() + ") WHERE " + topic()
                    + " = 'All ceased EHC plans' OR (" + topic() + " = 'Type of placement' AND pl.code IS NOT NULL)";
            return register("ehcp_ceased", "SELECT pid, ds, py, gl, la, ons, reg, placement, reason, val, __m FROM ("
                    + cells("SELECT * FROM (" + inner + ") UNPIVOT INCLUDE NULLS (v FOR reason IN (" + on + "))", reasons)
                    + ")", inner, count(on));
        }

        String activity(Map<String, String> mapping, Kind kind) throws SQLException {
            StringBuilder cols = new StringBuilder();
            StringBuilder on = new StringBuilder();
            List<String> measureCols = new ArrayList<>();
            for (String n : h.names()) {
                String code = mapping.get(n.toLowerCase(Locale.ROOT));
                if (code == null) continue;
                measureCols.add(n);
                if (on.length() > 0) {
                    cols.append(", ");
                    on.append(", ");
                }
                cols.append(SqlQuoting.identifier(n)).append(" AS ").append(SqlQuoting.identifier(code));
                on.append(SqlQuoting.identifier(code));
            }
            if (on.length() == 0) {
                written = 0;
                return null;
            }
            // 2023+ flow files also hold breakdowns (e.g. by age); the activity table keeps the 'All ...' rows
            String where = h.has("breakdown_topic") ? " WHERE " + topic() + " LIKE 'All %'" : "";
            String inner = "SELECT " + geo() + ", " + cols + " FROM " + raw + where;
            return register("ehcp_activity", "SELECT pid, ds, py, gl, la, ons, reg, measure, val, __m FROM ("
                    + cells("SELECT * FROM (" + inner + ") UNPIVOT INCLUDE NULLS (v FOR measure IN (" + on + "))",
                            measureCols) + ")", inner, count(on));
        }

        void newPlansFromMi(String column) throws SQLException {
            if (!h.has(column)) {
                written = 0;
                return;
            }
            String inner = "SELECT " + geo() + ", " + EesCsv.col(h, column) + " AS v FROM " + raw;
            register("ehcp_new_plans", "SELECT pid, ds, py, gl, la, ons, reg, 'all', 'all', 'all', 'all', val, __m FROM ("
                    + cells(inner, List.of(column)) + ")", inner, 1);
        }

        /** Pre-2023 caseload by establishment type: subtotal rows dropped, awaiting-provision kinds summed. */
        String estab2022() throws SQLException {
            String type = "trim(" + EesCsv.col(h, "establishment_type") + ")";
            String group = "trim(" + EesCsv.col(h, "establishment_group") + ")";
            String v = EesCsv.col(h, "total_ehc");
            String inner = "SELECT " + geo() + ", CASE WHEN " + type + " = 'Total' THEN 'all' "
                    + "ELSE pl.code END AS placement, " + v + " AS v FROM " + raw + " LEFT JOIN " + placementLabels()
                    + " ON pl.label = lower(" + type + ") WHERE (" + type + " = 'Total' AND " + group + " = 'Total') OR ("
                    + type + " <> 'Total' AND pl.code IS NOT NULL)";
            // plain cells (see cells()): the value is the cast and the marker the cell, blank being ''
            boolean plain = profile.unusual(h.indexOf("total_ehc")) == 0;
            String val = plain ? "TRY_CAST(v AS DOUBLE)" : "hn_value(v)";
            String marker = plain ? "CASE WHEN v IS NULL THEN '' WHEN TRY_CAST(v AS DOUBLE) IS NOT NULL THEN NULL ELSE v END"
                    : "hn_marker(v)";
            return register("ehcp_caseload", "SELECT pid, ds, py, gl, la, ons, reg, 'all', 'all', "
                    + "'all', placement, 'all', sum(" + val + "), CASE WHEN count(" + val + ") = 0 THEN "
                    + "min(" + marker + ") END FROM (" + inner + ") GROUP BY ALL", inner, 0);
        }

        String age2022() throws SQLException {
            String age = "trim(" + EesCsv.col(h, "characteristic_age") + ")";
            String group = "lower(regexp_replace(regexp_replace(" + age + ", '^Age ([0-9]+) to ([0-9]+)$', '\\1-\\2'), "
                    + "'^Age ', ''))";
            String inner = "SELECT " + geo() + ", " + group + " AS age_group, " + EesCsv.col(h, "total_ehc")
                    + " AS v FROM " + raw + " WHERE " + age + " <> 'Total'";
            return register("ehcp_caseload", "SELECT pid, ds, py, gl, la, ons, reg, age_group, hn_age_band(age_group), "
                    + "'all', 'all', 'all', val, __m FROM (" + cells(inner, List.of("total_ehc")) + ")", inner, 1);
        }

        /** Number of entries of an unpivot list of quoted identifiers (commas inside quotes do not count). */
        private static int count(CharSequence on) {
            int n = 1;
            boolean quoted = false;
            for (int i = 0; i < on.length(); i++) {
                char ch = on.charAt(i);
                if (ch == '"') quoted = !quoted;
                else if (ch == ',' && !quoted) n++;
            }
            return n;
        }

        private void warnSkippedTopics(String kept) throws SQLException {
            String q = "SELECT " + topic() + ", count(*) FROM " + raw + " WHERE " + topic() + " NOT IN (" + kept
                    + ") GROUP BY 1 ORDER BY 1";
            try (var s = sink.connection().createStatement(); var r = s.executeQuery(q)) {
                while (r.next()) {
                    sink.warn(new ImportLocation(file, null, 0, h.indexOf("breakdown_topic") + 1, "breakdown_topic"),
                            r.getLong(2) + " rows of breakdown '" + r.getString(1)
                                    + "' are kept in ees_observation only (no normalised mapping)");
                }
            }
        }
    }
}
