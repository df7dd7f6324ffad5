package org.highneeds.model.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared published data: system property highneeds.shared.data, else the nearest shared/data upwards. */
public final class SharedData {

    private SharedData() {
    }

    /** Returns the shared data folder; fails the test run with a clear message if none is found. */
    public static Path root() {
        String property = System.getProperty("highneeds.shared.data");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No shared/data folder found above " + Path.of("").toAbsolutePath()
                + "; set -Dhighneeds.shared.data=/path/to/shared/data");
    }

    /** Returns a file of a data family, e.g. file("ehcp-sen2-2025", "caseload.csv"). */
    public static Path file(String family, String name) {
        return root().resolve(family).resolve(name);
    }
}
