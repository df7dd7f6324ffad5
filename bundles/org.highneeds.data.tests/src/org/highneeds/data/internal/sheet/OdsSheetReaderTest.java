package org.highneeds.data.internal.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.highneeds.data.imports.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ODS details on a hand-written content.xml: repeats, covered cells, value types, errors, spaces. */
class OdsSheetReaderTest {

    @TempDir
    Path dir;

    private Path ods(String tableBody) throws IOException {
        Path p = dir.resolve("t.ods");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            z.putNextEntry(new ZipEntry("mimetype"));
            z.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("content.xml"));
            z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                    + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                    + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                    + "xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\">"
                    + "<office:body><office:spreadsheet><table:table table:name=\"Other\"><table:table-row><table:table-cell "
                    + "office:value-type=\"string\"><text:p>skip me</text:p></table:table-cell></table:table-row></table:table>"
                    + "<table:table table:name=\"Data\">" + tableBody + "</table:table></office:spreadsheet></office:body>"
                    + "</office:document-content>").getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return p;
    }

    @Test
    void repeatsCoveredCellsAndValueTypes() throws Exception {
        Path p = ods("<table:table-row>"
                + "<table:table-cell table:number-columns-spanned=\"2\" office:value-type=\"string\"><text:p>High needs</text:p></table:table-cell>"
                + "<table:covered-table-cell/>"
                + "<table:table-cell office:value-type=\"float\" office:value=\"9952172126\"><text:p>9,952,172,126</text:p></table:table-cell>"
                + "<table:table-cell office:value-type=\"percentage\" office:value=\"0.0459\"><text:p>4.59%</text:p></table:table-cell>"
                + "<table:table-cell office:value-type=\"date\" office:date-value=\"2023-01-19\"/>"
                + "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"/>"
                + "<table:table-cell table:formula=\"of:=#REF!\" office:value-type=\"string\" calcext:value-type=\"error\"><text:p>#REF!</text:p></table:table-cell>"
                + "<table:table-cell office:value-type=\"string\"><text:p>a<text:s text:c=\"3\"/>b</text:p><text:p>second</text:p></table:table-cell>"
                + "<table:table-cell table:number-columns-repeated=\"16000\"/>"
                + "</table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"5\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell table:number-columns-repeated=\"3\"/>"
                + "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"float\" office:value=\"7\"/></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"1048560\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>");
        try (SheetReader r = SheetReaders.open(p)) {
            assertEquals(List.of("Other", "Data"), r.sheetNames());
            List<SheetRow> rows = r.head("Data", 100);
            assertEquals(3, rows.size()); // blank rows are counted, not reported
            SheetRow first = rows.get(0);
            assertEquals(1, first.rowNumber());
            assertEquals("High needs", first.text(1));
            assertEquals(CellType.BLANK, first.cell(2).type()); // covered by the merge
            assertEquals(9952172126.0, first.cell(3).number());
            assertEquals(0.0459, first.cell(4).number());
            assertEquals(LocalDateTime.of(2023, 1, 19, 0, 0), first.cell(5).date());
            assertEquals(CellType.BOOLEAN, first.cell(6).type());
            assertEquals(CellType.ERROR, first.cell(7).type());
            assertEquals("#REF!", first.cell(7).text());
            assertEquals("a   b\nsecond", first.cell(8).text());
            assertEquals(8, first.lastColumn()); // the 16,000 trailing blanks are not cells
            // rows 2-6 blank; rows 7 and 8 repeat two values in columns D and E
            assertEquals(7, rows.get(1).rowNumber());
            assertEquals(8, rows.get(2).rowNumber());
            assertEquals("7", rows.get(2).text(4));
            assertEquals("7", rows.get(2).text(5));
        }
    }

    @Test
    void aRepeatedValueRunningPastTheLastRowIsRefused() throws Exception {
        Path p = ods("<table:table-row table:number-rows-repeated=\"2000000\"><table:table-cell office:value-type=\"float\" "
                + "office:value=\"1\"/></table:table-row>");
        try (SheetReader r = SheetReaders.open(p)) {
            ImportException e = assertThrows(ImportException.class, () -> r.head("Data", 10));
            assertEquals("t.ods, sheet 'Data', row 1: a row repeated 2000000 times runs past row 1048576", e.getMessage());
        }
    }
}
