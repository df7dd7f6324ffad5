package org.highneeds.analysis;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.highneeds.analysis.internal.Engine;
import org.highneeds.data.WorkspaceDatabaseService;

/**
 * Computes indicators and their measures over the workspace database: the one place the numbers come from (views,
 * CLI and exports all use it).
 * <p>
 * Results of {@link #compute} are cached per indicator; call {@link #invalidate()} after an import changes the
 * data (an engine over a {@link WorkspaceDatabaseService} does so itself on its change event). Thread-safe.
 * <p>
 * The OSGi service ({@code Services.get(BenchmarkEngine.class)}) is the engine of the running workspace, with the
 * contributed indicators and the user-defined ones of its {@link UserIndicatorStore}.
 */
public class BenchmarkEngine {

    private final Engine engine;
    private final WorkspaceDatabaseService workspace;
    private final Runnable databaseChanged = this::invalidate;
    private volatile long seenChanges;

    /** An engine over the given database with the given indicators. */
    public BenchmarkEngine(ConnectionSource database, IndicatorRegistry registry) {
        this.engine = new Engine(database, registry);
        this.workspace = null;
    }

    /**
     * The engine of a workspace: the contributed indicators and the user-defined ones saved in {@code userIndicators}
     * (those whose SQL does not run now are reported to {@code problems} and left out until edited), forgetting its
     * cached results whenever the workspace database announces a change. {@link #close()} stops following it.
     */
    public BenchmarkEngine(WorkspaceDatabaseService workspace, UserIndicatorStore userIndicators, Consumer<String> problems) {
        IndicatorRegistry registry = IndicatorRegistry.fromExtensions();
        registry.problems().forEach(problems);
        this.engine = new Engine(workspace::connect, registry);
        this.workspace = workspace;
        this.seenChanges = workspace.changeCount();
        userIndicators.loadInto(registry, workspace::connect).forEach(problems);
        workspace.addChangeListener(databaseChanged);
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
        followChanges();
        return engine.result(indicator);
    }

    /** {@link #compute(IndicatorDefinition)} of the indicator with id {@code indicatorId}. */
    public IndicatorResult compute(String indicatorId) throws AnalysisException {
        followChanges();
        return engine.result(registry().get(indicatorId));
    }

    /**
     * The benchmark table of a request: the LA (following its series across boundary changes), each comparator, the
     * group mean and England for each period of the span.
     */
    public BenchmarkTable benchmark(BenchmarkRequest request) throws AnalysisException {
        followChanges();
        return engine.benchmark(request);
    }

    /**
     * The LA across all indicators in the latest period each has data for. An indicator that fails is reported in
     * its entry's problem rather than failing the profile.
     *
     * @param monitor progress, one unit per indicator; cancel throws OperationCanceledException
     */
    public LaProfile profile(String laCode, ComparatorGroup group, IProgressMonitor monitor) throws AnalysisException {
        followChanges();
        return engine.profile(laCode, group, monitor);
    }

    /** Forgets cached results (call after importing data or changing a user-defined indicator). */
    public void invalidate() {
        engine.invalidate();
    }

    /** Stops following the workspace database's changes (an engine made over a workspace). */
    public void close() {
        if (workspace != null) {
            workspace.removeChangeListener(databaseChanged);
        }
    }

    /**
     * Drops results computed before a change was announced even when this engine's listener has not run yet: a view
     * told of the same change may ask first.
     */
    private void followChanges() {
        if (workspace != null) {
            long now = workspace.changeCount();
            if (now != seenChanges) {
                seenChanges = now;
                engine.invalidate();
            }
        }
    }
}
