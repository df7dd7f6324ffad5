package org.highneeds.ui.sql.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared published data: -Dhighneeds.shared.data when it exists, else the nearest ancestor holding shared/data. */
final class SharedData {

    private SharedData() {
    }

    /** The shared data root (e.g. /work/shared/data). */
    static Path root() {
        String prop = System.getProperty("highneeds.shared.data");
        if (prop != null && !prop.isBlank() && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No shared/data folder above " + Path.of("").toAbsolutePath()
                + "; set -Dhighneeds.shared.data");
    }

    /** A file of a data family, e.g. file("ehcp-sen2-2025", "caseload.csv"). */
    static Path file(String family, String name) {
        Path f = root().resolve(family).resolve(name);
        if (!Files.isRegularFile(f)) {
            throw new IllegalStateException("Missing shared data file " + f);
        }
        return f;
    }
}
