package org.highneeds.data.internal.ons;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.highneeds.data.SqlQuoting;
import org.highneeds.data.imports.AbstractDatasetImporter;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportLocation;
import org.highneeds.data.imports.ImportSink;
import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.internal.csv.CsvPreflight;
import org.highneeds.data.internal.csv.PreparedCsv;
import org.highneeds.data.internal.csv.Sql;
import org.highneeds.data.internal.csv.StagedCsv;
import org.highneeds.data.internal.csv.StagedCsv.Check;

/**
 * Imports an ONS mid-year estimates table by single year of age ("MYE2" layout: one row per area, columns
 * {@code <geo>_code, <geo>_name, total_population, 0 .. 89, 90+}, or ONS's own {@code Code, Name, Geography,
 * All ages, 0 .. 90+}) into {@code population}, one row per area and age.
 *
 * <p>The mid-year is not in the table, so it is taken from the file name ({@code mid2019}); the sex from the file name
 * too ({@code males}/{@code females}, else persons).
 */
public final class OnsMidYearEstimatesImporter extends AbstractDatasetImporter {

    /** Importer id stored in provenance. */
    public static final String ID = "ons.mye";

    private static final Pattern MID_YEAR = Pattern.compile("mid[-_ ]?((?:19|20)\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern GEO_CODE = Pattern.compile("([a-z]+?)(\\d{2})?_code");
    private static final int OLDEST = 90;

    /** Made by the dataset catalogue from the {@code org.highneeds.data.datasets} extension. */
    public OnsMidYearEstimatesImporter() {
        super(ID, "1");
    }

    @Override
    public int recognise(SourceFile file) {
        List<String> h = CsvPreflight.sniffHeader(file.head(), StandardCharsets.UTF_8);
        if (codeHeading(h) == null) return 0;
        int ages = 0;
        for (int a = 0; a < OLDEST; a++) if (h.contains(Integer.toString(a))) ages++;
        if (ages < 80) return 0;
        return h.contains("90+") || h.contains("90") ? 100 : 70;
    }

    /** The heading of the area code column: {@code utla19_code}, {@code ltla21_code}, ... or {@code Code}. */
    static String codeHeading(List<String> header) {
        for (String h : header) {
            if (GEO_CODE.matcher(h.toLowerCase(Locale.ROOT)).matches() || h.equalsIgnoreCase("Code")) return h;
        }
        return null;
    }

    /** The header check: an area code column and every single year of age 0 .. 90+. */
    static String layoutProblem(List<String> header) {
        if (codeHeading(header) == null) {
            return "not an ONS mid-year estimates file: no area code column (<geography>_code or Code)";
        }
        List<String> missing = new ArrayList<>();
        for (int a = 0; a <= OLDEST; a++) {
            String heading = Integer.toString(a);
            if (!header.contains(heading) && !(a == OLDEST && header.contains("90+"))) missing.add(a < OLDEST ? heading : "90+");
        }
        if (missing.isEmpty()) return null;
        return "not an ONS single-year-of-age file: missing age column" + (missing.size() > 1 ? "s " : " ")
                + (missing.size() > 5 ? String.join(", ", missing.subList(0, 5)) + " and " + (missing.size() - 5) + " more" : String.join(", ", missing));
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing ONS population estimates from " + file.fileName(), 100);
        Connection c = sink.connection();
        int midYear = midYear(file.fileName());
        try (PreparedCsv csv = CsvPreflight.prepare(file, StandardCharsets.UTF_8,
                OnsMidYearEstimatesImporter::layoutProblem, progress.split(50));
                StagedCsv s = StagedCsv.load(c, file.fileName(), csv)) {
            progress.split(10);
            // layoutProblem() has already guaranteed the code column and all ages
            String codeHeading = codeHeading(s.header());
            List<String> ageHeadings = new ArrayList<>();
            List<Integer> ages = new ArrayList<>();
            for (int a = 0; a <= OLDEST; a++) {
                String heading = a < OLDEST ? Integer.toString(a) : s.has("90+") ? "90+" : "90";
                ageHeadings.add(s.header().get(s.position(heading) - 1));
                ages.add(a);
            }
            String sex = sex(file.fileName());
            String prefix = codeHeading.toLowerCase(Locale.ROOT);
            Matcher gm = GEO_CODE.matcher(prefix);
            String geography = gm.matches() ? gm.group(1).toUpperCase(Locale.ROOT) : null;
            String geographyYear = gm.matches() && gm.group(2) != null ? "20" + gm.group(2) : null;
            String nameHeading = prefix.endsWith("_code") ? codeHeading.substring(0, codeHeading.length() - 4) + "name" : "Name";
            String totalHeading = s.has("total_population") ? "total_population" : "All ages";
            String geographySql = geography != null ? SqlQuoting.literal(geography) : s.colAny("Geography", "Geography1");

            s.validate(List.of(new Check(codeHeading, "{v} IS NULL", "area code is blank")));
            if (geography == null && !s.has("Geography") && !s.has("Geography1")) {
                throw new ImportException(s.location(1, codeHeading), "cannot tell the geography: the code column is not <geography>NN_code and there is no Geography column");
            }
            s.requireUnique(s.col(codeHeading), codeHeading, "area code");
            if (progress.isCanceled()) throw new OperationCanceledException();
            List<String> labels = new ArrayList<>();
            for (Integer age : ages) labels.add(age == OLDEST ? "90+" : Integer.toString(age));
            List<String> counted = new ArrayList<>(ageHeadings);
            List<String> ageList = new ArrayList<>();
            for (Integer age : ages) ageList.add(age.toString());
            List<String> labelList = new ArrayList<>(labels);
            if (s.has(totalHeading)) {
                // the published total is checked like the single years, and kept apart (age -1) for the sum check
                counted.add(totalHeading);
                ageList.add("-1");
                labelList.add("total");
            }
            String cells = s.unpivot(counted, s.col(codeHeading) + " AS code, " + s.colAny(nameHeading, "Name") + " AS name, "
                    + geographySql + " AS geography", "unnest([" + String.join(", ", ageList) + "]) AS age, unnest(" + Sql.list(labelList)
                    + ") AS age_label", Set.of(), true);
            s.requireNumbersOrMarkers(cells, "population count is neither a whole number nor a marker");
            progress.split(10);
            warnTotals(s, sink, cells, totalHeading);
            long rows;
            try (Statement st = c.createStatement()) {
                rows = st.executeUpdate("INSERT INTO population (provenance_id, mid_year, ons_code, area_name, geography, geography_year,"
                        + " age, age_label, sex, persons, marker, source_row) SELECT " + sink.provenanceId() + ", " + midYear
                        + ", code, name, geography, " + (geographyYear == null ? "NULL" : geographyYear) + ", age, age_label, "
                        + SqlQuoting.literal(sex) + ", CAST(number AS BIGINT), marker, line FROM " + cells + " WHERE age >= 0 ORDER BY line, age");
            }
            progress.split(30);
            return new ImportSummary(rows, List.of("population"), Integer.toString(midYear), Integer.toString(midYear));
        } catch (SQLException e) {
            throw new ImportException(new ImportLocation(file.fileName(), null, 0, 0, null), "writing population failed: " + e.getMessage(), e);
        }
    }

    private static int midYear(String fileName) throws ImportException {
        Matcher m = MID_YEAR.matcher(fileName);
        if (!m.find()) {
            throw new ImportException(new ImportLocation(fileName, null, 0, 0, null),
                    "cannot tell the mid-year: the file name must contain it as midYYYY (e.g. mye2_persons_mid2019_utla2019.csv)");
        }
        return Integer.parseInt(m.group(1));
    }

    private static String sex(String fileName) {
        String f = fileName.toLowerCase(Locale.ROOT);
        if (f.contains("female")) return "female";
        if (f.matches(".*(^|[^a-z])males.*")) return "male";
        return "persons";
    }

    /** A row whose ages do not add up to its published total is kept but reported: it usually means a cut file. */
    private static void warnTotals(StagedCsv s, ImportSink sink, String cells, String totalHeading) throws SQLException {
        String sql = "SELECT line, any_value(code), max(number) FILTER (WHERE age < 0) AS total, sum(number) FILTER (WHERE age >= 0) AS ages"
                + " FROM " + cells + " GROUP BY line HAVING total IS NOT NULL AND total <> coalesce(ages, 0) ORDER BY line";
        try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next()) {
                sink.warn(s.location(r.getLong(1), totalHeading), "total " + r.getLong(3) + " for " + r.getString(2)
                        + " differs from the sum of single years " + r.getLong(4));
            }
        }
    }
}
