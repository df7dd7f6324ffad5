package org.highneeds.data.internal.generic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.testsupport.TestDb;
import org.highneeds.data.testsupport.TestSink;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generic sheet importer: preview, bounded type sniffing, overrides, markers. */
class GenericSheetImporterTest {

    private static ColumnType typeOf(SheetPreview p, String name) {
        return p.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().type();
    }

    @Test
    void previewOfARealCsvInfersTypesAndNames() throws Exception {
        Path csv = SharedData.file("ehcp-sen2-2025", "annual_reviews.csv");
        SheetPreview p = GenericSheetImporter.preview(csv, null, 5);
        assertEquals(List.of("annual_reviews"), p.sheets());
        assertEquals(1, p.headerRow());
        assertEquals(34, p.columns().size());
        assertEquals(ColumnType.INTEGER, typeOf(p, "time_period"));
        assertEquals(ColumnType.TEXT, typeOf(p, "old_la_code")); // an identifier, never a number
        assertEquals(ColumnType.INTEGER, typeOf(p, "total_ehc_plans"));
        assertEquals(ColumnType.DECIMAL, typeOf(p, "pc_decsion_4weeks"));
        // the file repeats the heading review_meeting_prior_24: the second becomes unique
        assertEquals("review_meeting_prior_24_2", p.columns().get(18).name());
        assertEquals(5, p.rows().size());
        assertEquals("638745", p.rows().get(0).get(12)); // England's total EHC plans, first data row
    }

    @Test
    void importsCsvWithMarkersAsNullAndOverrides() throws Exception {
        Path csv = SharedData.file("ehcp-sen2-2025", "annual_reviews.csv");
        try (TestDb db = TestDb.forImporters()) {
            GenericSheetImporter imp = new GenericSheetImporter("user_annual_reviews", null,
                    Map.of("time_period", ColumnType.TEXT), 50);
            ImportSummary s = imp.load(SourceFile.of(csv), db.sink(5), new NullProgressMonitor());
            assertEquals(163L, s.rows());
            assertEquals("VARCHAR", db.scalar("SELECT data_type FROM information_schema.columns WHERE table_name = "
                    + "'user_annual_reviews' AND column_name = 'time_period'"));
            // Blackpool (890): total plans 1,661 but review_expected suppressed 'x' -> NULL with marker
            assertEquals("1661|null|x", db.scalar("SELECT total_ehc_plans || '|' || coalesce(CAST(review_expected AS VARCHAR), 'null') "
                    + "|| '|' || review_expected_marker FROM user_annual_reviews WHERE old_la_code = '890'"));
            assertEquals(638745L, db.scalar("SELECT total_ehc_plans FROM user_annual_reviews WHERE geographic_level = 'National'"));
            assertEquals(163L, ((Number) db.scalar("SELECT count(*) FROM user_annual_reviews WHERE provenance_id = 5")).longValue());
            assertEquals(1L, ((Number) db.scalar("SELECT count(*) FROM meta.generic_import WHERE table_name = 'user_annual_reviews'")).longValue());
            // described for the Data view and SQL completion: the source file, and each column's heading
            assertEquals("Sheet 'annual_reviews' of annual_reviews.csv, imported as it was (generic sheet import); one row "
                    + "per data row of the sheet.", db.scalar("SELECT comment FROM duckdb_tables() WHERE table_name = "
                    + "'user_annual_reviews'"));
            assertEquals(0L, ((Number) db.scalar("SELECT count(*) FROM duckdb_columns() WHERE table_name = "
                    + "'user_annual_reviews' AND comment IS NULL")).longValue(), "every column described");
            assertTrue(((String) db.scalar("SELECT comment FROM duckdb_columns() WHERE table_name = 'user_annual_reviews' "
                    + "AND column_name = 'review_expected_marker'")).contains("'review_expected' of annual_reviews.csv"));
            // importing again replaces the table made by this importer, described again
            imp.load(SourceFile.of(csv), db.sink(6), new NullProgressMonitor());
            assertEquals(163L, ((Number) db.scalar("SELECT count(*) FROM user_annual_reviews")).longValue());
            assertEquals(0L, ((Number) db.scalar("SELECT count(*) FROM duckdb_columns() WHERE table_name = "
                    + "'user_annual_reviews' AND comment IS NULL")).longValue());
            // but never a table it did not make
            ImportException e = assertThrows(ImportException.class, () -> new GenericSheetImporter("la", null, Map.of(), 10)
                    .load(SourceFile.of(csv), db.sink(7), new NullProgressMonitor()));
            assertTrue(e.getMessage().contains("table 'la' exists and was not made by a sheet import"), e.getMessage());
        }
    }

