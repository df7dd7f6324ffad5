package org.highneeds.ui.benchmarking.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.highneeds.analysis.AnalysisException;
import org.highneeds.analysis.ConnectionSource;
import org.highneeds.analysis.IndicatorDefinition;
import org.highneeds.analysis.IndicatorRegistry;
import org.highneeds.model.HighNeedsFactory;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.Polarity;
import org.highneeds.model.persistence.AreaModelStore;

/**
 * The user-defined indicators, saved as the indicator definitions of a local area model file (XMI) in the plug-in's
 * state folder, so they are the same objects a team can keep in its own area model. The file keeps every definition
 * even when its SQL does not run today (e.g. its data is not imported yet); only those that run reach the registry.
 */
public final class UserIndicatorStore {

    /** Name of the file in the state folder. */
    public static final String FILE_NAME = "user-indicators.xmi";

    private final Path file;
    private final Map<String, IndicatorDefinition> definitions = new LinkedHashMap<>();
    private boolean loaded;

    /** A store saving to {@code file}. */
    public UserIndicatorStore(Path file) {
        this.file = file;
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
        if (Files.isRegularFile(file)) {
            LocalAreaModel model = new AreaModelStore().load(file, null).model();
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

    /** The model object of {@code d}; the unit is written as the word {@link org.highneeds.analysis.IndicatorUnit#parse} reads. */
    static org.highneeds.model.IndicatorDefinition toModel(IndicatorDefinition d) {
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

    /** The polarity shown first in the editor. */
    static Polarity defaultPolarity() {
        return Polarity.NEUTRAL;
    }
}
