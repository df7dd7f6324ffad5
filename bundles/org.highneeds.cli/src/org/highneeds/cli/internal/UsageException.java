package org.highneeds.cli.internal;

/** The command line was used wrongly; the message says how to use it. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