    @Test
    void importsXlsxSheetAndOdsPreview() throws Exception {
        try (TestDb db = TestDb.forImporters()) {
            Path xlsx = SharedData.file("statistical-neighbours", "la_code_list.xlsx");
            ImportSummary s = new GenericSheetImporter("user_codes", "Sheet1", Map.of(), 1000)
                    .load(SourceFile.of(xlsx), db.sink(9), new NullProgressMonitor());
            assertEquals(171L, s.rows());
            // 'LA Number' is read as numbers in the xlsx: an INTEGER column unless overridden
            assertEquals("Barnet", db.scalar("SELECT la_name FROM user_codes WHERE la_number = 302"));
        }
        SheetPreview ods = GenericSheetImporter.preview(SharedData.file("high-needs-finance",
                "dsg_allocations_summary_2019-20_to_2023-24_amalgamated.ods"), "Allocations_1920", 3);
        assertEquals(List.of("Information", "Allocations_2324", "Allocations_2223", "Allocations_2122", "Allocations_2021",
                "Allocations_1920"), ods.sheets());
        assertEquals("[A]", ods.rows().get(1).get(2)); // after the title row: headings, then the letter row
        // with the heading row given, the letter and formula rows are data: an amalgamated summary sheet as a table
        try (TestDb db = TestDb.forImporters()) {
            new GenericSheetImporter("user_dsg_1920", "Allocations_1920", Map.of(), 1000).withHeaderRow(2)
                    .load(SourceFile.of(SharedData.file("high-needs-finance", "dsg_allocations_summary_2019-20_to_2023-24_amalgamated.ods")),
                            db.sink(3), new NullProgressMonitor());
            // the "[C]" letter row under the heading makes the column text: the sniffing never calls it a number
            assertEquals("6279.123139320404", db.scalar("SELECT c_2019_20_high_needs_block_allocation_gbp_million "
                    + "FROM user_dsg_1920 WHERE column_a = 'ENGLAND'"));
            assertEquals("[C]", db.scalar("SELECT c_2019_20_high_needs_block_allocation_gbp_million FROM user_dsg_1920 "
                    + "WHERE column_a IS NULL AND c_2019_20_high_needs_block_allocation_gbp_million LIKE '[%'"));
        }
    }

    @Test
    void aValueThatDoesNotFitTheSniffedTypeWidensTheColumnWithAWarning(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder("la_name,places,share\n");
        for (int i = 0; i < 20; i++) b.append("LA ").append(i).append(',').append(i * 10).append(',').append(i).append('\n');
        b.append("Late LA,twelve,2.5\n");
        Path csv = dir.resolve("places.csv");
        Files.writeString(csv, b);
        try (TestDb db = TestDb.forImporters()) {
            TestSink sink = db.sink(1);
            ImportSummary summary = new GenericSheetImporter("user_places", null, Map.of(), 10).load(SourceFile.of(csv), sink,
                    new NullProgressMonitor());
            assertEquals(21, summary.rows());
            assertEquals(List.of("places.csv, sheet 'places', row 22, column 2 (places): value 'twelve' is not INTEGER as sniffed "
                    + "from the first 10 rows: column 'places' imported as TEXT instead",
                    "places.csv, sheet 'places', row 22, column 3 (share): value '2.5' is not INTEGER as sniffed from the first 10 "
                    + "rows: column 'share' imported as DECIMAL instead"), sink.warnings());
            assertEquals(List.of("VARCHAR", "DOUBLE"), db.column("SELECT data_type FROM duckdb_columns() WHERE table_name = "
                    + "'user_places' AND column_name IN ('places', 'share') ORDER BY column_name"));
            assertEquals(Arrays.asList("twelve", "2.5"), db.row("SELECT places, share FROM user_places WHERE la_name = 'Late LA'"));
            assertEquals(Arrays.asList("190", "19.0"), db.row("SELECT places, share FROM user_places WHERE la_name = 'LA 19'"));
            assertEquals(0, db.count("SELECT count(*) FROM duckdb_columns() WHERE table_name = 'user_places' AND column_name = 'places_marker'"));
            db.connection.rollback();
            // a type the user chose is kept: the cell that does not fit it stops the import
            ImportException e = assertThrows(ImportException.class, () -> new GenericSheetImporter("user_places", null,
                    Map.of("places", ColumnType.INTEGER), 10).load(SourceFile.of(csv), db.sink(2), new NullProgressMonitor()));
            assertEquals("places.csv, sheet 'places', row 22, column 2 (places): value 'twelve' is not INTEGER "
                    + "(the type chosen for column 'places')", e.getMessage());
        }
    }

    @Test
    void theRealCensusFileImportsAsASheetWithItsNaColumnsWidened() throws Exception {
        Path census = SharedData.file("school-census-by-school", "england_census.csv");
        List<String> lines = Files.readAllLines(census);
        try (TestDb db = TestDb.forImporters()) {
            TestSink sink = db.sink(1);
            assertEquals(lines.size() - 1, new GenericSheetImporter("user_census", null, Map.of(), 1000)
                    .load(SourceFile.of(census), sink, new NullProgressMonitor()).rows());
            // the cell the file was refused at before (row 2089, NOR) is kept as published
            assertTrue(sink.warnings().get(0).startsWith("england_census.csv, sheet 'england_census', row 2089, column 5 (NOR): "
                    + "value 'NA' is not INTEGER"), sink.warnings().toString());
            assertEquals(lines.get(2088).split(",")[4], db.scalar("SELECT nor FROM user_census WHERE urn = '"
                    + lines.get(2088).split(",")[0] + "'"));
        }
    }

