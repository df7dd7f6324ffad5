package org.highneeds.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real published files tests read: the folder named by the system property {@value #PROPERTY} (the root pom
 * sets it to {@code ../shared/data} beside the repository), else the nearest {@code shared/data} above the working
 * folder (a run from an IDE). Never copy these files into the repository.
 */
public final class SharedData {

    /** The system property naming the shared data folder. */
    public static final String PROPERTY = "highneeds.shared.data";

    private SharedData() {
    }

    /** The shared data folder, e.g. {@code /work/shared/data}; fails naming the property when there is none. */
    public static Path root() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        // a clone placed elsewhere than beside shared/ makes the pom's default wrong; an ancestor may still hold it
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("No shared data folder: -D" + PROPERTY + "=" + property
                + (property == null || property.isBlank() ? "" : " is not a folder")
                + ", and no shared/data above " + here + ". Set -D" + PROPERTY
                + "=/path/to/shared/data (the published files, beside the repository).");
    }

    /** A file of one data family, e.g. {@code file("ehcp-sen2-2025", "caseload.csv")}; fails if it is missing. */
    public static Path file(String family, String name) {
        Path root = root();
        Path file = root.resolve(family).resolve(name);
        if (!Files.isRegularFile(file)) {
            throw missing(root, family + "/" + name, "file");
        }
        return file;
    }

    /** A file or folder below the shared data folder, e.g. {@code path("ehcp-sen2-2022")}; fails if it is missing. */
    public static Path path(String relative) {
        Path root = root();
        Path path = root.resolve(relative);
        if (!Files.exists(path)) {
            throw missing(root, relative, "file or folder");
        }
        return path;
    }

    private static AssertionError missing(Path root, String relative, String what) {
        return new AssertionError("Missing shared data " + what + " " + relative + ": expected " + root.resolve(relative)
                + " in the folder of -D" + PROPERTY + " (" + root + ")");
    }
}
