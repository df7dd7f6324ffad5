package org.highneeds.data.internal.lait;

import java.sql.SQLException;
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
import org.highneeds.data.internal.csv.CsvHeader;
import org.highneeds.data.internal.csv.RawCsv;
import org.highneeds.data.internal.ees.EesCsv;
import org.highneeds.data.internal.sql.Sql;

/**
 * LAIT benchmarking data set in long format ({@code Short Desc, Data item, Years, LA and Regions, Values,
 * LA Number, Region}); not EES-shaped, so it has its own table {@code lait_indicator}. LA number 970 is England,
 * 980-990 are regions (987/988 Inner/Outer London); years are academic/calendar ({@code 2024}) or financial
 * ({@code 2016-17 (OT)}, period_year = the year of its January).
 */
public final class LaitImporter extends AbstractDatasetImporter {

    /** Importer id. */
    public static final String ID = "lait.bds_long";

    /** The columns of the LAIT long file. */
    public static final List<String> COLUMNS = List.of("Short Desc", "Data item", "Years", "LA and Regions", "Values",
            "LA Number", "Region");

    /** Made by the dataset catalogue from the {@code org.highneeds.data.datasets} extension. */
    public LaitImporter() {
        super(ID, "1.0.0");
    }

    @Override
    public int recognise(SourceFile file) {
        try {
            CsvHeader h = CsvHeader.parse(file.head());
            return COLUMNS.stream().allMatch(h::has) ? 90 : 0;
        } catch (CsvHeader.HeaderProblem e) {
            return 0;
        }
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        SubMonitor sub = SubMonitor.convert(monitor, "Importing LAIT " + file.fileName(), 100);
        String name = file.fileName();
        CsvHeader h = RawCsv.header(file, COLUMNS, "a LAIT long-format benchmarking file");
        sink.describeDataset("lait:bds_long", "LAIT benchmarking data set (bds_long)", "Department for Education");
        try {
            RawCsv.Raw raw = EesCsv.loadRaw(file, h, sink, sub.split(50));
            String t = raw.sql();
            String years = "trim(" + EesCsv.col(h, "Years") + ")";
            String la = "trim(" + EesCsv.col(h, "LA Number") + ")";
            long bad = Sql.queryLong(sink.connection(), "SELECT coalesce(min(rowid), -1) FROM " + t + " WHERE hn_period_year("
                    + years + ") IS NULL OR NOT regexp_full_match(coalesce(" + la + ", ''), '[0-9]{3}(\\.0)?')");
            if (bad >= 0) {
                throw new ImportException(new ImportLocation(name, null, raw.fileRow(bad), 0, "Years / LA Number"),
                        "expected a year such as 2024 or 2016-17 (OT) and a 3-digit LA number");
            }
            long n = Sql.execute(sink.connection(), "INSERT INTO lait_indicator SELECT " + sink.provenanceId()
                    + ", 'lait:bds_long', trim(" + EesCsv.col(h, "Short Desc") + "), " + EesCsv.text(h, "Data item")
                    + ", " + years + ", hn_period_year(" + years + "), CASE WHEN " + years + " LIKE '%(OT)%' THEN "
                    + "'Financial year' ELSE 'Year' END, CASE WHEN code = 970 THEN 'National' WHEN code BETWEEN 980 "
                    + "AND 990 THEN 'Regional' ELSE 'Local authority' END, CASE WHEN code < 970 THEN lpad(CAST(code AS "
                    + "VARCHAR), 3, '0') END, trim(" + EesCsv.col(h, "LA and Regions") + "), "
                    + EesCsv.text(h, "Region") + ", hn_value(v), hn_marker(v) FROM (SELECT *, CAST(CAST(" + la
                    + " AS DOUBLE) AS INTEGER) AS code, " + EesCsv.col(h, "Values") + " AS v FROM " + t + ")",
                    sub.split(40));
            String from = Sql.queryLong(sink.connection(), "SELECT min(period_year) FROM lait_indicator WHERE "
                    + "provenance_id = " + sink.provenanceId()) + "";
            String to = Sql.queryLong(sink.connection(), "SELECT max(period_year) FROM lait_indicator WHERE "
                    + "provenance_id = " + sink.provenanceId()) + "";
            return new ImportSummary(n, List.of(raw.qualifiedName(), "lait_indicator"), from, to);
        } catch (SQLException e) {
            throw new ImportException(new ImportLocation(name, null, 0, 0, null), "database error: " + e.getMessage(), e);
        }
    }
}
