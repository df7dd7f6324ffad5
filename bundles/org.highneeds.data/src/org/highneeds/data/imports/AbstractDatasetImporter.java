package org.highneeds.data.imports;

/**
 * A {@link DatasetImporter} with its id and version given once, in the constructor; a subclass recognises and loads.
 * The base of the workbench's importers and of a team plug-in's.
 */
public abstract class AbstractDatasetImporter implements DatasetImporter {

    private final String id;
    private final String version;

    /**
     * @param id the importer id, as the catalogue's {@code dataset id} names it
     * @param version the importer's version: a new one re-imports files imported by an older one
     */
    protected AbstractDatasetImporter(String id, String version) {
        this.id = id;
        this.version = version;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String version() {
        return version;
    }
}
