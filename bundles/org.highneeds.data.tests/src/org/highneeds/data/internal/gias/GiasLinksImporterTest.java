package org.highneeds.data.internal.gias;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.testsupport.TestDb;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Loads the real GIAS links download of 22 April 2025. */
class GiasLinksImporterTest {

    private final GiasLinksImporter importer = new GiasLinksImporter();

    @Test
    void loadsAllLinksWithRealValues() throws Exception {
        try (TestDb h = TestDb.forImporters()) {
            ImportSummary summary = h.load(importer, SharedData.file("gias", "links_edubasealldata20250422.csv"));
            assertEquals(33_801, summary.rows());
            assertEquals(33_801, h.rowCount("setting_link"));
            assertEquals("2025-04-22", summary.periodFrom());
            assertEquals(Arrays.asList("134643", "CCfL Key Stage 3 PRU", "Predecessor - merged", "2022-01-01", "2"),
                    h.row("SELECT link_urn, link_name, link_type, link_established_date, source_row FROM setting_link WHERE urn = 100006"));
            // Windows-1252 bytes 0xB0 (degree) and 0xE0 (a grave) decoded
            assertEquals("North Star 82\u00b0", h.scalar("SELECT link_name FROM setting_link WHERE urn = 109401 AND link_urn = 148296"));
            assertEquals("St Thomas \u00e0 Becket Catholic Secondary School, A Voluntary Academy",
                    h.scalar("SELECT link_name FROM setting_link WHERE urn = 108299 AND link_urn = 138950"));
            assertEquals(16_451L, h.scalar("SELECT count(*) FROM setting_link WHERE link_type = 'Successor'"));
            assertEquals(8_253L, h.scalar("SELECT count(*) FROM setting_link WHERE link_established_date IS NULL"));
        }
    }

    @Test
    void recognisesLinksOnly() throws IOException {
        assertEquals(100, importer.recognise(SourceFile.of(SharedData.file("gias", "links_edubasealldata20250422.csv"))));
        assertEquals(0, importer.recognise(SourceFile.of(SharedData.file("gias", "edubasealldata_2026_first2rows.csv"))));
    }
}
