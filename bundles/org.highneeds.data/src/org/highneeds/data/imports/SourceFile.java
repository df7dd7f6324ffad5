package org.highneeds.data.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** A file offered for import, with the first bytes read once for recognition. */
public final class SourceFile {

    /** How many leading bytes are kept for {@link DatasetImporter#recognise(SourceFile)}. */
    public static final int SNIFF_BYTES = 64 * 1024;

    private final Path path;
    private final byte[] head;

    private SourceFile(Path path, byte[] head) {
        this.path = path;
        this.head = head;
    }

    /** Opens {@code path} and reads its first {@link #SNIFF_BYTES} bytes. */
    public static SourceFile of(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return new SourceFile(path, in.readNBytes(SNIFF_BYTES));
        }
    }

    /** The file on disk. */
    public Path path() {
        return path;
    }

    /** The file name without folders, as shown in messages. */
    public String fileName() {
        return path.getFileName().toString();
    }

    /** A copy of the first bytes of the file (fewer when the file is shorter). */
    public byte[] head() {
        return Arrays.copyOf(head, head.length);
    }

    /** Size of the file in bytes. */
    public long size() throws IOException {
        return Files.size(path);
    }
}
