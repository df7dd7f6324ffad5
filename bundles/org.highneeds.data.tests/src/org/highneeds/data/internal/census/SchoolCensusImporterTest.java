package org.highneeds.data.internal.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.testsupport.TestDb;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Loads the real performance-tables census file (January 2019) and its field dictionary. */
class SchoolCensusImporterTest {

    private static final Path CENSUS = SharedData.file("school-census-by-school", "england_census.csv");
    private static final Path META = SharedData.file("school-census-by-school", "census_meta.csv");

    /** The file as a plain split: it has no quoted cells, so a comma split is the file's own reading. */
    private static List<String[]> published() throws Exception {
        List<String> lines = Files.readAllLines(CENSUS, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
    }

    @Test
    void everyRowImportsAndNaIsNotPublishedNeverZero() throws Exception {
        List<String[]> rows = published();
        try (TestDb h = TestDb.forImporters()) {
            ImportSummary summary = h.load(new SchoolCensusImporter(), CENSUS);
            assertEquals(rows.size(), summary.rows());
            assertEquals(23_942, h.rowCount("school_census"));
            assertEquals(3, h.count("SELECT count(*) FROM school_census WHERE geographic_level = 'National'"));

            // EHC plans per school type, summed from the file itself (column 10, TSENELSE)
            for (String type : List.of("State-funded special school", "Non-maintained special school", "Pupil referral unit",
                    "Independent school")) {
                long expected = rows.stream().filter(r -> !r[0].equals("NAT") && r[3].equals(type) && !r[9].equals("NA"))
                        .mapToLong(r -> Long.parseLong(r[9])).sum();
                assertEquals(expected, h.count("SELECT sum(ehc_plans) FROM school_census WHERE geographic_level = 'School' "
                        + "AND school_type = '" + type + "'"), type);
            }
            assertEquals(118_818, h.count("SELECT sum(ehc_plans) FROM school_census WHERE school_type = 'State-funded special school' "
                    + "AND geographic_level = 'School'"), "PROVENANCE.md's total for state-funded special schools");

            // every NA cell is NULL and named in not_published, none became 0
            long na = rows.stream().flatMap(r -> Arrays.stream(r, 4, 22)).filter("NA"::equals).count();
            assertEquals(na, h.count("SELECT sum(len(not_published)) FROM school_census"));
            long noNor = rows.stream().filter(r -> r[4].equals("NA")).count();
            assertTrue(noNor > 0);
            assertEquals(noNor, h.count("SELECT count(*) FROM school_census WHERE pupils IS NULL AND list_contains(not_published, 'pupils')"));
            assertEquals(rows.stream().filter(r -> r[4].equals("0")).count(), h.count("SELECT count(*) FROM school_census WHERE pupils = 0"));
            // the row DuckDB's sniffer refused the file at (line 2089): NOR is NA there
            String[] line2089 = rows.get(2089 - 2);
            assertEquals("NA", line2089[4]);
            assertEquals(Arrays.asList(null, "true"), h.row("SELECT pupils, list_contains(not_published, 'pupils') FROM school_census "
                    + "WHERE source_row = 2089"));
            assertEquals(Integer.parseInt(line2089[0]), ((Number) h.scalar("SELECT urn FROM school_census WHERE source_row = 2089")).intValue());

            // the first school and the national special-school row, as published
            assertEquals(Arrays.asList("100000", "201", "2013614", "State-funded primary", "285", "5", "1.8", "50", "[]"),
                    h.row("SELECT urn, la_code, laestab, school_type, pupils, ehc_plans, pct_ehc_plans, sen_support, "
                            + "CAST(not_published AS VARCHAR) FROM school_census WHERE urn = 100000"));
            assertEquals(Arrays.asList(null, "SPE", "121738", "122268"), h.row("SELECT urn, national_phase, pupils, ehc_plans "
                    + "FROM school_census WHERE geographic_level = 'National' AND national_phase = 'SPE'"));
        }
    }

    @Test
    void theFieldDictionaryDescribesTheColumns() throws Exception {
        try (TestDb h = TestDb.forImporters()) {
            assertEquals(22, h.load(new SchoolCensusFieldsImporter(), META).rows());
            assertEquals(Arrays.asList("10", "TSENELSE", "ehc_plans", "Number of SEN pupils with an EHC plan", "9999 or NA", "true"),
                    h.row("SELECT field_number, field_reference, column_name, field_name, field_values, la_level "
                            + "FROM school_census_field WHERE field_reference = 'TSENELSE'"));
            assertEquals(22, h.count("SELECT count(column_name) FROM school_census_field"));
            assertEquals("Number of SEN pupils with an EHC plan (TSENELSE, published as 9999 or NA, census_meta.csv); "
                    + "NULL when not published (see not_published).", h.scalar("SELECT comment FROM duckdb_columns() "
                    + "WHERE table_name = 'school_census' AND column_name = 'ehc_plans'"));
            assertEquals("School Unique Reference Number (URN, published as 999999, census_meta.csv).",
                    h.scalar("SELECT comment FROM duckdb_columns() WHERE table_name = 'school_census' AND column_name = 'urn'"));
        }
    }

    @Test
    void recognisesTheCensusFileAndItsDictionaryOnly() throws Exception {
        assertEquals(95, new SchoolCensusImporter().recognise(SourceFile.of(CENSUS)));
        assertEquals(0, new SchoolCensusImporter().recognise(SourceFile.of(META)));
        assertEquals(95, new SchoolCensusFieldsImporter().recognise(SourceFile.of(META)));
        assertEquals(0, new SchoolCensusFieldsImporter().recognise(SourceFile.of(CENSUS)));
        assertEquals(0, new SchoolCensusImporter().recognise(SourceFile.of(SharedData.file("gias", "links_edubasealldata20250422.csv"))));
    }
}
