package org.highneeds.data.internal.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.testsupport.TestDb;
import org.highneeds.data.testsupport.TestSink;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;

/** DSG allocation workbooks against published figures read from the files. */
class DsgAllocationImporterTest {

    /** Yearly sheets but High_needs_deductions also total by LA type; those rows are skipped and said so, once per sheet. */
    static final List<String> TYPE_TOTALS_WARNINGS = List.of("Allocations_summary", "Schools_block_and_CSSB", "High_needs_block",
            "Early_years_block").stream().map(s -> "X.ods, sheet '" + s
                    + "': 3 subtotal rows by LA type (metropolitan, unitary, upper tier) not imported: they add up LA rows").toList();

    static SourceFile dsg(String name) throws Exception {
        return SourceFile.of(SharedData.file("high-needs-finance", name));
    }

    @Test
    void yearlyWorkbook2023to24() throws Exception {
        try (TestDb db = TestDb.forImporters()) {
            TestSink sink = db.sink(21);
            ImportSummary s = new DsgAllocationImporter().load(dsg("dedicated-schools-grant_2023-to-2024_published-2023-07-20.ods"),
                    sink, new NullProgressMonitor());
            assertEquals("2023-24", s.periodFrom());
            // England's high needs block total before deductions, High_needs_block [I]: 9,952,172,126
            assertEquals(9952172126.0, db.scalar("SELECT value FROM dsg_allocation WHERE sheet = 'High_needs_block' "
                    + "AND la_code = '970' AND column_ref = '[I]'"));
            assertEquals("Total high needs block before deductions (£s)", db.scalar("SELECT measure FROM dsg_allocation "
                    + "WHERE sheet = 'High_needs_block' AND la_code = '970' AND column_ref = '[I]'"));
            // the same figure in Allocations_summary [C], found by heading text and block
            assertEquals(9952172126.0, db.scalar("SELECT value FROM dsg_allocation WHERE sheet = 'Allocations_summary' "
                    + "AND la_code = '970' AND block = 'high_needs' AND measure LIKE '%before recoupment%'"));
            // Camden (202): HNB after deductions 52,379,590; basic entitlement unit 5,656.28; 386 pupils
            assertEquals(52379590.0, db.scalar("SELECT value FROM dsg_allocation WHERE sheet = 'Allocations_summary' "
                    + "AND la_code = '202' AND block = 'high_needs' AND measure LIKE '%after deductions%'"));
            assertEquals(5656.28, db.scalar("SELECT value FROM dsg_allocation WHERE sheet = 'High_needs_block' "
                    + "AND la_code = '202' AND column_ref = '[B]'"));
            assertEquals("count", db.scalar("SELECT unit FROM dsg_allocation WHERE sheet = 'High_needs_block' "
                    + "AND la_code = '202' AND column_ref = '[C]'"));
            // the sum of LA high needs blocks equals the England row (LA rows only, not regions)
            assertEquals(9952172126.0, ((Number) db.scalar("SELECT sum(value) FROM dsg_allocation WHERE sheet = 'High_needs_block' "
                    + "AND column_ref = '[I]' AND la_code < '970'")).doubleValue(), 2.0);
            // 2023-24: 153 LAs (Cumbria now two) less City of London and Isles of Scilly
            assertEquals(151L, ((Number) db.scalar("SELECT count(DISTINCT la_code) FROM dsg_allocation "
                    + "WHERE sheet = 'High_needs_block' AND la_code < '970'")).longValue());
            assertEquals(0L, ((Number) db.scalar("SELECT count(*) FROM dsg_allocation WHERE provenance_id <> 21")).longValue());
            assertEquals(TYPE_TOTALS_WARNINGS.stream().map(w -> w.replace("X.ods", "dedicated-schools-grant_2023-to-2024_published-2023-07-20.ods")).toList(),
                    sink.warnings());
        }
    }

