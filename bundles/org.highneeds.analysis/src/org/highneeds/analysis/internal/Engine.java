package org.highneeds.analysis.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.highneeds.analysis.AnalysisException;
import org.highneeds.analysis.BenchmarkRequest;
import org.highneeds.analysis.BenchmarkTable;
import org.highneeds.analysis.ComparatorGroup;
import org.highneeds.analysis.ComparatorGroups;
import org.highneeds.analysis.ConnectionSource;
import org.highneeds.analysis.IndicatorDefinition;
import org.highneeds.analysis.IndicatorRegistry;
import org.highneeds.analysis.IndicatorResult;
import org.highneeds.analysis.LaProfile;

/** The engine's implementation. */
public final class Engine {

    private final ConnectionSource db;
    private final IndicatorRegistry registry;
    private final ComparatorGroups comparators;

    public Engine(ConnectionSource db, IndicatorRegistry registry) {
        this.db = db;
        this.registry = registry;
        this.comparators = new ComparatorGroups(db);
    }

    public IndicatorRegistry registry() {
        return registry;
    }

    public ComparatorGroups comparators() {
        return comparators;
    }

    public IndicatorResult compute(IndicatorDefinition d) throws AnalysisException {
        throw new UnsupportedOperationException("not yet");
    }

    public BenchmarkTable benchmark(BenchmarkRequest r) throws AnalysisException {
        throw new UnsupportedOperationException("not yet");
    }

    public LaProfile profile(String la, ComparatorGroup g, IProgressMonitor m) throws AnalysisException {
        throw new UnsupportedOperationException("not yet");
    }

    public void invalidate() {
    }
}
