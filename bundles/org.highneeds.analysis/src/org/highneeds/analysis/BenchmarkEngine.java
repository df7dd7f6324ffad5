package org.highneeds.analysis;

import org.eclipse.core.runtime.IProgressMonitor;
import org.highneeds.analysis.internal.Engine;

/**
 * Computes indicators and their measures over the workspace database: the one place the numbers come from (views,
 * CLI and exports all use it).
 * <p>
 * Results of {@link #compute} are cached per indicator; call {@link #invalidate()} after an import changes the
 * data. Thread-safe.
 */
public final class BenchmarkEngine {

    private final Engine engine;

    /** An engine over the given database with the given indicators. */
    public BenchmarkEngine(ConnectionSource database, IndicatorRegistry registry) {
        this.engine = new Engine(database, registry);
    }

    /** The indicators. */
    public IndicatorRegistry registry() {
        return engine.registry();
    }

    /** The comparator groups of the same database. */
    public ComparatorGroups comparators() {
        return engine.comparators();
    }

    /**
     * The indicator for all LAs and all periods: values, year-on-year change, bands and ranks per period, England.
     * Cached until {@link #invalidate()} or until the definition changes.
     *
     * @throws AnalysisException when the SQL fails (the message names the indicator)
     */
    public IndicatorResult compute(IndicatorDefinition indicator) throws AnalysisException {
        return engine.result(indicator);
    }

    /** {@link #compute(IndicatorDefinition)} of the indicator with id {@code indicatorId}. */
    public IndicatorResult compute(String indicatorId) throws AnalysisException {
        return engine.result(registry().get(indicatorId));
    }

    /**
     * The benchmark table of a request: the LA (following its series across boundary changes), each comparator, the
     * group mean and England for each period of the span.
     */
    public BenchmarkTable benchmark(BenchmarkRequest request) throws AnalysisException {
        return engine.benchmark(request);
    }

    /**
     * The LA across all indicators in the latest period each has data for. An indicator that fails is reported in
     * its entry's problem rather than failing the profile.
     *
     * @param monitor progress, one unit per indicator; cancel throws OperationCanceledException
     */
    public LaProfile profile(String laCode, ComparatorGroup group, IProgressMonitor monitor) throws AnalysisException {
        return engine.profile(laCode, group, monitor);
    }

    /** Forgets cached results (call after importing data or changing a user-defined indicator). */
    public void invalidate() {
        engine.invalidate();
    }
}
