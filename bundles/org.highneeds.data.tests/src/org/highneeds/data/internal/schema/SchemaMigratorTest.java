package org.highneeds.data.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.highneeds.data.imports.Sen2PlacementCode;
import org.highneeds.data.testsupport.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Versioned scripts: applied once, in order, gaps allowed, a failing script rolled back whole. */
class SchemaMigratorTest {

    @TempDir
    Path dir;

    @Test
    void appliesDataCoreScriptsOnceAndRecordsThem() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            SchemaMigrator m = new SchemaMigrator();
            // every script the data bundle ships: the framework's (V001-V019), the spreadsheet families' (V020-V039)
            // and GIAS/ONS/scorecards' (V040-V059)
            List<Integer> shipped = java.util.stream.IntStream.rangeClosed(1, 999)
                    .filter(v -> SchemaMigrator.class.getClassLoader().getResource(String.format("schema/V%03d.sql", v)) != null)
                    .boxed().toList();
            assertEquals(List.of(1, 2, 3, 4), shipped.subList(0, 4));
            assertTrue(shipped.contains(20) && shipped.contains(40), shipped.toString());
            assertEquals(shipped, m.migrate(c));
            assertEquals(List.of(), m.migrate(c));
            assertEquals(shipped.size(), SchemaMigrator.appliedVersions(c).size());
        }
    }

    @Test
    void placementCategoryTableMatchesTheEnum() throws Exception {
        try (TestDb db = TestDb.memory()) {
            assertEquals(Sen2PlacementCode.values().length, db.count("SELECT count(*) FROM placement_category"));
            for (Sen2PlacementCode p : Sen2PlacementCode.values()) {
                assertEquals(List.of(List.of(p.group().name(), String.valueOf(p.isSpecialist()), String.valueOf(p.isInmss()))),
                        db.rows("SELECT group_code, specialist, inmss FROM placement_category WHERE code = '" + p.name() + "'"),
                        p.name());
            }
        }
    }

    /** Scripts of other bundles (V020+) are picked up from the same loader, and a broken one changes nothing. */
    @Test
    void otherVersionsInOrderAndBrokenScriptRolledBack() throws Exception {
        Path schema = Files.createDirectories(dir.resolve("schema"));
        Files.writeString(schema.resolve("V020.sql"), "CREATE TABLE la (la_code VARCHAR); INSERT INTO la VALUES ('302');");
        Files.writeString(schema.resolve("V041.sql"), "CREATE TABLE half (x INT);\nINSERT INTO nowhere VALUES (1);");
        ClassLoader loader = new ClassLoader(SchemaMigrator.class.getClassLoader()) {
            @Override
            public URL getResource(String name) {
                Path p = dir.resolve(name);
                // only the framework's own scripts (V001-V019) come from the bundle; later versions from this test
                if (name.matches("schema/V0[2-9][0-9]\\.sql")) {
                    try {
                        return Files.exists(p) ? p.toUri().toURL() : null;
                    } catch (IOException e) {
                        return null;
                    }
                }
                try {
                    return Files.exists(p) ? p.toUri().toURL() : super.getResource(name);
                } catch (IOException e) {
                    return null;
                }
            }
        };
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            SQLException e = assertThrows(SQLException.class, () -> new SchemaMigrator(loader).migrate(c));
            assertTrue(e.getMessage().startsWith("schema/V041.sql, statement 2"), e.getMessage());
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 20), SchemaMigrator.appliedVersions(c).stream().sorted().toList());
            try (Statement s = c.createStatement()) {
                assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM half"));
            }
        }
    }

    @Test
    void splitsOnSemicolonsOutsideQuotesAndComments() {
        assertEquals(List.of("SELECT 'a;b'", "SELECT \"x;y\"", "SELECT 1"),
                SchemaMigrator.splitStatements("-- a comment; with semicolon\nSELECT 'a;b';\nSELECT \"x;y\"; SELECT 1"));
    }
}
