package org.highneeds.ui.internal.imports;

import java.nio.file.Path;

import org.highneeds.data.imports.DatasetDescriptor;

/** A file chosen for import and the dataset it will be imported as ({@code null} while not recognised). */
record ImportCandidate(Path file, long size, DatasetDescriptor dataset) {

    ImportCandidate withDataset(DatasetDescriptor chosen) {
        return new ImportCandidate(file, size, chosen);
    }
}
