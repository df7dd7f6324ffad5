package org.highneeds.data.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.internal.util.Markers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structure and decoding rules of the CSV pre-pass, on small synthetic files. */
class CsvPreflightTest {

    @TempDir
    Path dir;

    private PreparedCsv prepare(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return CsvPreflight.prepare(SourceFile.of(f), StandardCharsets.UTF_8, null, new NullProgressMonitor());
    }

    @Test
    void normalisesQuotesLineEndsBomAndBlankLines() throws Exception {
        String text = "\uFEFFa,\"b\" ,c\r\n1,\"x, \"\"y\"\"\",\r\n\r\n2,\"multi\nline\",\"\"\n3,4,5";
        try (PreparedCsv p = prepare("ok.csv", text.getBytes(StandardCharsets.UTF_8))) {
            assertEquals(List.of("a", "b", "c"), p.header());
            assertEquals(3, p.dataRows());
            // source line numbers survive: the record after the blank line starts on line 4, the next on line 6
            assertEquals("line,c1,c2,c3\n2,\"1\",\"x, \"\"y\"\"\",\n4,\"2\",\"multi\nline\",\n6,\"3\",\"4\",\"5\"\n",
                    Files.readString(p.utf8File()));
        }
    }

    @Test
    void duplicateHeadingIsNamed() {
        ImportException e = assertThrows(ImportException.class, () -> prepare("dup.csv", "URN,Name,urn\n1,a,2\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("dup.csv, row 1, column 3 (urn): column heading repeats column 1", e.getMessage());
    }

    @Test
    void textAfterClosingQuoteIsNamed() {
        ImportException e = assertThrows(ImportException.class, () -> prepare("q.csv", "a,b\n1,\"x\"y\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("q.csv, row 2, column 2 (b): unexpected character 'y' after a closing quote", e.getMessage());
    }

    @Test
    void badByteInsideMultiLineFieldNamesBothLines() {
        byte[] bytes = "a,b\n1,\"first\nsecond X\"\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xFE;
        ImportException e = assertThrows(ImportException.class, () -> prepare("m.csv", bytes));
        assertEquals("m.csv, row 2, column 2 (b): byte 0xFE is not valid UTF-8 text (wrong encoding or corrupt file?) (at line 3)", e.getMessage());
    }

    @Test
    void extraFieldIsNamed() {
        ImportException e = assertThrows(ImportException.class, () -> prepare("x.csv", "a,b\n1,2\n1,2,3\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("x.csv, row 3, column 3: record has 3 fields but the header has 2 (wrong layout?)", e.getMessage());
    }

    @Test
    void utf16IsRejectedAsBinary() {
        byte[] utf16 = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_16LE);
        ImportException e = assertThrows(ImportException.class, () -> prepare("u.csv", utf16));
        assertEquals("u.csv, row 1, column 1: control character U+0000 in text (binary file or wrong encoding?)", e.getMessage());
    }

    /** Synthetic hostile file: a quote opened near the top and never closed would otherwise swallow the whole file. */
    @Test
    void runawayQuotedFieldIsCut() {
        StringBuilder b = new StringBuilder("a,b\n1,\"");
        b.append("x".repeat(CsvPreflight.MAX_FIELD_CHARS + 10));
        ImportException e = assertThrows(ImportException.class, () -> prepare("h.csv", b.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals("h.csv, row 2, column 2 (b): field longer than 1000000 characters (unterminated quote or not a CSV file?)", e.getMessage());
    }

    @Test
    void headerSniffingIsLenient() {
        assertEquals(List.of("URN", "LA (code)", "x"), CsvPreflight.sniffHeader("\"URN\",\"LA (code)\", x \r\n1,2,3".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertEquals(List.of(), CsvPreflight.sniffHeader(new byte[] {'P', 'K', 3, 4, 0, 0}, StandardCharsets.UTF_8));
    }

    @Test
    void markersAreCanonical() {
        assertEquals("low", Markers.markerOf(" LOW ", java.util.Set.of()));
        assertEquals("", Markers.markerOf(null, java.util.Set.of()));
        assertEquals(":", Markers.markerOf(":", java.util.Set.of()));
        assertEquals("NA", Markers.markerOf("na", java.util.Set.of("NA")));
        assertNull(Markers.markerOf("0", java.util.Set.of("NA")));
    }
}
