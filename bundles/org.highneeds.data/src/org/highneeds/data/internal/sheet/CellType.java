package org.highneeds.data.internal.sheet;

/** The kind of value a spreadsheet cell holds, as stored in the file (not as displayed). */
public enum CellType {
    /** A string. */
    TEXT,
    /** A number (spreadsheets store percentages and money as numbers too). */
    NUMBER,
    /** TRUE or FALSE. */
    BOOLEAN,
    /** A date or date-time (a number with a date format in xlsx, a date value in ods). */
    DATE,
    /** A spreadsheet error such as {@code #REF!}; the error text is kept. */
    ERROR,
    /** No value. */
    BLANK
}
