package org.highneeds.data.internal.gias;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
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
 * Imports the Edubase register in its older "friendly" layout ({@code Unique Reference Number}, {@code Type Of
 * Establishment}, dd/mm/yyyy dates, SEN designations packed with {@code ~}), as Camden Open Data republished it, into
 * {@code edubase_establishment}. A table of its own rather than {@code setting}: a 2015 register of a few boroughs
 * must not be counted with the national GIAS extracts.
 */
public final class CamdenEdubaseImporter extends AbstractDatasetImporter {

    /** Importer id stored in provenance. */
    public static final String ID = "edubase.establishments";

    private static final List<String> REQUIRED = List.of("Unique Reference Number", "Local Authority Code",
            "Establishment Name", "Type Of Establishment");

    private static final List<String> WHOLE_NUMBERS = List.of("Unique Reference Number", "Statutory Low Age",
            "Statutory High Age", "School Capacity", "Number Of Pupils", "Easting", "Northing");

    private static final List<String> DATES = List.of("Open Date", "Close Date", "Census Date", "Last Changed Date");

    /** Made by the dataset catalogue from the {@code org.highneeds.data.datasets} extension. */
    public CamdenEdubaseImporter() {
        super(ID, "1");
    }

    @Override
    public int recognise(SourceFile file) {
        return CsvHeader.sniff(file.head()).filter(h -> REQUIRED.stream().allMatch(h::has)).map(h -> 95).orElse(0);
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        SubMonitor sub = SubMonitor.convert(monitor, "Importing Edubase establishments from " + file.fileName(), 100);
        String name = file.fileName();
        CsvHeader h = RawCsv.header(file, REQUIRED, "an Edubase establishments file");
        Connection c = sink.connection();
        long id = sink.provenanceId();
        try {
            RawCsv.Raw raw = EesCsv.loadRaw(file, h, sink, sub.split(50));
            for (String n : WHOLE_NUMBERS) {
                refuseFirst(c, name, raw, h, n, "TRY_CAST(" + EesCsv.text(h, n) + " AS INTEGER) IS NULL", "not a whole number");
            }
            for (String d : DATES) refuseFirst(c, name, raw, h, d, date(h, d) + " IS NULL", "not a dd/mm/yyyy date");
            refuseFirst(c, name, raw, h, "Longitude", "TRY_CAST(" + EesCsv.text(h, "Longitude") + " AS DOUBLE) IS NULL", "not a number");
            refuseFirst(c, name, raw, h, "Latitude", "TRY_CAST(" + EesCsv.text(h, "Latitude") + " AS DOUBLE) IS NULL", "not a number");
            String type = EesCsv.text(h, "Type Of Establishment");
            String sen = "list_filter(list_transform(flatten([coalesce(string_split(" + EesCsv.text(h, "Special Education Needs 1")
                    + ", '~'), []), coalesce(string_split(" + EesCsv.text(h, "Special Education Needs 2")
                    + ", '~'), [])]), x -> trim(x)), x -> x <> '' AND lower(x) NOT IN ('not applicable', 'none'))";
            String s41 = "lower(" + EesCsv.text(h, "Section 41 Approved") + ")";
            long n = Sql.execute(c, "INSERT INTO edubase_establishment SELECT " + id + ", "
                    + integer(h, "Unique Reference Number") + ", " + EesCsv.text(h, "Establishment Name") + ", lpad("
                    + EesCsv.text(h, "Local Authority Code") + ", 3, '0'), " + EesCsv.text(h, "Local Authority Name") + ", "
                    + type + ", " + ProvisionCategory.caseSql("CAST(NULL AS VARCHAR)", type) + ", "
                    + EesCsv.text(h, "Establishment Status") + ", " + date(h, "Open Date") + ", " + date(h, "Close Date") + ", "
                    + EesCsv.text(h, "Phase Of Education") + ", " + integer(h, "Statutory Low Age") + ", "
                    + integer(h, "Statutory High Age") + ", " + integer(h, "School Capacity") + ", "
                    + integer(h, "Number Of Pupils") + ", " + date(h, "Census Date") + ", CASE " + s41
                    + " WHEN 'approved' THEN true WHEN 'not approved' THEN false END, " + sen + ", list_transform(" + sen
                    + ", x -> trim(split_part(x, ' - ', 1))), " + EesCsv.text(h, "Postcode") + ", "
                    + EesCsv.text(h, "GSSLA Code") + ", "
                    // Edubase writes 0 for a setting it has not located
                    + "NULLIF(" + integer(h, "Easting") + ", 0), NULLIF(" + integer(h, "Northing") + ", 0), "
                    + "TRY_CAST(" + EesCsv.text(h, "Longitude") + " AS DOUBLE), TRY_CAST(" + EesCsv.text(h, "Latitude")
                    + " AS DOUBLE), " + date(h, "Last Changed Date") + ", rowid - " + raw.baseRowid() + " + 2 FROM "
                    + raw.sql() + " ORDER BY rowid", sub.split(40));
            String uploaded = h.has("Last Uploaded") ? lastUploaded(c, raw, h) : null;
            sub.split(10);
            return new ImportSummary(n, List.of(raw.qualifiedName(), "edubase_establishment"), uploaded, uploaded);
        } catch (SQLException e) {
            throw new ImportException(new ImportLocation(name, null, 0, 0, null), "database error: " + e.getMessage(), e);
        }
    }

    private static String integer(CsvHeader h, String heading) {
        return "TRY_CAST(" + EesCsv.text(h, heading) + " AS INTEGER)";
    }

    private static String date(CsvHeader h, String heading) {
        return "CAST(try_strptime(" + EesCsv.text(h, heading) + ", '%d/%m/%Y') AS DATE)";
    }

    private static String lastUploaded(Connection c, RawCsv.Raw raw, CsvHeader h) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT strftime(max(" + date(h, "Last Uploaded")
                + "), '%Y-%m-%d') FROM " + raw.sql())) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static void refuseFirst(Connection c, String name, RawCsv.Raw raw, CsvHeader h, String heading, String badSql,
            String problem) throws SQLException, ImportException {
        // blank cells are NULL, allowed in every checked column
        RawCsv.refuseFirst(c, name, raw, heading, EesCsv.text(h, heading) + " IS NOT NULL AND " + badSql, problem);
    }
}
