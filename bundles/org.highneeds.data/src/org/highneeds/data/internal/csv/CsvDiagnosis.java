package org.highneeds.data.internal.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the first structural problem in a CSV file (bytes that are not UTF-8, wrong number of fields,
 * unterminated quote) with its 1-based row and column; used only after DuckDB refused a file, to name the
 * exact place in the message.
 */
public final class CsvDiagnosis {

    /** A problem found at {@code row}/{@code column} (1-based; column 0 = whole row). */
    public record Problem(long row, int column, String message) {
    }

    private CsvDiagnosis() {
    }

    /** Scans {@code file} expecting {@code columns} fields per record; null if nothing wrong was found. */
    public static Problem scan(Path file, int columns) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long row = 1;
            long recordStartRow = 1;
            int field = 1;
            boolean quoted = false;
            boolean anyByteInRecord = false;
            int b;
            int first = 0;
            // skip BOM
            in.mark(3);
            if (in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
                // BOM dropped
            } else {
                in.reset();
            }
            while ((b = in.read()) != -1) {
                if (b >= 0x80) {
                    int need;
                    if ((b & 0xE0) == 0xC0 && b >= 0xC2) need = 1;
                    else if ((b & 0xF0) == 0xE0) need = 2;
                    else if ((b & 0xF8) == 0xF0 && b <= 0xF4) need = 3;
                    else return notUtf8(row, field, b);
                    for (int k = 0; k < need; k++) {
                        int c = in.read();
                        if (c == -1 || (c & 0xC0) != 0x80) return notUtf8(row, field, b);
                    }
                    anyByteInRecord = true;
                    continue;
                }
                anyByteInRecord = true;
                if (b == '"') {
                    quoted = !quoted;
                } else if (quoted) {
                    if (b == '\n') row++;
                } else if (b == ',') {
                    field++;
                } else if (b == '\n' || b == '\r') {
                    if (b == '\r') {
                        in.mark(1);
                        if (in.read() != '\n') in.reset();
                    }
                    if (field != columns && (field > 1 || first > 0)) {
                        return new Problem(recordStartRow, Math.min(field, columns + 1),
                                "expected " + columns + " fields but found " + field);
                    }
                    row++;
                    recordStartRow = row;
                    field = 1;
                    first++;
                    anyByteInRecord = false;
                }
            }
            if (quoted) return new Problem(recordStartRow, field, "unterminated quoted value (file truncated?)");
            if (anyByteInRecord && field != columns) {
                return new Problem(recordStartRow, Math.min(field, columns + 1),
                        "expected " + columns + " fields but found " + field + " (file truncated?)");
            }
            return null;
        }
    }

    private static Problem notUtf8(long row, int field, int b) {
        return new Problem(row, field, String.format("byte 0x%02X is not UTF-8 text; the file seems to be in another "
                + "encoding (e.g. Windows-1252): save it as UTF-8 and import again", b));
    }
}
