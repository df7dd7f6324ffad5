package org.highneeds.sql;

/**
 * Export settings.
 *
 * @param csvByteOrderMark write a UTF-8 BOM so Excel opens the CSV as UTF-8
 * @param neutraliseFormulas prefix text starting with = + - @ tab CR by a single quote (CSV and XLSX)
 */
public record ExportOptions(boolean csvByteOrderMark, boolean neutraliseFormulas) {

    /** BOM on (analysts open CSVs in Excel), formulas neutralised. */
    public static final ExportOptions DEFAULT = new ExportOptions(true, true);
}
