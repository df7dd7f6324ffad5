package org.highneeds.data.internal.sheet;

/**
 * Bounds a reader enforces so that a hostile or broken file fails with a clear message instead of exhausting
 * memory: longest cell text, most rows and columns, and the zip inflation guard.
 *
 * @param maxCellChars    longest text accepted in one cell (Excel's own limit is 32,767)
 * @param maxRows         highest row number accepted (Excel: 1,048,576)
 * @param maxColumns      highest column number accepted (Excel: 16,384)
 * @param minInflateRatio smallest compressed/uncompressed ratio of a zip entry before it counts as a zip bomb
 * @param maxEntryBytes   most bytes one zip entry may inflate to
 */
public record SheetLimits(int maxCellChars, long maxRows, int maxColumns, double minInflateRatio, long maxEntryBytes) {

    /** Limits matching what Excel itself can hold; 1% inflate ratio as POI's default. */
    public static final SheetLimits DEFAULT = new SheetLimits(32_767, 1_048_576L, 16_384, 0.01, 4L * 1024 * 1024 * 1024);

    /** A copy with another cell-text limit. */
    public SheetLimits withMaxCellChars(int chars) {
        return new SheetLimits(chars, maxRows, maxColumns, minInflateRatio, maxEntryBytes);
    }
}
