package org.highneeds.data.internal.scorecards;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
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
import org.highneeds.data.internal.csv.StagedCsv;
import org.highneeds.data.internal.csv.StagedCsv.Check;

/**
 * Imports the scorecards' column dictionary ({@code metadata.csv}: {@code programmer_friendly_names,
 * user_friendly_names}) into {@code scorecard_measure}, so measures can be shown with their published descriptions.
 */
public final class ScorecardMetadataImporter extends AbstractDatasetImporter {

    /** Importer id stored in provenance. */
    public static final String ID = "dfe.scorecards.metadata";

    /** Made by the dataset catalogue from the {@code org.highneeds.data.datasets} extension. */
    public ScorecardMetadataImporter() {
        super(ID, "1");
    }

    @Override
    public int recognise(SourceFile file) {
        List<String> h = CsvPreflight.sniffHeader(file.head(), StandardCharsets.UTF_8);
        return h.equals(List.of("programmer_friendly_names", "user_friendly_names")) ? 100
                : h.contains("programmer_friendly_names") && h.contains("user_friendly_names") ? 80 : 0;
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing scorecard measure descriptions from " + file.fileName(), 100);
        Connection c = sink.connection();
        try (PreparedCsv csv = CsvPreflight.prepare(file, StandardCharsets.UTF_8,
                CsvPreflight.requireColumns("school places scorecard metadata", "programmer_friendly_names", "user_friendly_names"),
                progress.split(50));
                StagedCsv s = StagedCsv.load(c, file.fileName(), csv)) {
            s.require("school places scorecard metadata", "programmer_friendly_names", "user_friendly_names");
            s.validate(List.of(new Check("programmer_friendly_names", "{v} IS NULL", "measure name is blank")));
            s.requireUnique(s.col("programmer_friendly_names"), "programmer_friendly_names", "measure");
            progress.split(20);
            // phase is derived in Java (same rule as the data importer), passed as a lookup list
            StringBuilder phaseCase = new StringBuilder("CASE");
            try (Statement st = c.createStatement();
                    java.sql.ResultSet r = st.executeQuery("SELECT DISTINCT " + s.col("programmer_friendly_names") + " FROM " + s.table())) {
                while (r.next()) {
                    String m = r.getString(1);
                    phaseCase.append(" WHEN k = ").append(SqlQuoting.literal(m)).append(" THEN '")
                            .append(ScorecardPhase.of(m)).append('\'');
                }
            }
            phaseCase.append(" ELSE 'all' END");
            long rows;
            try (Statement st = c.createStatement()) {
                rows = st.executeUpdate("INSERT INTO scorecard_measure (provenance_id, measure, description, phase, source_row) SELECT "
                        + sink.provenanceId() + ", k, d, " + phaseCase + ", line FROM (SELECT line, " + s.col("programmer_friendly_names")
                        + " AS k, " + s.col("user_friendly_names") + " AS d FROM " + s.table() + ") ORDER BY line");
            }
            progress.split(30);
            return new ImportSummary(rows, List.of("scorecard_measure"), null, null);
        } catch (SQLException e) {
            throw new ImportException(new ImportLocation(file.fileName(), null, 0, 0, null), "writing scorecard measures failed: " + e.getMessage(), e);
        }
    }
}
