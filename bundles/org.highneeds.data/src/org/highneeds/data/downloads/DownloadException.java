package org.highneeds.data.downloads;

/** A download failed; the message names the address and the reason, and nothing partial was kept. */
public class DownloadException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a user-facing message. */
    public DownloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
