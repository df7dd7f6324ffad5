package org.highneeds.data.testsupport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes SYNTHETIC EES-shaped files (made-up LAs and numbers) for tests that need bigger or broken data. */
public final class Synthetic {

    private Synthetic() {
    }

    /** Header of the synthetic EES file: standard columns, one filter, {@code indicators} indicators. */
    public static String header(int indicators) {
        StringBuilder b = new StringBuilder("time_period,time_identifier,geographic_level,country_code,country_name,"
                + "region_code,region_name,new_la_code,old_la_code,la_name,breakdown");
        for (int i = 1; i <= indicators; i++) b.append(",measure_").append(i);
        return b.toString();
    }

    /** One data row; values derive from the row number so tests can predict them. */
    public static String row(String period, long n, int indicators) {
        StringBuilder b = new StringBuilder(period).append(",Academic year,Local authority,E92000001,England,E12000007,"
                + "London,E09").append(String.format("%06d", n % 1000)).append(',').append(100 + n % 900)
                .append(",Synthetic LA ").append(n % 1000).append(",group ").append(n % 7);
        for (int i = 1; i <= indicators; i++) b.append(',').append(i % 5 == 0 ? "c" : String.valueOf(n % 1000 + i));
        return b.toString();
    }

    /** Writes {@code rows} rows per period. */
    public static Path ees(Path file, int indicators, long rows, String... periods) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header(indicators));
            w.write("\r\n");
            for (String p : periods) {
                for (long n = 0; n < rows; n++) {
                    w.write(row(p, n, indicators));
                    w.write("\r\n");
                }
            }
        }
        return file;
    }

    /**
     * A SYNTHETIC file of the layout of {@code source} (a real published CSV): its data rows repeated to {@code rows}
     * rows, under the same file name so that it is recognised the same way.
     */
    public static Path repeated(Path source, Path folder, long rows) throws IOException {
        java.util.List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        Path file = Files.createDirectories(folder).resolve(source.getFileName().toString());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(lines.get(0));
            w.write("\r\n");
            for (long i = 0; i < rows; i++) {
                w.write(lines.get(1 + (int) (i % (lines.size() - 1))));
                w.write("\r\n");
            }
        }
        return file;
    }
}
