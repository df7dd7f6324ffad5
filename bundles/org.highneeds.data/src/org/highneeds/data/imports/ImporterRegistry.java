package org.highneeds.data.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The dataset importers known to the workbench; fed by the lead from an extension point or by hand. */
public final class ImporterRegistry {

    private final List<DatasetImporter> importers = new CopyOnWriteArrayList<>();

    /** An empty registry. */
    public ImporterRegistry() {
    }

    /** A registry holding {@code importers}. */
    public ImporterRegistry(Collection<? extends DatasetImporter> importers) {
        importers.forEach(this::register);
    }

    /** Adds an importer; an importer with the same id is replaced. */
    public void register(DatasetImporter importer) {
        importers.removeIf(i -> i.id().equals(importer.id()));
        importers.add(importer);
    }

    /** Removes the importer with that id. */
    public void unregister(String id) {
        importers.removeIf(i -> i.id().equals(id));
    }

    /** All importers, in registration order. */
    public List<DatasetImporter> importers() {
        return List.copyOf(importers);
    }

    /** The importer with that id. */
    public Optional<DatasetImporter> get(String id) {
        return importers.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The importer with the best non-zero recognise() score (first registered wins a tie), if any. */
    public Optional<DatasetImporter> recognise(SourceFile file) {
        DatasetImporter best = null;
        int bestScore = 0;
        for (DatasetImporter i : new ArrayList<>(importers)) {
            int s;
            try {
                s = i.recognise(file);
            } catch (RuntimeException e) {
                s = 0; // a faulty plug-in importer must not stop recognition of the others
            }
            if (s > bestScore) {
                best = i;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }
}
