package org.highneeds.analysis.internal;

import java.util.List;

import org.highneeds.analysis.AnalysisException;
import org.highneeds.analysis.ConnectionSource;
import org.highneeds.analysis.LaInfo;

/** The LA code list. */
public final class LaDirectory {

    /** Loads the la table. */
    public static LaDirectory load(ConnectionSource db) throws AnalysisException {
        throw new UnsupportedOperationException("not yet");
    }

    /** The LA with the code. */
    public LaInfo get(String code) throws AnalysisException {
        throw new UnsupportedOperationException("not yet");
    }

    /** All LAs. */
    public List<LaInfo> all() {
        throw new UnsupportedOperationException("not yet");
    }
}
