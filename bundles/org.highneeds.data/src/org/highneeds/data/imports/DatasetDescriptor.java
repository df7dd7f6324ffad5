package org.highneeds.data.imports;

import java.util.List;

/** A dataset of the catalogue: what it is, who publishes it, and the importer that loads its files. */
public record DatasetDescriptor(String id, String title, String publisher, String page, String recognised, String tables,
        String contributor, DatasetImporter importer, List<String> downloads) {

    /** Whether the publisher's current files can be fetched directly. */
    public boolean downloadable() {
        return !downloads.isEmpty();
    }
}
