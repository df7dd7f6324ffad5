package org.highneeds.data.internal.spending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.imports.DatasetCatalog;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportResult;
import org.highneeds.data.imports.ImportService;
import org.highneeds.data.imports.ProvenanceRecord;
import org.highneeds.data.testsupport.PlainCsv;
import org.highneeds.data.testsupport.TestDb;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Devon County Council's real payment files, both layouts, recognised among all the catalogue's importers as one spending dataset. */
class SpendingOver500ImporterTest {

    private static final String FOLDER = "devon-spending-high-needs";
    private static final String ISS = "Independent Special School Fees";
    private static final String DEVON = "spending-over-500:devon county council";

    @Test
    void everyDevonFileImportsAsOneDatasetWithThePublishedYearlyTotals() throws Exception {
        try (TestDb db = TestDb.memory()) {
            ImportService service = new ImportService(db.connection, DatasetCatalog.fromExtensions().importers());
            List<ImportResult> results = service.importAll(List.of(SharedData.root().resolve(FOLDER)), null, new NullProgressMonitor());
            assertEquals(5, results.size(), results.toString());
            assertTrue(results.stream().allMatch(r -> r.status() == ImportResult.Status.IMPORTED
                    && r.importerId().equals(SpendingOver500Importer.ID)), results.toString());
            assertEquals(List.of(DEVON), db.column("SELECT DISTINCT dataset_id FROM la_payment"));

            // independent reading: the three high-needs subsets together cover April 2023 to March 2026
            Map<String, BigDecimal> expected = new TreeMap<>();
            Map<String, Integer> payments = new TreeMap<>();
            for (String f : List.of("DCCSpendingOver500_202304-202503_high_needs_subset.csv",
                    "DCCSpendingOver500_202504-202510_high_needs_subset.csv", "DCCSpendingOver500_202511-202603_high_needs_subset.csv")) {
                PlainCsv csv = PlainCsv.read(SharedData.file(FOLDER, f));
                int type = csv.column("Expense Type"), amount = csv.column("Amount"), date = csv.column("Date");
                for (List<String> row : csv.rows()) {
                    if (!row.get(type).trim().equals(ISS)) continue;
                    String year = financialYear(row.get(date).trim());
                    expected.merge(year, pounds(row.get(amount)), BigDecimal::add);
                    payments.merge(year, 1, Integer::sum);
                }
            }
            // the whole months (March 2024, March 2026) replaced the subsets' rows of those months without losing any
            for (Map.Entry<String, BigDecimal> e : expected.entrySet()) {
                assertEquals(0, e.getValue().compareTo(new BigDecimal(db.scalar("SELECT sum(amount) FROM la_payment WHERE "
                        + "expense_type = '" + ISS + "' AND financial_year = '" + e.getKey() + "'").toString())), e.getKey());
                assertEquals((long) payments.get(e.getKey()), db.count("SELECT count(*) FROM la_payment WHERE expense_type = '"
                        + ISS + "' AND financial_year = '" + e.getKey() + "'"), e.getKey());
            }
            // PROVENANCE.md: £48.87 m (1,675 payments), £50.38 m (1,634), £54.62 m (2,138)
            assertEquals(List.of("2023-24", "2024-25", "2025-26"), List.copyOf(expected.keySet()));
            assertEquals(List.of(1675, 1634, 2138), List.copyOf(payments.values()));
            assertEquals(48.87, millions(db, "2023-24"), 0.005);
            assertEquals(50.38, millions(db, "2024-25"), 0.005);
            assertEquals(54.62, millions(db, "2025-26"), 0.005);
            // OLA recoupment: £2.02 m, £1.49 m, £3.79 m
            assertEquals(Arrays.asList("2.02", "1.49", "3.79"), db.column("SELECT CAST(round(sum(amount) / 1e6, 2) AS VARCHAR) "
                    + "FROM la_payment WHERE expense_type = 'OLA Recoupment Expenditure (3rd)' GROUP BY financial_year ORDER BY financial_year"));

            // the whole March 2024 file: 10,690 payments, £84.46 m over all services, all of them kept
            PlainCsv march2024 = PlainCsv.read(SharedData.file(FOLDER, "DCCSpendingOver500_202403.csv"));
            assertEquals(10_690, march2024.rows().size());
            BigDecimal total = march2024.rows().stream().map(r -> pounds(r.get(march2024.column("Amount"))))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(march2024.rows().size(), db.count("SELECT count(*) FROM la_payment WHERE payment_date BETWEEN "
                    + "DATE '2024-03-01' AND DATE '2024-03-31'"));
            assertEquals(0, total.compareTo(new BigDecimal(db.scalar("SELECT sum(amount) FROM la_payment WHERE payment_date "
                    + "BETWEEN DATE '2024-03-01' AND DATE '2024-03-31'").toString())));
            assertEquals(84.46, total.doubleValue() / 1e6, 0.005);

            // the whole March 2026 file ends with its total line: 3,545 payments imported, the total named, not imported
            PlainCsv march2026 = PlainCsv.read(SharedData.file(FOLDER, "DCCSpendingOver500_202603.csv"));
            List<String> last = march2026.rows().get(march2026.rows().size() - 1);
            assertEquals("", last.get(march2026.column("Date")));
            assertEquals(march2026.rows().size() - 1, db.count("SELECT count(*) FROM la_payment WHERE payment_date BETWEEN "
                    + "DATE '2026-03-01' AND DATE '2026-03-31'"));
            assertEquals(3545, march2026.rows().size() - 1);
            assertTrue(results.get(4).warnings().contains("DCCSpendingOver500_202603.csv, row " + (march2026.rows().size() + 1)
                    + ": a total line of " + new BigDecimal(last.get(march2026.column("Amount")).trim().replace(",", ""))
                    + ", not a payment: not imported (it equals the sum of the payments)"), results.get(4).warnings().toString());

            // the council's float artefacts (33485.42999999999) are pennies: rounded, not cut
            List<String> artefact = march2024.rows().stream().filter(r -> r.get(march2024.column("Amount")).matches("-?[0-9]+\\.[0-9]*9{4}[0-9]*"))
                    .findFirst().orElseThrow();
            assertEquals(pounds(artefact.get(march2024.column("Amount"))).toPlainString(), db.scalar("SELECT CAST(amount AS VARCHAR) FROM "
                    + "la_payment WHERE transaction_number = '" + artefact.get(march2024.column("Transaction Number")) + "' AND supplier_id = '"
                    + artefact.get(march2024.column("Supplier ID")) + "' AND payment_date = DATE '2024-03-" + artefact.get(march2024.column("Date"))
                            .substring(8, 10) + "' AND source_row = " + (march2024.rows().indexOf(artefact) + 2)));

            // both layouts parsed: old (ISO date, plain amount, invoice number) and new (dd/mm/yyyy, "3,493.78", cost centre)
            assertEquals(Arrays.asList("2023-04-03", "193729.12", "UNITED RESPONSE SERVICES LTD", "VSMM72371", "5733", null, "B"),
                    db.row("SELECT payment_date, amount, supplier_name, invoice_number, expense_code, cost_centre, creditor_type "
                            + "FROM la_payment WHERE transaction_number = 'P2P40302436'"));
            assertEquals(Arrays.asList("2025-04-24", "3493.78", "PRIORY HOSPITAL ROEHAMPTON ES PR", null,
                    "Children & Young People's Futures", "Other Recoupment Expenditure (3rd)", "A53035", null, "2"),
                    db.row("SELECT payment_date, amount, supplier_name, invoice_number, expense_area, expense_type, expense_code, "
                            + "cost_centre, source_row FROM la_payment WHERE transaction_number = '22002302'"));
            assertEquals(Arrays.asList("2025-11-03", "2968.85", "ST PETER'S PREPARATORY SCHOOL", "R0089003", "Dedicated Schools Grant"),
                    db.row("SELECT payment_date, amount, supplier_name, cost_centre, expense_area FROM la_payment WHERE "
                            + "transaction_number = '22038501'"));
            // supplier names as the council wrote them, variants and redactions kept
            assertTrue(db.count("SELECT count(*) FROM la_payment WHERE supplier_name = 'THE OUTDOORS SCHOOL *33*'") > 0);
            assertTrue(db.count("SELECT count(*) FROM la_payment WHERE supplier_name = 'OUTDOORS SCHOOL THE'") > 0);
            assertTrue(db.count("SELECT count(*) FROM la_payment WHERE supplier_name = 'REDACTED UNDER DP ACT'") > 0);
            assertTrue(db.count("SELECT count(*) FROM la_payment WHERE amount < 0") > 0, "credits are negative");

            // provenance: the subsets whose month was published again keep their other months and stay current
            List<ProvenanceRecord> prov = ProvenanceRecord.all(db.connection);
            assertEquals(5, prov.size());
            assertTrue(prov.stream().noneMatch(ProvenanceRecord::superseded), prov.toString());
            assertEquals("2023-04", prov.get(0).periodFrom());
            assertEquals("2025-03", prov.get(0).periodTo());
            assertTrue(results.get(1).warnings().stream().anyMatch(w -> w.contains("for 2024-03")), results.get(1).warnings().toString());
        }
    }

