package org.highneeds.analysis.internal;

import java.sql.Connection;

import org.highneeds.analysis.AnalysisException;
import org.highneeds.analysis.IndicatorDefinition;

/** Checks an indicator's SQL by running it. */
public final class IndicatorValidator {

    private IndicatorValidator() {
    }

    /** Runs and checks the SQL. */
    public static void validate(IndicatorDefinition d, Connection c) throws AnalysisException {
        throw new UnsupportedOperationException("not yet");
    }
}
