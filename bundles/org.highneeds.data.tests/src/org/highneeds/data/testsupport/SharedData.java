package org.highneeds.data.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the shared published data: system property {@code highneeds.shared.data}, else the first folder
 * {@code shared/data} found walking up from the working directory.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared data root, e.g. /work/shared/data. */
    public static Path root() {
        String prop = System.getProperty("highneeds.shared.data");
        if (prop != null && !prop.isBlank()) return Paths.get(prop);
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) return candidate;
        }
        throw new IllegalStateException("shared/data not found above " + Paths.get("").toAbsolutePath()
                + "; set -Dhighneeds.shared.data");
    }

    /** A file under the shared data root, e.g. {@code file("statistical-neighbours", "sn_may_2025.xlsx")}. */
    public static Path file(String family, String name) {
        Path p = root().resolve(family).resolve(name);
        if (!Files.isRegularFile(p)) throw new IllegalStateException("missing shared data file " + p);
        return p;
    }
}
