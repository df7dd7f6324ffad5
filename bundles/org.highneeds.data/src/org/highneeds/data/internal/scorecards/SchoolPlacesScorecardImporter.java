package org.highneeds.data.internal.scorecards;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
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
 * Imports the data file of DfE's local authority school places scorecards ({@code scorecard_data_*.csv}: one row per
 * year and LA, one column per measure) into the long table {@code scorecard_value}. Every column other than the
 * identifying ones is a measure; its phase comes from its name.
 */
public final class SchoolPlacesScorecardImporter extends AbstractDatasetImporter {

    /** Importer id stored in provenance. */
    public static final String ID = "dfe.scorecards";

    /** Columns that identify the row rather than measure something. */
    static final List<String> ID_COLUMNS = List.of("Year", "time_period", "time_identifier", "geographic_level", "country_code",
            "country_name", "region_code", "Region", "region_name", "LANumber", "old_la_code", "new_la_code", "LA_name", "la_name");

    /** R writes missing values as NA (and 0/0 as NaN): kept as markers, like DfE's own z and low. */
    static final Set<String> EXTRA_MARKERS = Set.of("NA", "NaN");

    /** Made by the dataset catalogue from the {@code org.highneeds.data.datasets} extension. */
    public SchoolPlacesScorecardImporter() {
        super(ID, "1");
    }

    @Override
    public int recognise(SourceFile file) {
        List<String> h = CsvPreflight.sniffHeader(file.head(), StandardCharsets.UTF_8);
        if (!h.contains("Year") || !h.contains("LANumber")) return 0;
        return h.contains("Quan_P_Su") || h.contains("PriNOR") || h.contains("Quan_P_UP") ? 100 : 60;
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing school places scorecards from " + file.fileName(), 100);
        Connection c = sink.connection();
        try (PreparedCsv csv = CsvPreflight.prepare(file, StandardCharsets.UTF_8,
                CsvPreflight.requireColumns("school places scorecard", "Year", "LANumber"), progress.split(40));
                StagedCsv s = StagedCsv.load(c, file.fileName(), csv)) {
            progress.split(10);
            s.require("school places scorecard", "Year", "LANumber");
            s.validate(List.of(
                    new Check("Year", "{v} IS NULL OR NOT regexp_full_match({v}, '[0-9]{4}/[0-9]{2}')", "year must look like 2024/25"),
                    new Check("LANumber", "{v} IS NULL OR NOT regexp_full_match({v}, '[0-9]{1,3}')", "LA number must be a number of up to 3 digits")));
            s.requireUnique(s.col("Year") + " || '/' || CAST(CAST(" + s.col("LANumber") + " AS INTEGER) AS VARCHAR)", "LANumber",
                    "year and LA number");
            List<String> measures = new ArrayList<>();
            List<String> phases = new ArrayList<>();
            for (String h : s.header()) {
                if (h.isEmpty() || ID_COLUMNS.stream().anyMatch(h::equalsIgnoreCase)) continue;
                measures.add(h);
                phases.add(ScorecardPhase.of(h));
            }
            if (measures.isEmpty()) {
                throw new ImportException(new ImportLocation(file.fileName(), null, 1, 0, null), "no measure columns");
            }
            if (progress.isCanceled()) throw new OperationCanceledException();
            String cells = s.unpivot(measures, s.col("Year") + " AS period, " + s.col("geographic_level") + " AS geographic_level, CAST("
                    + s.col("LANumber") + " AS INTEGER) AS la_number, " + s.colAny("new_la_code") + " AS new_la_code, "
                    + s.colAny("LA_name", "la_name") + " AS la_name, " + s.colAny("region_code") + " AS region_code, "
                    + s.colAny("Region", "region_name") + " AS region_name",
                    "unnest(" + Sql.list(measures) + ") AS measure, unnest(" + Sql.list(phases) + ") AS phase", EXTRA_MARKERS, false);
            progress.split(15);
            s.requireNumbersOrMarkers(cells, "value is neither a number nor a known marker");
            progress.split(10);
            long rows;
            try (Statement st = c.createStatement()) {
                rows = st.executeUpdate("INSERT INTO scorecard_value (provenance_id, period, geographic_level, la_code, new_la_code,"
                        + " la_name, region_code, region_name, phase, measure, value, marker, source_row, source_column) SELECT "
                        + sink.provenanceId() + ", period, geographic_level,"
                        + " CASE WHEN la_number = 0 OR lower(geographic_level) = 'national' THEN NULL ELSE lpad(CAST(la_number AS VARCHAR), 3, '0') END,"
                        + " new_la_code, la_name, region_code, region_name, phase, measure, number, marker, line, source_column FROM "
                        + cells + " ORDER BY line, source_column");
            }
            progress.split(20);
            String from;
            String to;
            try (Statement st = c.createStatement();
                    ResultSet r = st.executeQuery("SELECT min(" + s.col("Year") + "), max(" + s.col("Year") + ") FROM " + s.table())) {
                r.next();
                from = r.getString(1);
                to = r.getString(2);
            }
            progress.split(5);
            return new ImportSummary(rows, List.of("scorecard_value"), from, to);
        } catch (SQLException e) {
            throw new ImportException(new ImportLocation(file.fileName(), null, 0, 0, null), "writing scorecard values failed: " + e.getMessage(), e);
        }
    }
}
