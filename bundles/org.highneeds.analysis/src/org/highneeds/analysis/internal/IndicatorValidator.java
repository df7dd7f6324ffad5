package org.highneeds.analysis.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.highneeds.analysis.AnalysisException;
import org.highneeds.analysis.IndicatorDefinition;
import org.highneeds.analysis.IndicatorValidationException;

/** Checks an indicator's SQL by running it and reading every row, as the engine would. */
public final class IndicatorValidator {

    private IndicatorValidator() {
    }

    /** Runs and checks the SQL; the exception names the indicator and the problem. */
    public static void validate(IndicatorDefinition d, Connection c) throws AnalysisException {
        try {
            Observations.read(d, c);
        } catch (SQLException e) {
            throw new IndicatorValidationException(d.id(), "The SQL of indicator '" + d.id() + "' does not run: "
                    + Sql.message(e), e);
        }
    }
}