    @Test
    void datesBooleansAndDecimalsLoadTyped(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("census.csv");
        Files.writeString(csv, "census_date,urn,in_area,fee_gbp,pc_specialist\n"
                + "2024-01-18,0100123,TRUE,\"£52,300.50\",12.5%\n"
                + "18/01/2024,0100124,false,c,x\n");
        SheetPreview p = GenericSheetImporter.preview(csv, null, 2);
        assertEquals(List.of(ColumnType.DATE, ColumnType.TEXT, ColumnType.BOOLEAN, ColumnType.DECIMAL, ColumnType.DECIMAL),
                p.columns().stream().map(ColumnSpec::type).toList());
        try (TestDb db = TestDb.forImporters()) {
            new GenericSheetImporter("user_census", null, Map.of(), 100).load(SourceFile.of(csv), db.sink(4), new NullProgressMonitor());
            assertEquals(List.of("2024-01-18|0100123|true|52300.5|null|12.5", "2024-01-18|0100124|false|null|c|null"),
                    db.column("SELECT concat_ws('|', census_date, urn, in_area, coalesce(CAST(fee_gbp AS VARCHAR), 'null'), "
                            + "coalesce(fee_gbp_marker, 'null'), coalesce(CAST(pc_specialist AS VARCHAR), 'null')) FROM user_census ORDER BY urn"));
        }
    }

    @Test
    void aSemicolonOrTabSeparatedFileIsSplitAtItsDelimiterAndSaysSo(@TempDir Path dir) throws Exception {
        for (String d : List.of(";", "\t")) {
            Path csv = dir.resolve("las.csv");
            Files.writeString(csv, "la" + d + "name" + d + "ehcp\n302" + d + "Barnet" + d + "3211\n303" + d + "\"Bexley; Kent\"" + d + "2000\n");
            try (TestDb db = TestDb.forImporters()) {
                var sink = db.sink(5);
                ImportSummary s = new GenericSheetImporter("user_las", null, Map.of(), 50).load(SourceFile.of(csv), sink,
                        new NullProgressMonitor());
                assertEquals(2L, s.rows());
                assertEquals("302|Barnet|3211,303|Bexley; Kent|2000", db.scalar("SELECT string_agg(la || '|' || name || '|' || ehcp, ',' "
                        + "ORDER BY la) FROM user_las"));
                assertEquals(List.of("las.csv: fields separated by " + (d.equals(";") ? "semicolon (;)" : "tab")
                        + ", not commas: read so"), sink.warnings());
            }
        }
    }

    @Test
    void utf16FilesAreDecodedWithOrWithoutAByteOrderMark(@TempDir Path dir) throws Exception {
        String text = "name,value\nBarnet,3211\nBexley,2000\n";
        Map<String, byte[]> files = Map.of(
                "le-bom.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE)),
                "be-bom.csv", text.getBytes(java.nio.charset.StandardCharsets.UTF_16), // Java writes a big-endian BOM
                "le.csv", text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE),
                "be.csv", text.getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
        for (var f : files.entrySet()) {
            Path csv = Files.write(dir.resolve(f.getKey()), f.getValue());
            try (TestDb db = TestDb.forImporters()) {
                var sink = db.sink(5);
                new GenericSheetImporter("user_wide", null, Map.of(), 50).load(SourceFile.of(csv), sink, new NullProgressMonitor());
                assertEquals("Barnet=3211,Bexley=2000", db.scalar("SELECT string_agg(name || '=' || value, ',' ORDER BY name) FROM user_wide"),
                        f.getKey());
                assertEquals(1, sink.warnings().size(), f.getKey());
                assertTrue(sink.warnings().get(0).matches(f.getKey() + ": the file is UTF-16(LE|BE) text \\(not UTF-8\\): decoded as such"),
                        sink.warnings().toString());
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aSheetOfFifteenThousandColumnsIsRefusedClearly(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int row = 0; row < 3; row++) {
            for (int c = 0; c < 15_000; c++) b.append(c == 0 ? "" : ",").append(row == 0 ? "c" + c : Integer.toString(c));
            b.append('\n');
        }
        Path csv = Files.writeString(dir.resolve("wide.csv"), b);
        try (TestDb db = TestDb.forImporters()) {
            ImportException e = assertThrows(ImportException.class, () -> new GenericSheetImporter("user_wide", null, Map.of(), 50)
                    .load(SourceFile.of(csv), db.sink(5), new NullProgressMonitor()));
            assertTrue(e.getMessage().contains("the heading row has 15000 columns; a sheet import takes at most 2048"), e.getMessage());
        }
    }
}
