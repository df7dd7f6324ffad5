package org.highneeds.area;

/** A local area could not be materialised (unknown or ambiguous LA code, unreadable database); the message says why. */
public final class AreaMaterialisationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message fit to show to the user. */
    public AreaMaterialisationException(String message) {
        super(message);
    }

    /** Creates the exception with a message fit to show to the user and its cause. */
    public AreaMaterialisationException(String message, Throwable cause) {
        super(message, cause);
    }
}
