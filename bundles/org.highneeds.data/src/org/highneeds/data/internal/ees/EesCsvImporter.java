package org.highneeds.data.internal.ees;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.highneeds.data.imports.AbstractDatasetImporter;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportLocation;
import org.highneeds.data.imports.ImportSink;
import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.SourceFile;

/** Any Explore Education Statistics CSV (recognised by its header signature) into {@code ees_observation}. */
public final class EesCsvImporter extends AbstractDatasetImporter {

    /** Importer id. */
    public static final String ID = "ees.csv";

    /** Made by the dataset catalogue from the {@code org.highneeds.data.datasets} extension. */
    public EesCsvImporter() {
        super(ID, "1.0.0");
    }

    @Override
    public int recognise(SourceFile file) {
        return EesCsv.score(file);
    }

    /** Dataset id of an EES file: its file name stem, stable across releases on EES. */
    public static String datasetId(SourceFile file) {
        String n = file.fileName();
        int dot = n.lastIndexOf('.');
        return "ees:" + (dot > 0 ? n.substring(0, dot) : n).toLowerCase(Locale.ROOT);
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        String dataset = datasetId(file);
        sink.describeDataset(dataset, file.fileName(), "Department for Education (Explore Education Statistics)");
        try {
            EesCsv.Loaded l = EesCsv.load(file, sink, dataset, monitor);
            return new ImportSummary(l.observations(), List.of(l.raw().qualifiedName(), "ees_observation"), l.periodFrom(),
                    l.periodTo());
        } catch (SQLException e) {
            throw new ImportException(new ImportLocation(file.fileName(), null, 0, 0, null),
                    "database error: " + e.getMessage(), e);
        }
    }
}
