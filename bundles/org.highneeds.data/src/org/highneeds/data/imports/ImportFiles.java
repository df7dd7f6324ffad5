package org.highneeds.data.imports;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files an import of files and folders reads: folders walked recursively (files arrive as a folder of folders),
 * hidden files and folders left out, notes ({@code PROVENANCE.md}, {@code README.txt}) set aside.
 */
public final class ImportFiles {

    /** What a list of files and folders holds: the data files to import and the notes skipped, both sorted. */
    public record Listing(List<Path> dataFiles, List<Path> notes) {

        /** What was found, in words, for a message about a folder with nothing to import. */
        public String found() {
            if (notes.isEmpty()) return "no files at all";
            List<String> names = notes.stream().map(p -> p.getFileName().toString()).distinct().sorted().toList();
            return "only notes (" + notes.size() + ": " + String.join(", ", names.subList(0, Math.min(5, names.size())))
                    + (names.size() > 5 ? ", ..." : "") + ")";
        }
    }

    private ImportFiles() {
    }

    /** True for a file that is a note about the data rather than data: Markdown or plain text. */
    public static boolean isNote(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".txt");
    }

    /**
     * Lists the data files and notes of {@code given}: a file as itself, a folder by every file below it.
     *
     * @throws NoSuchFileException when a given path is neither a file nor a folder
     */
    public static Listing expand(List<Path> given) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        List<Path> notes = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                List<Path> below;
                // linked folders are followed (a loop ends the walk with FileSystemLoopException)
                try (Stream<Path> walk = Files.walk(p, FileVisitOption.FOLLOW_LINKS)) {
                    below = walk.filter(Files::isRegularFile).filter(f -> !hidden(p, f)).sorted().toList();
                }
                for (Path f : below) {
                    if (isNote(f)) notes.add(f);
                    else files.add(f);
                }
            } else if (Files.isRegularFile(p)) {
                // a note named explicitly is still tried, so that its refusal is reported
                files.add(p);
            } else {
                throw new NoSuchFileException(p.toString(), null, "no such file or folder");
            }
        }
        return new Listing(List.copyOf(files), List.copyOf(notes));
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }
}
