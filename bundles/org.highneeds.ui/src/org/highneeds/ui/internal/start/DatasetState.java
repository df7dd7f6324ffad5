package org.highneeds.ui.internal.start;

import org.highneeds.data.imports.DatasetDescriptor;

/**
 * A dataset as the start page reports it.
 *
 * @param dataset the dataset of the catalogue
 * @param status imported, probably out of date, or missing
 * @param detail what is imported, in words, e.g. "5 files, imported 2026-12-04; newest period ends in 2025"
 * @param newestYear the year the newest imported period ends in; null when unknown or not imported
 */
public record DatasetState(DatasetDescriptor dataset, Status status, String detail, Integer newestYear) {

    /** Whether the dataset is there. */
    public enum Status {
        /** Imported and recent. */
        IMPORTED,
        /** Imported, but its newest period is old enough that a newer release is probably out. */
        OUT_OF_DATE,
        /** Not imported. */
        MISSING
    }
}
