package org.highneeds.model.register;

import org.eclipse.emf.ecore.EObject;

/**
 * One data row of the register, parsed into a detached (staged) Placement or Contract.
 *
 * @param sheet sheet name
 * @param row 1-based Excel row number
 * @param key the row's key: contract reference, or child reference + start date for a placement
 * @param staged the parsed object; not part of any model until the import is applied
 */
public record RegisterRow(String sheet, int row, String key, EObject staged) {
}
