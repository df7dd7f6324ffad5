package org.highneeds.sql;

import java.nio.file.Files;
import java.nio.file.Path;

import org.highneeds.data.SqlQuoting;

/** Finds the shared published data: -Dhighneeds.shared.data, else the nearest ancestor holding shared/data. */
public final class SharedData {

    private SharedData() {
    }

    /** The shared data root (e.g. /work/shared/data). */
    public static Path root() {
        String prop = System.getProperty("highneeds.shared.data");
        if (prop != null && !prop.isBlank()) {
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
    public static Path file(String family, String name) {
        Path f = root().resolve(family).resolve(name);
        if (!Files.isRegularFile(f)) {
            throw new IllegalStateException("Missing shared data file " + f);
        }
        return f;
    }

    /** SQL that loads the real SEN2 2025 caseload file into table {@code schema.caseload}. */
    public static String loadCaseloadSql(String schema) {
        return "CREATE SCHEMA IF NOT EXISTS " + schema + "; CREATE TABLE " + schema + ".caseload AS FROM read_csv("
                + SqlQuoting.literal(file("ehcp-sen2-2025", "caseload.csv").toString()) + ", header = true)";
    }
}
