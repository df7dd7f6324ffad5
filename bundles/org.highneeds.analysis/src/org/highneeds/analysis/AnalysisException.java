package org.highneeds.analysis;

/** A benchmark cannot be computed: unknown LA or indicator, missing data, or SQL that fails; the message says which. */
public class AnalysisException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An error with a message for the user. */
    public AnalysisException(String message) {
        super(message);
    }

    /** An error with a message for the user and its cause. */
    public AnalysisException(String message, Throwable cause) {
        super(message, cause);
    }
}
