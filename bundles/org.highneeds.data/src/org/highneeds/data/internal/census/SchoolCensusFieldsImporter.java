package org.highneeds.data.internal.census;

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
 * The field dictionary of the performance tables' census file ({@code census_meta.csv}) into
 * {@code school_census_field}; its field names become the descriptions (COMMENT ON) of the columns of
 * {@code school_census}.
 */
public final class SchoolCensusFieldsImporter extends AbstractDatasetImporter {

    /** Importer id. */
    public static final String ID = "dfe.school-census.fields";

    private static final List<String> COLUMNS = List.of("Field Number", "Field Reference", "Field Name", "Values",
            "Data Format", "LA level field?", "National level field?");

    /** Made by the dataset catalogue from the {@code org.highneeds.data.datasets} extension. */
    public SchoolCensusFieldsImporter() {
        super(ID, "1");
    }

    @Override
    public int recognise(SourceFile file) {
        try {
            CsvHeader h = CsvHeader.parse(file.head());
            if (!COLUMNS.stream().allMatch(h::has)) return 0;
            // the dictionaries of the other performance-table files share the header; this one names the census fields
            String head = new String(file.head(), java.nio.charset.StandardCharsets.UTF_8);
            return head.contains(",TSENELSE,") && head.contains(",NOR,") ? 95 : 0;
        } catch (CsvHeader.HeaderProblem e) {
            return 0;
        }
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        SubMonitor sub = SubMonitor.convert(monitor, "Importing the census field dictionary " + file.fileName(), 100);
        String name = file.fileName();
        CsvHeader h = RawCsv.header(file, COLUMNS, "the census field dictionary (census_meta.csv)");
        sink.describeDataset("dfe.school-census.fields:" + name, "School census: field dictionary", "Department for Education");
        try {
            RawCsv.Raw raw = EesCsv.loadRaw(file, h, sink, sub.split(50));
            StringBuilder mapping = new StringBuilder("CASE ref");
            CensusFields.COLUMNS.forEach((field, column) -> mapping.append(" WHEN ").append(SqlQuoting.literal(field))
                    .append(" THEN ").append(SqlQuoting.literal(column)));
            mapping.append(" END");
            long bad = Sql.queryLong(sink.connection(), "SELECT coalesce(min(rowid), -1) FROM " + raw.sql() + " WHERE "
                    + EesCsv.text(h, "Field Reference") + " IS NULL OR TRY_CAST(trim(" + EesCsv.col(h, "Field Number")
                    + ") AS INTEGER) IS NULL");
            if (bad >= 0) {
                throw new ImportException(new ImportLocation(name, null, raw.fileRow(bad), 1, "Field Number"),
                        "expected a field number and a field reference");
            }
            long n = Sql.execute(sink.connection(), "INSERT INTO school_census_field SELECT " + sink.provenanceId()
                    + ", CAST(trim(" + EesCsv.col(h, "Field Number") + ") AS INTEGER), ref, " + mapping + ", "
                    + EesCsv.text(h, "Field Name") + ", " + EesCsv.text(h, "Values") + ", " + EesCsv.text(h, "Data Format")
                    + ", " + yesNo(h, "LA level field?") + ", " + yesNo(h, "National level field?") + ", rowid - "
                    + raw.baseRowid() + " + 2 FROM (SELECT *, trim(" + EesCsv.col(h, "Field Reference") + ") AS ref, rowid FROM "
                    + raw.sql() + ") ORDER BY rowid", sub.split(40));
            CensusFields.describeColumns(sink.connection());
            return new ImportSummary(n, List.of(raw.qualifiedName(), "school_census_field"), null, null);
        } catch (SQLException e) {
            throw new ImportException(new ImportLocation(name, null, 0, 0, null), "database error: " + e.getMessage(), e);
        }
    }

    private static String yesNo(CsvHeader h, String column) {
        String v = "lower(" + EesCsv.text(h, column) + ")";
        return "CASE " + v + " WHEN 'yes' THEN true WHEN 'no' THEN false END";
    }
}
