package org.highneeds.analysis.internal;

import java.util.List;

import org.highneeds.analysis.AnalysisException;
import org.highneeds.analysis.ComparatorGroup;
import org.highneeds.analysis.ConnectionSource;
import org.highneeds.model.ComparatorSet;

/** Comparator group construction. */
public final class Groups {

    private Groups() {
    }

    public static ComparatorGroup statisticalNeighbours(ConnectionSource db, String la) throws AnalysisException {
        throw new UnsupportedOperationException("not yet");
    }

    public static ComparatorGroup region(ConnectionSource db, String la) throws AnalysisException {
        throw new UnsupportedOperationException("not yet");
    }

    public static ComparatorGroup laType(ConnectionSource db, String la) throws AnalysisException {
        throw new UnsupportedOperationException("not yet");
    }

    public static ComparatorGroup england(ConnectionSource db, String la) throws AnalysisException {
        throw new UnsupportedOperationException("not yet");
    }

    public static ComparatorGroup custom(ConnectionSource db, String name, String la, List<String> codes) throws AnalysisException {
        throw new UnsupportedOperationException("not yet");
    }

    public static ComparatorGroup of(ConnectionSource db, ComparatorSet set) throws AnalysisException {
        throw new UnsupportedOperationException("not yet");
    }

    public static ComparatorGroup parse(ConnectionSource db, String spec, String la) throws AnalysisException {
        throw new UnsupportedOperationException("not yet");
    }
}
