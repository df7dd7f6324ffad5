package org.highneeds.data.internal.sheet;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One typed cell of a sheet row: its 1-based column, its type and its value. Text and error cells keep their text;
 * number cells their double; dates a {@link LocalDateTime}.
 */
public record SheetCell(int column, CellType type, String text, double number, boolean bool, LocalDateTime date) {

    /** A blank cell at {@code column}. */
    public static SheetCell blank(int column) {
        return new SheetCell(column, CellType.BLANK, null, Double.NaN, false, null);
    }

    /** A text cell. */
    public static SheetCell text(int column, String text) {
        return new SheetCell(column, CellType.TEXT, text, Double.NaN, false, null);
    }

    /** A number cell. */
    public static SheetCell number(int column, double value) {
        return new SheetCell(column, CellType.NUMBER, null, value, false, null);
    }

    /** A boolean cell. */
    public static SheetCell bool(int column, boolean value) {
        return new SheetCell(column, CellType.BOOLEAN, null, Double.NaN, value, null);
    }

    /** A date cell. */
    public static SheetCell date(int column, LocalDateTime value) {
        return new SheetCell(column, CellType.DATE, null, Double.NaN, false, value);
    }

    /** An error cell keeping the error text, e.g. {@code #REF!}. */
    public static SheetCell error(int column, String errorText) {
        return new SheetCell(column, CellType.ERROR, errorText, Double.NaN, false, null);
    }

    /** True for a blank cell or a text cell holding only whitespace. */
    public boolean isBlank() {
        return type == CellType.BLANK || (type == CellType.TEXT && text.isBlank());
    }

    /**
     * The value as text: text and error cells as stored, numbers without a spurious {@code .0} and without
     * exponent, booleans as TRUE/FALSE, dates as ISO, blank as the empty string.
     */
    public String asText() {
        return switch (type) {
            case TEXT, ERROR -> text;
            case NUMBER -> formatNumber(number);
            case BOOLEAN -> bool ? "TRUE" : "FALSE";
            case DATE -> date.toLocalTime().toSecondOfDay() == 0 ? date.toLocalDate().toString()
                    : date.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            case BLANK -> "";
        };
    }

    /** Spreadsheet-style column letters of this cell, e.g. {@code AR}. */
    public String columnLetters() {
        return columnLetters(column);
    }

    /** Spreadsheet-style letters of a 1-based column number (1 = A, 27 = AA). */
    public static String columnLetters(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }

    static String formatNumber(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return Double.toString(d);
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
