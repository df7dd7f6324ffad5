package org.highneeds.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.highneeds.model.HighNeedsFactory;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.Polarity;
import org.highneeds.model.persistence.AreaModelStore;

/**
 * The user-defined indicators (Benchmarking > New Indicator... in the workbench), saved as the indicator definitions of
 * a local area model file (XMI) in the workspace, so they are the same objects a team can keep in its own area model,
 * and the workbench and the command line see the same ones. The file keeps every definition even when its SQL does
 * not run today (e.g. its data is not imported yet); only those that run reach the registry.
 * <p>
 * The OSGi service ({@code Services.get(UserIndicatorStore.class)}) is the store of the running workspace.
 */
public class UserIndicatorStore {

    /** Name of the file. */
    public static final String FILE_NAME = "user-indicators.xmi";

    /** Where a workspace keeps the file, relative to the workspace folder (this bundle's state folder). */
    public static final Path LOCATION = Path.of(".metadata", ".plugins", "org.highneeds.analysis", FILE_NAME);

    /** Where versions before 0.2 kept it (the benchmarking UI plug-in's state folder); read when the new file is missing. */
    public static final Path FORMER_LOCATION = Path.of(".metadata", ".plugins", "org.highneeds.ui.benchmarking", FILE_NAME);

    private final Path file;
    private final Path former;
    private final Map<String, IndicatorDefinition> definitions = new LinkedHashMap<>();
    private boolean loaded;

    /** A store saving to {@code file}. */
    public UserIndicatorStore(Path file) {
        this(file, null);
    }

    /**
     * A store saving to {@code file} that, while {@code file} does not exist, reads {@code former} (a file an earlier
     * version saved), so the definitions are kept; the first save writes them to {@code file}.
     */
    protected UserIndicatorStore(Path file, Path former) {
        this.file = file;
        this.former = former;
    }

    /** The store of the workspace folder {@code workspace}, reading its former file when there is no current one. */
    public static UserIndicatorStore inWorkspace(Path workspace) {
        return new UserIndicatorStore(workspace.resolve(LOCATION), workspace.resolve(FORMER_LOCATION));
    }

    /** The file the definitions are saved in. */
    public Path file() {
        return file;
    }

    /** The saved definitions, in the order they were first saved. */
    public synchronized List<IndicatorDefinition> all() throws IOException {
        load();
        return List.copyOf(definitions.values());
    }

    /**
     * Adds the saved definitions to {@code registry}, each validated by running it; returns one message per definition
     * that failed (it stays saved).
     */
    public List<String> loadInto(IndicatorRegistry registry, ConnectionSource database) {
        List<IndicatorDefinition> saved;
        try {
            saved = all();
        } catch (IOException e) {
            return List.of("Cannot read the user-defined indicators in " + file + ": " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        for (IndicatorDefinition d : saved) {
            try {
                registry.addUserDefined(d, database);
            } catch (AnalysisException e) {
                problems.add("User-defined indicator " + d.id() + " is not available: " + e.getMessage());
            }
        }
        return problems;
    }

    /**
     * Validates {@code definition} by running it, adds it to {@code registry} (replacing the one with id
     * {@code replacedId} when editing) and saves the file.
     *
     * @throws AnalysisException when the SQL does not run or returns the wrong columns; nothing is changed
     */
    public synchronized void save(IndicatorDefinition definition, String replacedId, IndicatorRegistry registry,
            ConnectionSource database) throws AnalysisException, IOException {
        load();
        if (replacedId != null && !replacedId.equals(definition.id()) && registry.find(definition.id()).isPresent()) {
            throw new AnalysisException("There is already an indicator with the id '" + definition.id() + "'.");
        }
        if (replacedId == null && registry.find(definition.id()).isPresent()) {
            throw new AnalysisException("There is already an indicator with the id '" + definition.id()
                    + "'; choose another id or edit that indicator.");
        }
        registry.addUserDefined(definition, database);
        Map<String, IndicatorDefinition> before = new LinkedHashMap<>(definitions);
        if (replacedId != null && !replacedId.equals(definition.id())) {
            definitions.remove(replacedId);
            registry.removeUserDefined(replacedId);
        }
        definitions.put(definition.id(), definition);
        try {
            write();
        } catch (IOException e) {
            definitions.clear();
            definitions.putAll(before);
            throw e;
        }
    }

    /** Removes the user-defined indicator {@code id} from the registry and the file. */
    public synchronized void remove(String id, IndicatorRegistry registry) throws IOException {
        load();
        if (definitions.remove(id) != null) {
            write();
        }
        registry.removeUserDefined(id);
    }

    private void load() throws IOException {
        if (loaded) {
            return;
        }
        Path source = !Files.isRegularFile(file) && former != null && Files.isRegularFile(former) ? former : file;
        if (Files.isRegularFile(source)) {
            LocalAreaModel model = new AreaModelStore().load(source, null).model();
            for (org.highneeds.model.IndicatorDefinition m : model.getIndicatorDefinitions()) {
                IndicatorDefinition d = IndicatorRegistry.fromModel(m);
                definitions.put(d.id(), d);
            }
        }
        loaded = true;
    }

    private void write() throws IOException {
        LocalAreaModel model = HighNeedsFactory.eINSTANCE.createLocalAreaModel();
        model.setName("User-defined indicators");
        model.setDescription("Indicators defined in the workbench (Benchmarking > New Indicator...)");
        for (IndicatorDefinition d : definitions.values()) {
            model.getIndicatorDefinitions().add(toModel(d));
        }
        Files.createDirectories(file.getParent());
        new AreaModelStore().save(model, file, null);
    }

    /** The model object of {@code d}; the unit is written as the word {@link IndicatorUnit#parse} reads. */
    private static org.highneeds.model.IndicatorDefinition toModel(IndicatorDefinition d) {
        org.highneeds.model.IndicatorDefinition m = HighNeedsFactory.eINSTANCE.createIndicatorDefinition();
        m.setId(d.id());
        m.setTitle(d.title());
        m.setUnit(d.unit().name().toLowerCase(Locale.ROOT));
        m.setPolarity(d.polarity());
        m.setSql(d.sql());
        m.setDescription(d.note());
        m.getSourceDatasets().addAll(d.sourceDatasets());
        return m;
    }

}
