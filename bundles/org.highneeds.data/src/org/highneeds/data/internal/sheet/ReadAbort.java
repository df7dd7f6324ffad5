package org.highneeds.data.internal.sheet;

import org.highneeds.data.imports.ImportException;

/** Carries an {@link ImportException} or a stop request out of a SAX/StAX callback. */
final class ReadAbort extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Null when the visitor only asked to stop. */
    final transient ImportException importException;

    ReadAbort(ImportException e) {
        super(e == null ? "stop" : e.getMessage(), e, false, false);
        this.importException = e;
    }
}
