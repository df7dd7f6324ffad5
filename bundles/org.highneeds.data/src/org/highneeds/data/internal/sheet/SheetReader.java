package org.highneeds.data.internal.sheet;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.imports.ImportException;

/**
 * Streaming access to the sheets of one spreadsheet file (xlsx, ods or csv), row by row, never holding a whole
 * sheet in memory. Open one with {@link SheetReaders#open(java.nio.file.Path)}.
 */
public interface SheetReader extends AutoCloseable {

    /** The file name, as used in messages. */
    String fileName();

    /** Sheet names in workbook order. */
    List<String> sheetNames() throws ImportException;

    /**
     * Streams the non-empty rows of {@code sheet} to {@code visitor}, checking {@code monitor} for cancellation
     * (throws {@link org.eclipse.core.runtime.OperationCanceledException}).
     *
     * @throws ImportException when the sheet does not exist, the file is corrupt, truncated or hostile, or the
     *                         visitor fails; the message names file, sheet, row and column
     */
    void read(String sheet, RowVisitor visitor, IProgressMonitor monitor) throws ImportException;

    /** Reads the first {@code maxRows} non-empty rows of {@code sheet} (for recognition and previews). */
    default List<SheetRow> head(String sheet, int maxRows) throws ImportException {
        List<SheetRow> rows = new ArrayList<>();
        if (maxRows <= 0) return rows;
        read(sheet, r -> {
            rows.add(r);
            return rows.size() < maxRows;
        }, new NullProgressMonitor());
        return rows;
    }

    /** Releases the file. */
    @Override
    void close();
}
