package org.highneeds.model.register;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One column of a register sheet.
 *
 * @param header header text (row 1)
 * @param kind how the cell is written and read
 * @param feature the model feature, or null for key/reference/info columns handled specially
 * @param width column width in characters
 * @param listName named range of the allowed values (enum columns), or null
 */
public record RegisterColumn(String header, Kind kind, EStructuralFeature feature, int width, String listName) {

    /** How a cell is written and parsed. */
    public enum Kind {
        /** Free text. */
        TEXT,
        /** Whole number. */
        INTEGER,
        /** Pounds. */
        MONEY,
        /** Percentage 0..100 as a plain number. */
        PERCENT,
        /** Calendar date. */
        DATE,
        /** Y or N. */
        YES_NO,
        /** One literal of an EEnum (label, name or code accepted). */
        ENUM,
        /** Setting URN. */
        SETTING_URN,
        /** Several setting URNs separated by semicolons. */
        SETTING_URNS,
        /** Provision code. */
        PROVISION_CODE,
        /** LA 3-digit code. */
        LA_CODE,
        /** Contract reference. */
        CONTRACT_REFERENCE,
        /** Written for reading only; ignored on import. */
        INFO
    }

    /** Returns the enum of an ENUM column. */
    public EEnum eEnum() {
        return (EEnum) feature.getEType();
    }
}
