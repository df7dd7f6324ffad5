package org.highneeds.data.internal.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the real published files: system property {@code highneeds.shared.data}, else a {@code shared/data} folder above the working directory. */
public final class SharedData {

    private SharedData() {
    }

    /** The {@code shared/data} folder. */
    public static Path root() {
        String p = System.getProperty("highneeds.shared.data");
        if (p != null && !p.isBlank()) return Path.of(p);
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) return candidate;
        }
        throw new IllegalStateException("shared/data not found above " + Path.of("").toAbsolutePath()
                + "; set -Dhighneeds.shared.data");
    }

    /** A file of one data family, e.g. {@code file("gias", "links_edubasealldata20250422.csv")}. */
    public static Path file(String family, String name) {
        Path f = root().resolve(family).resolve(name);
        if (!Files.isRegularFile(f)) throw new IllegalStateException("missing shared data file " + f);
        return f;
    }
}
