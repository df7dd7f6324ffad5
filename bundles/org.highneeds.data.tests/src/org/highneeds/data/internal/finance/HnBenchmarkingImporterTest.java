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

/** High needs benchmarking data sheet 2021-22 into the long table. */
class HnBenchmarkingImporterTest {

    static SourceFile file() throws Exception {
        return SourceFile.of(SharedData.file("high-needs-finance", "high_needs_benchmarking_data_2021-22.xlsx"));
    }

    @Test
    void loadsEveryLaAndKeepsErrorCellsAsMarkers() throws Exception {
        try (TestDb db = TestDb.forImporters()) {
            TestSink sink = db.sink(11);
            ImportSummary s = new HnBenchmarkingImporter().load(file(), sink, new NullProgressMonitor());
            assertEquals("2021-22", s.periodFrom());
            // data rows 8..161: one per LA
            assertEquals(154L, ((Number) db.scalar("SELECT count(DISTINCT la_code) FROM hn_benchmarking")).longValue());
            assertEquals(s.rows(), ((Number) db.scalar("SELECT count(*) FROM hn_benchmarking WHERE provenance_id = 11")).longValue());
            // Derby (831), row 8: place funding budget P8 = 9,679,280; York (816) G161 = 1,058 EHCPs
            assertEquals(9679280.0, db.scalar("SELECT value FROM hn_benchmarking WHERE la_code = '831' "
                    + "AND measure = 'Section 251 budget | Place funding'"));
            assertEquals(1058.0, db.scalar("SELECT value FROM hn_benchmarking WHERE la_code = '816' "
                    + "AND measure = 'No. aged up to 25 with SEN statement or EHCP'"));
            // Derby AR8 is #REF!: NULL with the marker, never 0
            assertEquals("null|#REF!", db.scalar("SELECT coalesce(CAST(value AS VARCHAR), 'null') || '|' || marker "
                    + "FROM hn_benchmarking WHERE la_code = '831' AND column_ref = 'AR'"));
            // every error cell of the sheet is kept as its marker (PROVENANCE.md counts)
            assertEquals(List.of("#DIV/0!=56", "#N/A=294", "#REF!=2310"), db.column("SELECT marker || '=' || count(*) "
                    + "FROM hn_benchmarking WHERE marker LIKE '#%' GROUP BY marker ORDER BY marker"));
            assertEquals(0L, ((Number) db.scalar("SELECT count(*) FROM hn_benchmarking WHERE marker IS NOT NULL "
                    + "AND value IS NOT NULL")).longValue());
            // measures are unique per LA
            assertEquals(0L, ((Number) db.scalar("SELECT count(*) FROM (SELECT la_code, measure FROM hn_benchmarking "
                    + "GROUP BY ALL HAVING count(*) > 1)")).longValue());
            assertTrue(sink.warnings().isEmpty(), sink.warnings().toString());
        }
    }

    @Test
    void recognisesTheBenchmarkingSheetOnly() throws Exception {
        assertTrue(new HnBenchmarkingImporter().recognise(file()) >= 90);
        assertEquals(0, new HnBenchmarkingImporter().recognise(SourceFile.of(
                SharedData.file("statistical-neighbours", "sn_may_2025.xlsx"))));
    }
}
