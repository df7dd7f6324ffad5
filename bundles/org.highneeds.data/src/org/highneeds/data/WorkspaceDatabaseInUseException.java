package org.highneeds.data;

/** Another process holds the workspace database open for writing. */
public class WorkspaceDatabaseInUseException extends WorkspaceDatabaseException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a user-facing message naming the other process. */
    public WorkspaceDatabaseInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
