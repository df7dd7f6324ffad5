package org.highneeds.data.internal.sheet;

import java.sql.SQLException;

import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportLocation;
import org.highneeds.data.imports.SourceFile;

/** Small helpers shared by the spreadsheet importers. */
public final class ImportSupport {

    /** Longest label (names, proximity, codes) accepted in reference columns before a file counts as broken. */
    public static final int MAX_LABEL_CHARS = 255;

    private ImportSupport() {
    }

    /** A location in {@code file}. */
    public static ImportLocation at(SourceFile file, String sheet, long row, int column, String heading) {
        return new ImportLocation(file.fileName(), sheet, row, column, heading);
    }

    /** Wraps a database failure so the user sees where in the file the import stopped. */
    public static ImportException database(ImportLocation where, SQLException e) {
        return new ImportException(where, "could not write to the database: " + e.getMessage(), e);
    }

    /** Fails when a label cell is absurdly long (a hostile or shifted file), naming the cell. */
    public static String label(SheetCell cell, ImportLocation where, int max) throws ImportException {
        String t = Headings.clean(cell.asText());
        if (t.length() > max) {
            throw new ImportException(where, "cell holds " + t.length() + " characters where a short label (at most "
                    + max + ") is expected; wrong layout or damaged file");
        }
        return t;
    }
}
