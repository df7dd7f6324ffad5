package org.highneeds.analysis;

import java.io.IOException;
import java.nio.file.Path;

import org.highneeds.analysis.internal.XlsxExport;

/**
 * Writes benchmark tables and LA profiles to xlsx: a sheet of numbers (values as numbers with number formats, not
 * text) and a sheet with the indicator's definition, SQL, sources and notes.
 */
public final class BenchmarkExport {

    private BenchmarkExport() {
    }

    /** Writes {@code table} to the xlsx file {@code file} (replaced atomically when it exists). */
    public static void toXlsx(BenchmarkTable table, Path file) throws IOException {
        XlsxExport.write(table, file);
    }

    /** Writes {@code profile} to the xlsx file {@code file} (replaced atomically when it exists). */
    public static void toXlsx(LaProfile profile, Path file) throws IOException {
        XlsxExport.write(profile, file);
    }
}
