package org.highneeds.analysis;

/**
 * One value of an indicator for one LA (or group mean, or England) in one period, with its measures.
 *
 * @param laCode the LA the value is for (the series LA when it comes from a predecessor); null for a group mean
 * @param year the period year (see {@link IndicatorDefinition#periodKind()})
 * @param value the value; null when suppressed, not published or not comparable (never 0 for missing)
 * @param numerator numerator of a rate, else null
 * @param denominator denominator of a rate, else null
 * @param change change from the previous period's value of the same LA (year on year)
 * @param band quartile band among all LAs that period; null when not ranked (missing value, group mean, England)
 * @param rank rank among all LAs that period, 1 = best by polarity (ties share the lowest rank); null when not ranked
 * @param rankedCount how many LAs had a value that period (the "of N" of the rank); 0 when not ranked
 * @param note why a value is missing or where it comes from, e.g. "909 Cumbria (before the 2023 split)",
 *     "mean of 9 of 10 members"; empty when there is nothing to say
 */
public record IndicatorValue(String laCode, int year, Double value, Double numerator, Double denominator, Growth change,
        QuartileBand band, Integer rank, int rankedCount, String note) {

    /** Defaults a null change to missing and a null note to empty. */
    public IndicatorValue {
        change = change == null ? Growth.MISSING : change;
        note = note == null ? "" : note;
    }

    /** True when there is a value. */
    public boolean isPresent() {
        return value != null;
    }
}
