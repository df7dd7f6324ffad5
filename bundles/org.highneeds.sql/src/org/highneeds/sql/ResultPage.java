package org.highneeds.sql;

import java.util.List;

/**
 * A window of rows of a result's current view.
 *
 * @param offset row index (in the current view) of the first row
 * @param rows   the rows; each array holds one value per column (Long, BigDecimal, Double, String,
 *               LocalDate, LocalDateTime, Boolean ...; nested types as their text)
 */
public record ResultPage(long offset, List<Object[]> rows) {
}
