package org.highneeds.data.internal.gias;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
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
 * Imports the GIAS establishment links download ({@code links_edubasealldataYYYYMMDD.csv}) into {@code setting_link}:
 * predecessor / successor URNs, so a setting can be followed across academy conversion, merger or split.
 */
public final class GiasLinksImporter extends AbstractDatasetImporter {

    /** Importer id stored in provenance. */
    public static final String ID = "gias.links";

    private static final Pattern FILE_DATE = Pattern.compile("(20\\d{2})(\\d{2})(\\d{2})");

    /** Made by the dataset catalogue from the {@code org.highneeds.data.datasets} extension. */
    public GiasLinksImporter() {
        super(ID, "1");
    }

    @Override
    public int recognise(SourceFile file) {
        List<String> h = CsvPreflight.sniffHeader(file.head(), CsvPreflight.WINDOWS_1252);
        if (h.contains("URN") && h.contains("LinkURN") && h.contains("LinkType")) return h.size() <= 6 ? 100 : 70;
        return 0;
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing GIAS links from " + file.fileName(), 100);
        Connection c = sink.connection();
        try (PreparedCsv csv = CsvPreflight.prepare(file, CsvPreflight.WINDOWS_1252,
                CsvPreflight.requireColumns("GIAS establishment links", "URN", "LinkURN", "LinkType"), progress.split(60));
                StagedCsv s = StagedCsv.load(c, file.fileName(), csv)) {
            progress.split(10);
            s.require("GIAS establishment links", "URN", "LinkURN", "LinkType");
            GiasEstablishmentImporter.checkCancel(progress);
            s.validate(List.of(
                    new Check("URN", "{v} IS NULL OR NOT regexp_full_match({v}, '[0-9]{1,9}')", "URN must be a positive whole number"),
                    new Check("LinkURN", "{v} IS NULL OR NOT regexp_full_match({v}, '[0-9]{1,9}')", "LinkURN must be a positive whole number"),
                    new Check("LinkType", "{v} IS NULL", "link type is blank"),
                    new Check("LinkEstablishedDate", Sql.NOT_DMY_DATE, "not a dd-mm-yyyy date")));
            progress.split(10);
            long rows;
            try (Statement st = c.createStatement()) {
                rows = st.executeUpdate("INSERT INTO setting_link (provenance_id, urn, link_urn, link_name, link_type,"
                        + " link_established_date, source_row) SELECT " + sink.provenanceId()
                        + ", CAST(" + s.col("URN") + " AS INTEGER), CAST(" + s.col("LinkURN") + " AS INTEGER), "
                        + s.col("LinkName") + ", " + s.col("LinkType") + ", " + Sql.dmyDate(s.col("LinkEstablishedDate"))
                        + ", line FROM " + s.table() + " ORDER BY line");
            }
            progress.split(20);
            Matcher m = FILE_DATE.matcher(file.fileName());
            String extract = m.find() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : null;
            return new ImportSummary(rows, List.of("setting_link"), extract, extract);
        } catch (SQLException e) {
            throw new ImportException(new ImportLocation(file.fileName(), null, 0, 0, null), "writing setting links failed: " + e.getMessage(), e);
        }
    }
}
