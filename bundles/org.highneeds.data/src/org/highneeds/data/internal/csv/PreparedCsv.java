package org.highneeds.data.internal.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A source CSV that passed the structural checks of {@link CsvPreflight}, re-written as clean UTF-8 with positional
 * column names ({@code line, c1 .. cN}) so DuckDB can read it without guessing; deleting it is the owner's job.
 */
public final class PreparedCsv implements AutoCloseable {

    private final Path utf8File;
    private final List<String> header;
    private final boolean[] kept;
    private final long dataRows;

    PreparedCsv(Path utf8File, List<String> header, boolean[] kept, long dataRows) {
        this.utf8File = utf8File;
        this.header = List.copyOf(header);
        this.kept = kept.clone();
        this.dataRows = dataRows;
    }

    /** Whether the column at 0-based {@code index} was copied (as {@code c<index+1>}). */
    public boolean kept(int index) {
        return kept[index];
    }

    /** The normalised temporary copy. */
    public Path utf8File() {
        return utf8File;
    }

    /** Column headings of the source file, in file order, trimmed. */
    public List<String> header() {
        return header;
    }

    /** Number of data records (header and blank lines excluded). */
    public long dataRows() {
        return dataRows;
    }

    /** Deletes the temporary copy. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(utf8File);
        } catch (IOException e) {
            // a leftover temp file is harmless; the import itself has already succeeded or failed
        }
    }
}
