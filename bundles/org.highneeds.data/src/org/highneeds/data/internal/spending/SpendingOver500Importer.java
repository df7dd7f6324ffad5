package org.highneeds.data.internal.spending;

import java.sql.Connection;
import java.sql.ResultSet;
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
import org.highneeds.data.internal.csv.CsvHeader;
import org.highneeds.data.internal.csv.RawCsv;
import org.highneeds.data.internal.ees.EesCsv;
import org.highneeds.data.internal.sql.Sql;

/**
 * Imports a council's "spending over £500" payment file (Local Government Transparency Code) into {@code la_payment}.
 * Columns are found by heading, case and surrounding spaces ignored, so Devon's layout to March 2025 (with invoice
 * numbers, ISO dates, plain amounts) and its layouts from April 2025 (dd/mm/yyyy dates, quoted amounts with thousands
 * separators, a cost-centre column from November 2025) are one dataset. A file replaces the rows earlier files of the
 * same body gave for the months it covers: councils publish a whole month again, and extracts overlap.
 */
public final class SpendingOver500Importer extends AbstractDatasetImporter {

    /** Importer id stored in provenance. */
    public static final String ID = "la.spending-over-500";

    /** Prefix of the dataset id in {@code la_payment.dataset_id}; the body's name in lower case follows. */
    public static final String DATASET_PREFIX = "spending-over-500:";

    private static final List<String> REQUIRED = List.of("Date", "Amount", "Supplier Name", "Expense Type");

    /** Made by the dataset catalogue from the {@code org.highneeds.data.datasets} extension. */
    public SpendingOver500Importer() {
        super(ID, "1");
    }

