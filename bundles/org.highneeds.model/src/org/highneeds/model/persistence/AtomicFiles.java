package org.highneeds.model.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes a file so that readers see either the old or the complete new content, never a half-written file. */
public final class AtomicFiles {

    /** Produces the content of a file. */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole content to the stream (which must not be closed by the callee). */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes to a temporary file in the target's folder, forces it to disk, then renames it over the target with
     * ATOMIC_MOVE. On any failure the temporary file is deleted and the target is left as it was.
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        // Same folder: a rename within one file system is atomic; a temp dir elsewhere could be another mount.
        Path temp = folder.resolve("." + absolute.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
        boolean done = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("Cannot save " + absolute + " safely: the file system does not support an atomic "
                        + "rename in " + folder + ".", e);
            }
            done = true;
            forceFolder(folder);
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void forceFolder(Path folder) {
        // Makes the rename itself durable on POSIX systems; not possible (and not needed) on some platforms.
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the content is already on disk; only the directory entry's durability is best effort here
        }
    }
}
