package org.highneeds.data.internal.gias;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
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
 * Imports a GIAS "all establishment data" extract ({@code edubasealldataYYYYMMDD.csv}, Windows-1252) into
 * {@code setting}. Columns are selected by heading, so the 2018 and 2026 column sets (and cut-down extracts missing
 * optional columns) all load; only {@code URN}, {@code LA (code)} and {@code EstablishmentName} are required.
 */
public final class GiasEstablishmentImporter extends AbstractDatasetImporter {

    /** Importer id stored in provenance. */
    public static final String ID = "gias.establishments";

    private static final String FAMILY = "GIAS establishment";

    static final String[] REQUIRED = {"URN", "LA (code)", "EstablishmentName"};

    /** Headings this importer reads (lower case); the other ~95 columns of an extract are not staged. */
    static final Set<String> USED;

    static {
        Set<String> used = new HashSet<>(List.of(REQUIRED));
        used.addAll(List.of("LA (name)", "TypeOfEstablishment (code)", "TypeOfEstablishment (name)", "EstablishmentTypeGroup (name)",
                "EstablishmentStatus (name)", "OpenDate", "CloseDate", "PhaseOfEducation (name)", "StatutoryLowAge", "StatutoryHighAge",
                "SchoolCapacity", "NumberOfPupils", "CensusDate", "LastChangedDate", "Postcode", "Easting", "Northing", "GSSLACode (name)",
                "Section41Approved (name)", "TypeOfResourcedProvision (name)", "ResourcedProvisionOnRoll", "ResourcedProvisionCapacity",
                "SenUnitOnRoll", "SenUnitCapacity"));
        for (int i = 1; i <= 13; i++) used.add("SEN" + i + " (name)");
        USED = used.stream().map(u -> u.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static final Pattern FILE_DATE = Pattern.compile("(20\\d{2})(\\d{2})(\\d{2})");

    /** Made by the dataset catalogue from the {@code org.highneeds.data.datasets} extension. */
    public GiasEstablishmentImporter() {
        super(ID, "2");
    }

    @Override
    public int recognise(SourceFile file) {
        List<String> h = CsvPreflight.sniffHeader(file.head(), CsvPreflight.WINDOWS_1252);
        if (!h.contains("URN") || !h.contains("LA (code)") || !h.contains("EstablishmentName")) return 0;
        return h.contains("TypeOfEstablishment (name)") ? 100 : 80;
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing GIAS establishments from " + file.fileName(), 100);
        Connection c = sink.connection();
        // DfE publishes Windows-1252; a copy rebuilt as UTF-8 (gias-special-provision) decodes as UTF-8 and keeps every
        // column, so that each cell that lost a character upstream (U+FFFD) can be named
        boolean utf8 = isUtf8(file);
        try (PreparedCsv csv = CsvPreflight.prepare(file, utf8 ? StandardCharsets.UTF_8 : CsvPreflight.WINDOWS_1252,
                CsvPreflight.requireColumns(FAMILY, REQUIRED), h -> utf8 || USED.contains(h.toLowerCase(Locale.ROOT)), utf8,
                progress.split(60));
                StagedCsv s = StagedCsv.load(c, file.fileName(), csv)) {
            progress.split(10);
            s.require(FAMILY, REQUIRED);
            checkCancel(progress);
            s.validate(checks(s));
            s.requireUnique("CAST(" + s.col("URN") + " AS VARCHAR)", "URN", "URN");
            progress.split(10);
            warnUnknownTypes(s, sink);
            if (utf8) warnReplacementCharacters(s, sink);
            long rows;
            try (Statement st = c.createStatement()) {
                rows = st.executeUpdate(insertSql(s, sink.provenanceId()));
            }
            progress.split(15);
            String extract = extractDate(s, file.fileName());
            progress.split(5);
            return new ImportSummary(rows, List.of("setting"), extract, extract);
        } catch (SQLException e) {
            throw new ImportException(new ImportLocation(file.fileName(), null, 0, 0, null), "writing settings failed: " + e.getMessage(), e);
        }
    }

    /** True when the whole file is valid UTF-8 (ASCII included), as no real Windows-1252 text with accents is. */
    static boolean isUtf8(SourceFile file) throws ImportException {
        try (InputStream in = Files.newInputStream(file.path());
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            char[] buf = new char[1 << 16];
            while (r.read(buf) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new ImportException(new ImportLocation(file.fileName(), null, 0, 0, null), "cannot read file: " + e.getMessage(), e);
        }
    }

    /**
     * One warning per cell holding U+FFFD: the character was lost before the file reached us (a Windows-1252 file
     * decoded as UTF-8 upstream); the row is imported as written.
     */
    static void warnReplacementCharacters(StagedCsv s, ImportSink sink) throws SQLException {
        StringBuilder cols = new StringBuilder();
        for (String h : s.header()) {
            if (!s.has(h)) continue;
            cols.append(cols.length() == 0 ? "" : ", ").append("CAST(").append(s.col(h)).append(" AS VARCHAR) AS ")
                    .append(SqlQuoting.identifier(h));
        }
        String sql = "SELECT line, heading, value FROM (UNPIVOT (SELECT line, " + cols + " FROM " + s.table()
                + ") ON COLUMNS(* EXCLUDE (line)) INTO NAME heading VALUE value) WHERE contains(value, '\uFFFD') ORDER BY line";
        List<String[]> damaged = new ArrayList<>();
        try (Statement st = sink.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next()) damaged.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
        }
        List<String> order = s.header();
        damaged.sort(java.util.Comparator.<String[]>comparingLong(d -> Long.parseLong(d[0])).thenComparingInt(d -> order.indexOf(d[1])));
        for (String[] d : damaged) {
            sink.warn(s.location(Long.parseLong(d[0]), d[1]), "'" + Sql.shorten(d[2]) + "' has a replacement character (U+FFFD) "
                    + "where a character was lost before publication; imported as written");
        }
    }

    static void checkCancel(IProgressMonitor m) {
        if (m.isCanceled()) throw new OperationCanceledException();
    }

    private static List<Check> checks(StagedCsv s) {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("URN", "{v} IS NULL OR NOT regexp_full_match({v}, '[0-9]{1,9}')", "URN must be a positive whole number"));
        checks.add(new Check("LA (code)", "{v} IS NOT NULL AND NOT regexp_full_match({v}, '[0-9]{1,3}')", "LA code must be a number of up to 3 digits"));
        for (String d : List.of("OpenDate", "CloseDate", "CensusDate", "LastChangedDate")) {
            checks.add(new Check(d, Sql.NOT_DMY_DATE, "not a dd-mm-yyyy date"));
        }
        for (String n : List.of("StatutoryLowAge", "StatutoryHighAge", "SchoolCapacity", "NumberOfPupils", "Easting", "Northing",
                "ResourcedProvisionOnRoll", "ResourcedProvisionCapacity", "SenUnitOnRoll", "SenUnitCapacity")) {
            checks.add(new Check(n, Sql.NOT_INTEGER, "not a whole number"));
        }
        return checks;
    }

    private static void warnUnknownTypes(StagedCsv s, ImportSink sink) throws SQLException {
        String code = s.col("TypeOfEstablishment (code)");
        String name = s.col("TypeOfEstablishment (name)");
        String sql = "SELECT min(line), " + code + " AS code, " + name + " AS name, count(*) FROM " + s.table() + " WHERE "
                + ProvisionCategory.unknownSql(code, name) + " GROUP BY ALL ORDER BY 1";
        try (Statement st = sink.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next()) {
                sink.warn(s.location(r.getLong(1), s.has("TypeOfEstablishment (code)") ? "TypeOfEstablishment (code)" : "TypeOfEstablishment (name)"),
                        "unknown establishment type '" + r.getString(2) + "' / '" + r.getString(3) + "' on " + r.getLong(4)
                                + " row(s): provision category set to 'other'");
            }
        }
    }

