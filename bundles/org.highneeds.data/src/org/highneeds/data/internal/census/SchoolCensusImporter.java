package org.highneeds.data.internal.census;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * The pupil population (census) file of the school performance tables, {@code england_census.csv}: pupils, EHC plans
 * and SEN support per URN into {@code school_census}. {@code NA} (not applicable or not available) becomes NULL with
 * the column named in {@code not_published}, never 0; the national {@code NAT} rows are kept as national rows.
 */
public final class SchoolCensusImporter extends AbstractDatasetImporter {

    /** Importer id. */
    public static final String ID = "dfe.school-census";

    /** Made by the dataset catalogue from the {@code org.highneeds.data.datasets} extension. */
    public SchoolCensusImporter() {
        super(ID, "1");
    }

    @Override
    public int recognise(SourceFile file) {
        try {
            CsvHeader h = CsvHeader.parse(file.head());
            return CensusFields.COLUMNS.keySet().stream().allMatch(h::has) ? 95 : 0;
        } catch (CsvHeader.HeaderProblem e) {
            return 0;
        }
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        SubMonitor sub = SubMonitor.convert(monitor, "Importing the school census " + file.fileName(), 100);
        String name = file.fileName();
        CsvHeader h = RawCsv.header(file, new ArrayList<>(CensusFields.COLUMNS.keySet()),
                "the school census pupils-by-school file (england_census.csv)");
        sink.describeDataset("dfe.school-census:" + name, "School census: pupils by school (performance tables)",
                "Department for Education");
        try {
            RawCsv.Raw raw = EesCsv.loadRaw(file, h, sink, sub.split(50));
            String t = raw.sql();
            checkCells(sink.connection(), name, h, raw);
            sub.worked(10);
            StringBuilder select = new StringBuilder("SELECT ").append(sink.provenanceId())
                    .append(", CASE WHEN nat THEN 'National' ELSE 'School' END, CASE WHEN NOT nat THEN CAST(urn AS INTEGER) END, ")
                    .append("CASE WHEN NOT nat THEN lpad(la, 3, '0') END, CASE WHEN NOT nat THEN CAST(estab AS INTEGER) END, ")
                    .append("CASE WHEN NOT nat THEN CAST(la AS INTEGER) * 10000 + CAST(estab AS INTEGER) END, ")
                    .append("CASE WHEN nat THEN estab END, ").append(EesCsv.text(h, "SCHOOLTYPE"));
            List<String> notPublished = new ArrayList<>();
            for (Map.Entry<String, String> m : CensusFields.MEASURES.entrySet()) {
                String v = cell(h, m.getKey());
                String type = CensusFields.COUNTS.contains(m.getKey()) ? "INTEGER" : "DOUBLE";
                select.append(", CASE WHEN ").append(v).append(" = 'NA' THEN NULL ELSE CAST(").append(v).append(" AS ")
                        .append(type).append(") END");
                notPublished.add("CASE WHEN " + v + " IS NULL OR " + v + " = 'NA' THEN " + SqlQuoting.literal(m.getValue())
                        + " END");
            }
            select.append(", list_filter([").append(String.join(", ", notPublished)).append("], x -> x IS NOT NULL)")
                    .append(", rowid - ").append(raw.baseRowid()).append(" + 2 FROM (SELECT *, trim(")
                    .append(EesCsv.col(h, "URN")).append(") AS urn, trim(").append(EesCsv.col(h, "LA")).append(") AS la, trim(")
                    .append(EesCsv.col(h, "ESTAB")).append(") AS estab, trim(").append(EesCsv.col(h, "URN"))
                    .append(") = 'NAT' AS nat, rowid FROM ").append(t).append(") ORDER BY rowid");
            long n = Sql.execute(sink.connection(), "INSERT INTO school_census " + select, sub.split(35));
            CensusFields.describeColumns(sink.connection());
            return new ImportSummary(n, List.of(raw.qualifiedName(), "school_census"), null, null);
        } catch (SQLException e) {
            throw new ImportException(new ImportLocation(name, null, 0, 0, null), "database error: " + e.getMessage(), e);
        }
    }

    private static String cell(CsvHeader h, String field) {
        return "trim(" + EesCsv.col(h, field) + ")";
    }

    /** Refuses the first cell that is neither a number nor NA, and a school row without whole-number URN, LA, ESTAB. */
    private static void checkCells(Connection c, String name, CsvHeader h, RawCsv.Raw raw) throws SQLException, ImportException {
        List<String> checks = new ArrayList<>();
        for (String key : List.of("URN", "LA", "ESTAB")) {
            checks.add("CASE WHEN " + cell(h, "URN") + " <> 'NAT' AND NOT regexp_full_match(coalesce(" + cell(h, key)
                    + ", ''), '[0-9]{1,9}') THEN " + SqlQuoting.literal(key) + " END");
        }
        for (String field : CensusFields.MEASURES.keySet()) {
            String v = cell(h, field);
            String type = CensusFields.COUNTS.contains(field) ? "INTEGER" : "DOUBLE";
            checks.add("CASE WHEN " + v + " <> 'NA' AND TRY_CAST(" + v + " AS " + type + ") IS NULL THEN "
                    + SqlQuoting.literal(field) + " END");
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT rowid, f FROM (SELECT rowid, coalesce("
                + String.join(", ", checks) + ") AS f FROM " + raw.sql() + ") WHERE f IS NOT NULL ORDER BY rowid LIMIT 1")) {
            if (r.next()) {
                String field = r.getString(2);
                boolean key = CensusFields.KEYS.contains(field);
                throw new ImportException(new ImportLocation(name, null, raw.fileRow(r.getLong(1)), h.indexOf(field) + 1, field),
                        key ? "expected a whole number (or NAT in URN for a national row)"
                                : "expected a " + (CensusFields.COUNTS.contains(field) ? "whole number" : "number")
                                        + " or NA (not published)");
            }
        }
    }
}
