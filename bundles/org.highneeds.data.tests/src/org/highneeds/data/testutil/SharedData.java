package org.highneeds.data.testutil;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the real published files: system property {@code highneeds.shared.data}, else walks up to shared/data. */
public final class SharedData {

    private SharedData() {
    }

    /** The shared data folder. */
    public static Path root() {
        String p = System.getProperty("highneeds.shared.data");
        if (p != null && !p.isBlank()) return Path.of(p);
        Path d = Path.of("").toAbsolutePath();
        while (d != null) {
            Path c = d.resolve("shared").resolve("data");
            if (Files.isDirectory(c)) return c;
            d = d.getParent();
        }
        throw new IllegalStateException("no shared/data folder above " + Path.of("").toAbsolutePath()
                + "; set -Dhighneeds.shared.data");
    }

    /** A file of one family, e.g. {@code file("ehcp-sen2-2025", "caseload.csv")}. */
    public static Path file(String family, String name) {
        return root().resolve(family).resolve(name);
    }
}
