package org.highneeds.data.internal.ons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.imports.DatasetCatalog;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportResult;
import org.highneeds.data.imports.ImportService;
import org.highneeds.data.testsupport.TestDb;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real ONS counties and unitary authorities files: December 2023 in WGS84, December 2021 in British National Grid. */
class OnsBoundaryImporterTest {

    private static final String FOLDER = "ons-boundaries";

    @Test
    void bothEditionsImportWithTheirOwnCrsHolesAndRings() throws Exception {
        try (TestDb db = TestDb.memory()) {
            ImportService service = new ImportService(db.connection, DatasetCatalog.fromExtensions().importers());
            List<ImportResult> results = service.importAll(List.of(SharedData.root().resolve(FOLDER)), null, new NullProgressMonitor());
            assertEquals(2, results.size());
            assertTrue(results.stream().allMatch(r -> r.status() == ImportResult.Status.IMPORTED
                    && r.importerId().equals(OnsBoundaryImporter.ID)), results.toString());
            assertEquals(List.of("ons.boundaries:ctyua21", "ons.boundaries:ctyua23"), results.stream().map(ImportResult::datasetId).toList());

            String y2021 = Files.readString(SharedData.file(FOLDER, "CTYUA_DEC_2021_UK_BUC.geojson"), StandardCharsets.UTF_8);
            String y2023 = Files.readString(SharedData.file(FOLDER, "CTYUA_DEC_2023_UK_BUC.geojson"), StandardCharsets.UTF_8);
            assertEquals(217, count(y2021, "\"type\":\"Feature\""));
            assertEquals(218, count(y2023, "\"type\":\"Feature\""));
            assertEquals(217, db.count("SELECT count(*) FROM boundary_area WHERE boundary_set = 'CTYUA21'"));
            assertEquals(218, db.count("SELECT count(*) FROM boundary_area WHERE boundary_set = 'CTYUA23'"));
            // English areas: 152 in 2021, 153 in 2023
            assertEquals(152, count(y2021, "\"CTYUA21CD\":\"E"));
            assertEquals(153, count(y2023, "\"CTYUA23CD\":\"E"));
            assertEquals(152, db.count("SELECT count(*) FROM boundary_area WHERE boundary_set = 'CTYUA21' AND area_code LIKE 'E%'"));
            assertEquals(153, db.count("SELECT count(*) FROM boundary_area WHERE boundary_set = 'CTYUA23' AND area_code LIKE 'E%'"));
            // each file's CRS as it states it, coordinates kept as published
            assertEquals(Arrays.asList("CTYUA21", "EPSG:27700", "CTYUA23", "EPSG:4326"),
                    db.rows("SELECT boundary_set, any_value(crs) FROM boundary_area GROUP BY 1 HAVING count(DISTINCT crs) = 1 ORDER BY 1")
                            .stream().flatMap(List::stream).toList());

            for (String[] edition : new String[][] {{"CTYUA21", y2021}, {"CTYUA23", y2023}}) {
                String set = edition[0];
                String feature = featureOf(edition[1], "\"" + set + "NM\":\"Derbyshire\"");
                String coordinates = feature.substring(feature.indexOf("\"coordinates\":") + 14);
                // a ring starts where an array of positions opens: '[[' followed by a number
                long rings = count(coordinates, Pattern.compile("\\[\\[-?[0-9]"));
                Matcher first = Pattern.compile("\\[(-?[0-9.Ee+-]+),(-?[0-9.Ee+-]+)\\]").matcher(coordinates);
                assertTrue(first.find());
                String code = "E10000007";
                assertTrue(feature.contains("\"" + set + "CD\":\"" + code + "\""), set);
                assertEquals(rings, db.count("SELECT ring_count FROM boundary_area WHERE boundary_set = '" + set + "' AND area_code = '" + code + "'"));
                assertEquals(rings, db.count("SELECT count(*) FROM boundary_ring WHERE boundary_set = '" + set + "' AND area_code = '" + code + "'"));
                assertTrue(db.count("SELECT count(*) FROM boundary_ring WHERE boundary_set = '" + set + "' AND area_code = '" + code
                        + "' AND hole") >= 1, "Derbyshire has holes for its unitary enclave (Derby)");
                assertEquals(Double.parseDouble(first.group(1)), db.number("SELECT coordinates[1] FROM boundary_ring WHERE boundary_set = '"
                        + set + "' AND area_code = '" + code + "' AND polygon_index = 0 AND ring_index = 0"), 0);
                assertEquals(Double.parseDouble(first.group(2)), db.number("SELECT coordinates[2] FROM boundary_ring WHERE boundary_set = '"
                        + set + "' AND area_code = '" + code + "' AND polygon_index = 0 AND ring_index = 0"), 0);
                // Esri convention of ONS files: outer rings clockwise, holes anticlockwise, as published
                assertEquals(Arrays.asList("true", "false"), db.row("SELECT bool_and(clockwise) FILTER (WHERE NOT hole), "
                        + "bool_or(clockwise) FILTER (WHERE hole) FROM boundary_ring WHERE boundary_set = '" + set + "' AND area_code = '" + code + "'"));
                // every ring is closed and its point count matches its coordinates
                assertEquals(0, db.count("SELECT count(*) FROM boundary_ring WHERE len(coordinates) <> 2 * point_count OR "
                        + "coordinates[1] <> coordinates[len(coordinates) - 1] OR coordinates[2] <> coordinates[len(coordinates)]"));
            }
            // England's bounding boxes as PROVENANCE.md gives them: metres for 2021, degrees for 2023
            assertEquals(Arrays.asList("87323", "7054", "655645", "657548"), db.row("SELECT CAST(round(min(min_x)) AS BIGINT), "
                    + "CAST(round(min(min_y)) AS BIGINT), CAST(round(max(max_x)) AS BIGINT), CAST(round(max(max_y)) AS BIGINT) "
                    + "FROM boundary_area WHERE boundary_set = 'CTYUA21' AND area_code LIKE 'E%'"));
            assertEquals(Arrays.asList("-6.3603", "49.8823", "1.7637", "55.8112"), db.row("SELECT CAST(round(min(min_x), 4) AS VARCHAR), "
                    + "CAST(round(min(min_y), 4) AS VARCHAR), CAST(round(max(max_x), 4) AS VARCHAR), CAST(round(max(max_y), 4) AS VARCHAR) "
                    + "FROM boundary_area WHERE boundary_set = 'CTYUA23' AND area_code LIKE 'E%'"));
            assertEquals(Arrays.asList("Isle of Anglesey", "Ynys Môn"), db.row("SELECT area_name, area_name_welsh FROM boundary_area WHERE boundary_set = 'CTYUA23' AND area_code = 'W06000001'"));
            assertEquals(0, db.count("SELECT count(*) FROM boundary_area WHERE area_code LIKE 'E%' AND area_name_welsh IS NOT NULL"),
                    "the blank Welsh names of English areas are NULL");
            assertEquals(db.count("SELECT sum(point_count) FROM boundary_ring"), db.count("SELECT sum(point_count) FROM boundary_area"));
        }
    }

