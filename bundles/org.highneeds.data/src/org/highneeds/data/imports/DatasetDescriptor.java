package org.highneeds.data.imports;

/** A dataset of the catalogue: what it is, who publishes it, and the importer that loads its files. */
public record DatasetDescriptor(String id, String title, String publisher, String page, String recognised, String tables,
        String contributor, DatasetImporter importer) {
}