    static String insertSql(StagedCsv s, long provenanceId) {
        StringBuilder sen = new StringBuilder("[");
        for (int i = 1; i <= 13; i++) sen.append(i > 1 ? ", " : "").append(s.col("SEN" + i + " (name)"));
        sen.append(']');
        String senList = "list_filter(" + sen + ", x -> x IS NOT NULL AND lower(x) NOT IN ('not applicable', 'none'))";
        String rpType = s.col("TypeOfResourcedProvision (name)");
        boolean hasRpType = s.has("TypeOfResourcedProvision (name)");
        String rpTypeClean = "CASE WHEN lower(" + rpType + ") IN ('not applicable', 'none', 'not recorded') THEN NULL ELSE " + rpType + " END";
        String s41 = s.col("Section41Approved (name)");
        return "INSERT INTO setting (provenance_id, urn, name, la_code, la_name, establishment_type_code, establishment_type,"
                + " establishment_type_group, provision_category, status, open_date, close_date, phase, statutory_low_age,"
                + " statutory_high_age, capacity, number_of_pupils, census_date, postcode, easting, northing, gss_la_code,"
                + " section41_approved, type_of_resourced_provision, has_resourced_provision, has_sen_unit,"
                + " resourced_provision_on_roll, resourced_provision_capacity, sen_unit_on_roll, sen_unit_capacity,"
                + " sen_provision_types, sen_provision_codes, source_row)"
                + " SELECT " + provenanceId
                + ", CAST(" + s.col("URN") + " AS INTEGER)"
                + ", " + s.col("EstablishmentName")
                + ", lpad(" + s.col("LA (code)") + ", 3, '0')"
                + ", " + s.col("LA (name)")
                + ", " + (s.has("TypeOfEstablishment (code)") ? "lpad(" + s.col("TypeOfEstablishment (code)") + ", 2, '0')" : "CAST(NULL AS VARCHAR)")
                + ", " + s.col("TypeOfEstablishment (name)")
                + ", " + s.col("EstablishmentTypeGroup (name)")
                + ", " + ProvisionCategory.caseSql(s.col("TypeOfEstablishment (code)"), s.col("TypeOfEstablishment (name)"))
                + ", " + s.col("EstablishmentStatus (name)")
                + ", " + Sql.dmyDate(s.col("OpenDate"))
                + ", " + Sql.dmyDate(s.col("CloseDate"))
                + ", " + s.col("PhaseOfEducation (name)")
                + ", " + Sql.integer(s.col("StatutoryLowAge"))
                + ", " + Sql.integer(s.col("StatutoryHighAge"))
                + ", " + Sql.integer(s.col("SchoolCapacity"))
                + ", " + Sql.integer(s.col("NumberOfPupils"))
                + ", " + Sql.dmyDate(s.col("CensusDate"))
                + ", " + s.col("Postcode")
                + ", " + Sql.integer(s.col("Easting"))
                + ", " + Sql.integer(s.col("Northing"))
                + ", " + s.col("GSSLACode (name)")
                + ", CASE lower(" + s41 + ") WHEN 'approved' THEN true WHEN 'not approved' THEN false ELSE NULL END"
                + ", " + rpTypeClean
                + ", " + (hasRpType ? "coalesce(contains(lower(" + rpTypeClean + "), 'resource'), false)" : "CAST(NULL AS BOOLEAN)")
                + ", " + (hasRpType ? "coalesce(contains(lower(" + rpTypeClean + "), 'unit'), false)" : "CAST(NULL AS BOOLEAN)")
                + ", " + Sql.integer(s.col("ResourcedProvisionOnRoll"))
                + ", " + Sql.integer(s.col("ResourcedProvisionCapacity"))
                + ", " + Sql.integer(s.col("SenUnitOnRoll"))
                + ", " + Sql.integer(s.col("SenUnitCapacity"))
                + ", " + senList
                + ", list_transform(" + senList + ", x -> trim(split_part(x, ' - ', 1)))"
                + ", line"
                + " FROM " + s.table() + " ORDER BY line";
    }

    /** The extract date: from the file name ({@code edubasealldata20181029}) or else the latest LastChangedDate. */
    private static String extractDate(StagedCsv s, String fileName) throws SQLException {
        Matcher m = FILE_DATE.matcher(fileName);
        if (m.find()) return m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        if (!s.has("LastChangedDate")) return null;
        try (Statement st = s.connection().createStatement();
                ResultSet r = st.executeQuery("SELECT strftime(max(" + Sql.dmyDate(s.col("LastChangedDate")) + "), '%Y-%m-%d') FROM " + s.table())) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