    /** Synthetic (made up here): British National Grid metres in a file that names no CRS are refused, not read as degrees. */
    @Test
    void metresWithoutADeclaredCrsAreRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("areas.geojson");
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"LAD21CD\":\"E06000001\","
                + "\"LAD21NM\":\"Hartlepool\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[448906.0,536703.7],[448926.0,536676.6],"
                + "[448888.7,536643.6],[448906.0,536703.7]]]}}]}");
        try (TestDb db = TestDb.forImporters()) {
            ImportException e = assertThrows(ImportException.class, () -> db.load(new OnsBoundaryImporter(), f));
            assertEquals("areas.geojson, row 1: point (448906.0, 536703.7) is outside longitude/latitude, but the file declares "
                    + "no CRS (so WGS84 lon/lat)", e.getMessage());
            assertEquals(0, db.count("SELECT count(*) FROM boundary_area"));
        }
    }

    private static String featureOf(String json, String marker) {
        int at = json.indexOf(marker);
        int start = json.lastIndexOf("{\"type\":\"Feature\"", at);
        int end = json.indexOf("{\"type\":\"Feature\"", at);
        return json.substring(start, end < 0 ? json.length() : end);
    }

    private static long count(String text, String literal) {
        return count(text, Pattern.compile(Pattern.quote(literal)));
    }

    private static long count(String text, Pattern p) {
        return p.matcher(text).results().count();
    }
}
