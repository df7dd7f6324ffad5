package org.highneeds.data.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The dataset catalogue: every dataset contributed to the {@code org.highneeds.data.datasets} extension point,
 * built-in or from a team plug-in, with an {@link ImporterRegistry} over their importers.
 */
public final class DatasetCatalog {

    /** Id of the extension point datasets are contributed to. */
    public static final String EXTENSION_POINT = "org.highneeds.data.datasets";

    private final List<DatasetDescriptor> datasets;
    private final List<String> problems;

    private DatasetCatalog(List<DatasetDescriptor> datasets, List<String> problems) {
        this.datasets = List.copyOf(datasets);
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads the catalogue from the extension registry. A contribution whose importer cannot be created is left
     * out and named in {@link #problems()}, so one broken team plug-in does not stop the others.
     */
    public static DatasetCatalog fromExtensions() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        List<DatasetDescriptor> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (registry == null) {
            problems.add("No extension registry: the dataset catalogue needs the Eclipse runtime.");
            return new DatasetCatalog(found, problems);
        }
        for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = e.getContributor().getName();
            String id = e.getAttribute("id");
            try {
                Object importer = e.createExecutableExtension("importer");
                if (!(importer instanceof DatasetImporter datasetImporter)) {
                    problems.add("Dataset " + id + " of " + contributor + ": " + e.getAttribute("importer")
                            + " does not implement DatasetImporter.");
                    continue;
                }
                if (!datasetImporter.id().equals(id)) {
                    problems.add("Dataset " + id + " of " + contributor + ": its importer's id is " + datasetImporter.id()
                            + "; the two must match.");
                    continue;
                }
                String download = e.getAttribute("download");
                List<String> downloads = download == null || download.isBlank() ? List.of() : List.of(download.trim().split("\\s+"));
                found.add(new DatasetDescriptor(id, e.getAttribute("title"), e.getAttribute("publisher"), e.getAttribute("page"),
                        e.getAttribute("recognised"), e.getAttribute("tables"), contributor, datasetImporter, downloads));
            } catch (CoreException | RuntimeException ex) {
                problems.add("Dataset " + id + " of " + contributor + ": cannot create its importer: " + ex.getMessage());
            }
        }
        found.sort(Comparator.comparing(DatasetDescriptor::id));
        return new DatasetCatalog(found, problems);
    }

    /** The datasets, ordered by id. */
    public List<DatasetDescriptor> datasets() {
        return datasets;
    }

    /** The dataset with this id. */
    public Optional<DatasetDescriptor> dataset(String id) {
        return datasets.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Contributions that were left out, each with its reason. */
    public List<String> problems() {
        return problems;
    }

    /** A registry over the catalogue's importers, for an {@link ImportService}. */
    public ImporterRegistry importers() {
        return new ImporterRegistry(datasets.stream().map(DatasetDescriptor::importer).toList());
    }
}
