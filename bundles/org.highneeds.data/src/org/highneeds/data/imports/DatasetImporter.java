package org.highneeds.data.imports;

import org.eclipse.core.runtime.IProgressMonitor;

/** Reads one family of published files into the workspace database's raw and normalised tables. */
public interface DatasetImporter {

    /** Stable id of this importer, e.g. {@code sen2.caseload}; stored in provenance. */
    String id();

    /** Version of this importer's mapping, stored in provenance so a changed mapping can be re-run. */
    String version();

    /**
     * How sure this importer is that it reads {@code file}: 0 = not at all, 100 = certain (header signature,
     * sheet names). Must read at most a few KB (the sniff buffer of {@link SourceFile}).
     */
    int recognise(SourceFile file);

    /**
     * Loads the file through {@code sink}, inside the caller's transaction (never commits or rolls back).
     * Cancellation: check {@code monitor.isCanceled()} regularly and throw {@link org.eclipse.core.runtime.OperationCanceledException}.
     *
     * @return a summary: rows written, periods covered, warnings already reported to the sink
     * @throws ImportException naming file, sheet, row and column of the first fatal problem
     */
    ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException;
}
