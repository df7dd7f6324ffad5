package org.highneeds.analysis.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.highneeds.analysis.BenchmarkTable;
import org.highneeds.analysis.LaProfile;

/** xlsx writing. */
public final class XlsxExport {

    private XlsxExport() {
    }

    public static void write(BenchmarkTable t, Path f) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    public static void write(LaProfile p, Path f) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
