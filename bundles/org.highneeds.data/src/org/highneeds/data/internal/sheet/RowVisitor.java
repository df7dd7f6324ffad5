package org.highneeds.data.internal.sheet;

import org.highneeds.data.imports.ImportException;

/** Receives the rows of a sheet in file order; returns false to stop reading early. */
@FunctionalInterface
public interface RowVisitor {

    /** Handles one non-empty row; returning false stops the read without error. */
    boolean visit(SheetRow row) throws ImportException;
}
