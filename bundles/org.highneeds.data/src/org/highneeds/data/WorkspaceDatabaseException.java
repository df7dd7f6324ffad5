package org.highneeds.data;

/** The workspace database could not be opened or used; the message is meant for the user. */
public class WorkspaceDatabaseException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a user-facing message and its cause. */
    public WorkspaceDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
