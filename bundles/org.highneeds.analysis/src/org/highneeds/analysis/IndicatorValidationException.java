package org.highneeds.analysis;

/**
 * An indicator definition is not usable: its SQL does not run, or does not return la_code, period_year and value
 * (and numerator and denominator for a weighted mean). The message names the indicator and the problem.
 */
public class IndicatorValidationException extends AnalysisException {

    private static final long serialVersionUID = 1L;

    private final String indicatorId;

    /** A problem with the indicator {@code indicatorId}. */
    public IndicatorValidationException(String indicatorId, String message, Throwable cause) {
        super(message, cause);
        this.indicatorId = indicatorId;
    }

    /** The id of the indicator that failed. */
    public String indicatorId() {
        return indicatorId;
    }
}
