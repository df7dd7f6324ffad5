package org.highneeds.model.register;

import java.io.IOException;

/** The register file cannot be read at all (not a workbook, encrypted, truncated, too large). */
public class RegisterImportException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; the message names the file. */
    public RegisterImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