    /** Synthetic (made up here): an amount that is not a number is refused naming its row and column. */
    @Test
    void anAmountThatIsNotANumberIsRefusedWithItsPlace(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("payments.csv");
        Files.writeString(f, "Body,Name of Body,Date,Transaction number, Amount ,Supplier name,Expense type\r\n"
                + "18,Devon County Council,24/04/2025,1,\"3,493.78\",A LTD,Independent Special School Fees\r\n"
                + "18,Devon County Council,25/04/2025,2,n/a,B LTD,Independent Special School Fees\r\n");
        try (TestDb db = TestDb.forImporters()) {
            ImportException e = assertThrows(ImportException.class, () -> db.load(new SpendingOver500Importer(), f));
            assertEquals("payments.csv, row 3, column 5 (Amount): 'n/a' is not an amount in pounds (such as 4634.00 or \"3,493.78\")",
                    e.getMessage());
            assertEquals(0, db.count("SELECT count(*) FROM la_payment"));
        }
    }

    /** An amount as published ({@code "3,493.78"}, {@code 33485.42999999999}) in pounds and pence. */
    private static BigDecimal pounds(String cell) {
        return new BigDecimal(cell.trim().replace(",", "")).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static double millions(TestDb db, String year) throws Exception {
        return db.number("SELECT sum(amount) FROM la_payment WHERE expense_type = '" + ISS + "' AND financial_year = '" + year + "'") / 1e6;
    }

    /** April-to-March year of {@code 2023-04-03 00:00:00} or {@code 24/04/2025}. */
    private static String financialYear(String date) {
        int year, month;
        if (date.contains("/")) {
            year = Integer.parseInt(date.substring(6, 10));
            month = Integer.parseInt(date.substring(3, 5));
        } else {
            year = Integer.parseInt(date.substring(0, 4));
            month = Integer.parseInt(date.substring(5, 7));
        }
        int start = month < 4 ? year - 1 : year;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }
}
