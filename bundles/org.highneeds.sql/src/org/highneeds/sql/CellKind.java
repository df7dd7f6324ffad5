package org.highneeds.sql;

/** What a displayed cell holds, so views can style NULLs and suppressed figures differently. */
public enum CellKind {
    /** SQL NULL with no suppression marker. */
    NULL,
    /** A published figure withheld or not applicable, shown by its marker (c, x, z, low, u ...). */
    SUPPRESSED,
    /** A number. */
    NUMBER,
    /** A boolean. */
    BOOLEAN,
    /** A date, time or timestamp. */
    TEMPORAL,
    /** Text or anything else shown as text. */
    TEXT
}
