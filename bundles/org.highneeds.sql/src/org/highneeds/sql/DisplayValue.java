package org.highneeds.sql;

/**
 * A cell ready for display.
 *
 * @param text         the text to show (empty for NULL; views may render NULL specially)
 * @param kind         what the cell holds
 * @param rightAligned true for numbers and suppressed figures, which sit in number columns
 * @param reason       for SUPPRESSED cells the marker's meaning (e.g. "confidential"), else null
 */
public record DisplayValue(String text, CellKind kind, boolean rightAligned, String reason) {
}