    @Override
    public int recognise(SourceFile file) {
        return CsvHeader.sniff(file.head()).filter(h -> REQUIRED.stream().allMatch(h::has))
                .map(h -> h.has("Transaction Number") || h.has("Expense Area") ? 95 : 70).orElse(0);
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        SubMonitor sub = SubMonitor.convert(monitor, "Importing payments from " + file.fileName(), 100);
        String name = file.fileName();
        CsvHeader h = RawCsv.header(file, REQUIRED, "a council's spending over £500 file");
        Connection c = sink.connection();
        long id = sink.provenanceId();
        try {
            RawCsv.Raw raw = EesCsv.loadRaw(file, h, sink, sub.split(50));
            String date = dateSql("trim(" + EesCsv.col(h, "Date") + ")");
            String amount = amountSql(EesCsv.col(h, "Amount"));
            // a line with an amount and nothing else is the file's total (Devon's March 2026 file ends with one)
            String total = "(" + EesCsv.text(h, "Date") + " IS NULL AND " + EesCsv.text(h, "Supplier Name") + " IS NULL AND "
                    + EesCsv.text(h, "Transaction Number") + " IS NULL AND " + EesCsv.text(h, "Amount") + " IS NOT NULL)";
            RawCsv.refuseFirst(c, name, raw, "Date", "NOT " + total + " AND " + date + " IS NULL", "not a date (expected dd/mm/yyyy or yyyy-mm-dd hh:mm:ss)");
            RawCsv.refuseFirst(c, name, raw, "Amount", amount + " IS NULL", "not an amount in pounds (such as 4634.00 or \"3,493.78\")");
            String body = h.has("Name of Body") ? EesCsv.text(h, "Name of Body") : EesCsv.text(h, "Body");
            String bodyName;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT min(" + body + ") FROM " + raw.sql())) {
                bodyName = r.next() ? r.getString(1) : null;
            }
            sink.describeDataset(null, "Spending over £500" + (bodyName == null ? "" : ": " + bodyName),
                    bodyName == null ? "the council" : bodyName);
            long n = Sql.execute(c, "INSERT INTO la_payment SELECT " + id + ", " + SqlText.datasetId(body) + ", "
                    + EesCsv.text(h, "Body") + ", " + EesCsv.text(h, "Name of Body") + ", d, " + SqlText.financialYear("d")
                    + ", " + EesCsv.text(h, "Transaction Number") + ", " + EesCsv.text(h, "Invoice Number") + ", a, "
                    // the supplier name as written: the commissioning match works on the council's own spelling
                    + EesCsv.col(h, "Supplier Name") + ", " + EesCsv.text(h, "Supplier ID") + ", "
                    + EesCsv.text(h, "Vat Reg No") + ", " + EesCsv.text(h, "Expense Area") + ", "
                    + EesCsv.text(h, "Expense Type") + ", " + EesCsv.text(h, "Expense Code") + ", "
                    + EesCsv.text(h, "Costcuk") + ", " + EesCsv.text(h, "Creditor Type") + ", rowid - " + raw.baseRowid()
                    + " + 2 FROM (SELECT *, rowid, " + date + " AS d, " + amount + " AS a FROM " + raw.sql()
                    + " WHERE NOT " + total + ") ORDER BY rowid", sub.split(30));
            warnTotalLines(c, name, raw, total, amount, id, sink);
            replaceEarlierMonths(c, id, name, sink);
            String[] months = months(c, id);
            sub.split(20);
            return new ImportSummary(n, List.of(raw.qualifiedName(), "la_payment"), months[0], months[1]);
        } catch (SQLException e) {
            throw new ImportException(new ImportLocation(name, null, 0, 0, null), "database error: " + e.getMessage(), e);
        }
    }

    /** SQL of a payment date published as {@code 2023-04-03 00:00:00}, {@code 2023-04-03} or {@code 24/04/2025}. */
    static String dateSql(String cell) {
        return "CAST(coalesce(try_strptime(" + cell + ", '%Y-%m-%d %H:%M:%S'), try_strptime(" + cell + ", '%Y-%m-%d'), "
                + "try_strptime(" + cell + ", '%d/%m/%Y')) AS DATE)";
    }

    /** SQL of an amount published as {@code 4634.00}, {@code -12.5}, {@code "3,493.78"} or {@code " 2,968.85 "}. */
    static String amountSql(String cell) {
        return "TRY_CAST(replace(replace(trim(" + cell + "), ',', ''), '£', '') AS DECIMAL(15, 2))";
    }

    /** Names each total line, not imported, and says whether it agrees with the payments imported. */
    private static void warnTotalLines(Connection c, String name, RawCsv.Raw raw, String total, String amount, long id, ImportSink sink)
            throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT rowid, " + amount + ", (SELECT sum(amount) "
                + "FROM la_payment WHERE provenance_id = " + id + ") FROM " + raw.sql() + " WHERE " + total + " ORDER BY rowid")) {
            while (r.next()) {
                java.math.BigDecimal stated = r.getBigDecimal(2);
                java.math.BigDecimal sum = r.getBigDecimal(3);
                sink.warn(new ImportLocation(name, null, raw.fileRow(r.getLong(1)), 0, null), "a total line of " + stated
                        + ", not a payment: not imported (" + (sum != null && sum.compareTo(stated) == 0
                                ? "it equals the sum of the payments"
                                : "the payments sum to " + sum) + ")");
            }
        }
    }

    /** Deletes the rows earlier imports of the same dataset gave for the months of this file; marks emptied files superseded. */
    private static void replaceEarlierMonths(Connection c, long id, String name, ImportSink sink) throws SQLException {
        String earlier = "FROM la_payment p WHERE p.provenance_id <> " + id + " AND EXISTS (SELECT 1 FROM la_payment n WHERE "
                + "n.provenance_id = " + id + " AND n.dataset_id = p.dataset_id AND date_trunc('month', n.payment_date) = "
                + "date_trunc('month', p.payment_date))";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT p.provenance_id, count(*), "
                + "strftime(min(p.payment_date), '%Y-%m'), strftime(max(p.payment_date), '%Y-%m') " + earlier
                + " GROUP BY 1 ORDER BY 1")) {
            while (r.next()) {
                sink.warn(new ImportLocation(name, null, 0, 0, null), "replaces " + r.getLong(2) + " payments of import "
                        + r.getLong(1) + " for " + (r.getString(3).equals(r.getString(4)) ? r.getString(3)
                                : r.getString(3) + ".." + r.getString(4)) + ", months this file publishes again");
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE replaced_payment_import AS SELECT DISTINCT p.provenance_id " + earlier);
            s.executeUpdate("DELETE " + earlier);
            s.executeUpdate("UPDATE provenance SET superseded_by = " + id + " WHERE id IN (SELECT provenance_id FROM "
                    + "replaced_payment_import) AND id NOT IN (SELECT DISTINCT provenance_id FROM la_payment)");
            s.execute("DROP TABLE replaced_payment_import");
        }
    }

    private static String[] months(Connection c, long id) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT strftime(min(payment_date), '%Y-%m'), "
                + "strftime(max(payment_date), '%Y-%m') FROM la_payment WHERE provenance_id = " + id)) {
            r.next();
            return new String[] {r.getString(1), r.getString(2)};
        }
    }

    /** SQL pieces of the payment rows. */
    static final class SqlText {
        private SqlText() {
        }

        static String datasetId(String bodySql) {
            return SqlQuoting.literal(DATASET_PREFIX) + " || lower(coalesce(" + bodySql + ", 'unnamed body'))";
        }

        /** The April-to-March financial year of a date, e.g. {@code 2023-24}. */
        static String financialYear(String d) {
            String start = "(year(" + d + ") - CASE WHEN month(" + d + ") < 4 THEN 1 ELSE 0 END)";
            return "CAST(" + start + " AS VARCHAR) || '-' || lpad(CAST((" + start + " + 1) % 100 AS VARCHAR), 2, '0')";
        }
    }
}