    @Test
    void amalgamatedSummaryKeepsEachYearAndItsUnit() throws Exception {
        try (TestDb db = TestDb.forImporters()) {
            TestSink sink = db.sink(22);
            ImportSummary s = new DsgAllocationImporter().load(dsg("dsg_allocations_summary_2019-20_to_2023-24_amalgamated.ods"),
                    sink, new NullProgressMonitor());
            assertEquals("2019-20", s.periodFrom());
            assertEquals("2023-24", s.periodTo());
            assertEquals(List.of("2019-20", "2020-21", "2021-22", "2022-23", "2023-24"),
                    db.column("SELECT DISTINCT financial_year FROM dsg_allocation ORDER BY 1"));
            // 2019-20 England HNB before recoupment, in GBP million as published: 6,279.123...
            assertEquals(6279.1231393204043, ((Number) db.scalar("SELECT value FROM dsg_allocation WHERE financial_year = '2019-20' "
                    + "AND la_code = '970' AND block = 'high_needs' AND column_ref = '[C]'")).doubleValue(), 1e-9);
            assertEquals("GBP million", db.scalar("SELECT DISTINCT unit FROM dsg_allocation WHERE financial_year = '2019-20' "
                    + "AND column_ref = '[C]'"));
            // 2023-24 in the amalgamated file is a later update than the July 2023 workbook: 9,953,984,391
            assertEquals(9953984391.0, db.scalar("SELECT value FROM dsg_allocation WHERE financial_year = '2023-24' "
                    + "AND la_code = '970' AND column_ref = '[C]'"));
            assertEquals("GBP", db.scalar("SELECT DISTINCT unit FROM dsg_allocation WHERE financial_year = '2023-24' "
                    + "AND column_ref = '[C]'"));
        }
    }

    @Test
    void everyYearlyWorkbookLoadsItsYear() throws Exception {
        String[][] files = { { "dedicated-schools-grant_2020-to-2021_published-2021-11-18.ods", "2020-21" },
                { "dedicated-schools-grant_2021-to-2022_published-2022-07-18.ods", "2021-22" },
                { "dedicated-schools-grant_2022-to-2023_published-2023-07-20.ods", "2022-23" } };
        try (TestDb db = TestDb.forImporters()) {
            for (String[] f : files) {
                TestSink sink = db.sink(30);
                ImportSummary s = new DsgAllocationImporter().load(dsg(f[0]), sink, new NullProgressMonitor());
                assertEquals(f[1], s.periodFrom());
                assertEquals(TYPE_TOTALS_WARNINGS.stream().map(w -> w.replace("X.ods", f[0])).toList(), sink.warnings());
            }
            // England total high needs block before deductions per year, [F] in 2020-21, [G] in 2021-22, [I] in 2022-23
            assertEquals(List.of("2020-21 [F] 7063230381", "2021-22 [G] " + db.scalar("SELECT CAST(value AS BIGINT) FROM dsg_allocation "
                    + "WHERE financial_year = '2021-22' AND sheet = 'High_needs_block' AND la_code = '970' "
                    + "AND measure LIKE 'Total high needs block before deductions%'"), "2022-23 [I] " + db.scalar(
                    "SELECT CAST(value AS BIGINT) FROM dsg_allocation WHERE financial_year = '2022-23' AND sheet = 'High_needs_block' "
                    + "AND la_code = '970' AND measure LIKE 'Total high needs block before deductions%'")),
                    db.column("SELECT financial_year || ' ' || column_ref || ' ' || CAST(value AS BIGINT) FROM dsg_allocation "
                            + "WHERE sheet = 'High_needs_block' AND la_code = '970' "
                            + "AND measure LIKE 'Total high needs block before deductions%' ORDER BY 1"));
        }
    }

    @Test
    void recognisesDsgWorkbooks() throws Exception {
        assertTrue(new DsgAllocationImporter().recognise(dsg("dsg_allocations_summary_2019-20_to_2023-24_amalgamated.ods")) >= 60);
        assertTrue(new DsgAllocationImporter().recognise(dsg("dedicated-schools-grant_2023-to-2024_published-2023-07-20.ods")) >= 50);
        assertEquals(0, new DsgAllocationImporter().recognise(dsg("high_needs_benchmarking_data_2021-22.xlsx")));
    }
}
