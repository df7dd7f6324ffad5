package org.highneeds.analysis;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.highneeds.analysis.internal.IndicatorExtensions;
import org.highneeds.analysis.internal.IndicatorValidator;
import org.highneeds.model.Polarity;

/**
 * The indicators the workbench knows: built-ins and team plug-ins' contributed through the extension point
 * {@code org.highneeds.analysis.indicators}, and user-defined ones added at runtime (validated by running their SQL).
 * Thread-safe.
 */
public final class IndicatorRegistry {

    /** The extension point id. */
    public static final String EXTENSION_POINT = "org.highneeds.analysis.indicators";

    private final Map<String, IndicatorDefinition> contributed;
    private final Map<String, IndicatorDefinition> userDefined = new LinkedHashMap<>();

    /** A registry of the given contributed indicators (ids must be unique). */
    public IndicatorRegistry(Collection<IndicatorDefinition> contributed) {
        Map<String, IndicatorDefinition> m = new LinkedHashMap<>();
        for (IndicatorDefinition d : contributed) {
            if (m.putIfAbsent(d.id(), d) != null) {
                throw new IllegalArgumentException("Two indicators have the id '" + d.id() + "' (" + m.get(d.id()).origin()
                        + " and " + d.origin() + ")");
            }
        }
        this.contributed = Map.copyOf(m);
        this.order = List.copyOf(m.keySet());
    }

    private final List<String> order;

    /**
     * The registry of all indicators contributed to the extension point; outside OSGi (benchmarks, plain Java) the
     * built-ins of this bundle's plugin.xml read from the class path. Contributions that are malformed are skipped
     * and reported in {@link #problems()}.
     */
    public static IndicatorRegistry fromExtensions() {
        IndicatorExtensions.Loaded loaded = IndicatorExtensions.load();
        IndicatorRegistry r = new IndicatorRegistry(loaded.definitions());
        r.problems.addAll(loaded.problems());
        return r;
    }

    private final List<String> problems = new ArrayList<>();

    /** Malformed contributions skipped when loading, one message each naming the plug-in and indicator. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** All indicators: contributed ones in contribution order, then user-defined ones in the order added. */
    public synchronized List<IndicatorDefinition> all() {
        List<IndicatorDefinition> all = new ArrayList<>(order.size() + userDefined.size());
        for (String id : order) all.add(contributed.get(id));
        all.addAll(userDefined.values());
        return all;
    }

    /** The contributed (built-in and plug-in) indicators. */
    public List<IndicatorDefinition> contributed() {
        return order.stream().map(contributed::get).toList();
    }

    /** The user-defined indicators. */
    public synchronized List<IndicatorDefinition> userDefined() {
        return List.copyOf(userDefined.values());
    }

    /** The indicator with id {@code id}, if any. */
    public synchronized Optional<IndicatorDefinition> find(String id) {
        IndicatorDefinition d = contributed.get(id);
        return Optional.ofNullable(d != null ? d : userDefined.get(id));
    }

    /** The indicator with id {@code id}; the exception lists the known ids. */
    public IndicatorDefinition get(String id) throws AnalysisException {
        return find(id).orElseThrow(() -> new AnalysisException("Unknown indicator '" + id + "'. Known indicators: "
                + String.join(", ", all().stream().map(IndicatorDefinition::id).toList())));
    }

    /**
     * Adds or replaces a user-defined indicator after validating it against the database (see {@link #validate}).
     * A contributed indicator's id cannot be reused.
     *
     * @throws IndicatorValidationException when the SQL fails or its columns are wrong; the registry is unchanged
     */
    public void addUserDefined(IndicatorDefinition definition, ConnectionSource database) throws AnalysisException {
        if (contributed.containsKey(definition.id())) {
            throw new IndicatorValidationException(definition.id(), "The id '" + definition.id()
                    + "' belongs to a built-in indicator; choose another id.", null);
        }
        validate(definition, database);
        synchronized (this) {
            userDefined.put(definition.id(), definition);
        }
    }

    /** Removes a user-defined indicator; true when there was one. */
    public synchronized boolean removeUserDefined(String id) {
        return userDefined.remove(id) != null;
    }

    /**
     * Runs the indicator's SQL and checks that it returns la_code, period_year and value (numeric), numerator and
     * denominator when its group mean is weighted, and at most one row per LA and period.
     *
     * @throws IndicatorValidationException naming the indicator and the problem (DuckDB's message for bad SQL)
     */
    public static void validate(IndicatorDefinition definition, ConnectionSource database) throws AnalysisException {
        try (Connection c = database.connect()) {
            IndicatorValidator.validate(definition, c);
        } catch (java.sql.SQLException e) {
            throw new AnalysisException("Cannot open the workspace database to check indicator " + definition.id() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The definition of an indicator saved in a local area model, as a user-defined indicator. Unit and period are
     * read from the model's unit text ("%", "count", "£ per head", ...; number otherwise), polarity from the model's.
     */
    public static IndicatorDefinition fromModel(org.highneeds.model.IndicatorDefinition m) {
        IndicatorUnit unit;
        try {
            unit = IndicatorUnit.parse(m.getUnit());
        } catch (IllegalArgumentException e) {
            unit = IndicatorUnit.NUMBER;
        }
        Polarity polarity = m.isSetPolarity() ? m.getPolarity() : Polarity.NEUTRAL;
        return new IndicatorDefinition(m.getId(), m.getTitle(), unit, polarity, PeriodKind.JANUARY, m.getSql(),
                List.copyOf(m.getSourceDatasets()), m.getDescription(), GroupMeanMethod.MEAN, "User-defined",
                IndicatorDefinition.USER_DEFINED);
    }
}
