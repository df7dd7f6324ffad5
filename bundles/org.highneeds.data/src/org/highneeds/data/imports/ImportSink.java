package org.highneeds.data.imports;

import java.sql.Connection;

/** What an importer writes into: the open import transaction and its provenance record. */
public interface ImportSink {

    /** The connection of the running import; auto-commit is off; importers never commit or roll back. */
    Connection connection();

    /** Id of this import's row in the {@code provenance} table; every normalised row carries it. */
    long provenanceId();

    /** Records a non-fatal problem (e.g. an unknown LA code) with its place in the file. */
    void warn(ImportLocation where, String message);

    /**
     * Names the published dataset this file is a release of, so a newer release replaces the older one's rows
     * for the periods it covers; without a call the dataset id is {@code <importer id>:<file name stem>}.
     * (Added by data-core; a default method, so existing importers are unaffected.)
     */
    default void describeDataset(String datasetId, String title, String publisher) {
    }
}
