package org.highneeds.data.internal.sen2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.testsupport.TestDb;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SEN2 file whose rows repeat (synthetic: the first rows of the REAL caseload file, each three times) is refused. */
class Sen2RepeatedRowsTest {

    @Test
    void aFileWithRepeatedRowsIsRefusedNamingTheFirstAndWhereItAppears(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(SharedData.file("ehcp-sen2-2025", "caseload.csv"));
        List<String> repeated = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, 41)) {
            repeated.addAll(List.of(line, line, line));
        }
        Path csv = Files.write(dir.resolve("caseload.csv"), repeated);
        try (TestDb db = TestDb.forImporters()) {
            ImportException e = assertThrows(ImportException.class, () -> new Sen2Importer().load(SourceFile.of(csv), db.sink(5),
                    new NullProgressMonitor()));
            String first = lines.get(1);
            String[] cells = first.split(",", -1);
            List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(","));
            assertTrue(e.getMessage().startsWith("caseload.csv, row 3: the row (" + header.get(0) + " " + cells[0] + ", " + header.get(1) + " "
                    + cells[1]), e.getMessage());
            assertTrue(e.getMessage().endsWith(", ...) appears 3 times, at rows 2, 3, 4; 40 rows are repeated, 80 copies in all. "
                    + "A SEN2 release has each row once, so the file was not imported"), e.getMessage());
        }
        // the file as published imports
        try (TestDb db = TestDb.forImporters()) {
            assertTrue(new Sen2Importer().load(SourceFile.of(SharedData.file("ehcp-sen2-2025", "caseload.csv")), db.sink(6),
                    new NullProgressMonitor()).rows() > 0);
        }
        assertEquals(121, Files.readAllLines(csv).size());
    }
}
