package org.highneeds.analysis;

/**
 * One indicator of an {@link LaProfile}: the LA's latest value with band, rank, change and the comparisons.
 *
 * @param indicator the indicator
 * @param value the LA's value in the latest period the indicator has data for (band and rank included); null when
 *     the indicator has no data at all
 * @param groupMean the comparator group's mean in that period; null when no member has a value
 * @param england England's value in that period; null when unknown
 * @param distanceFromGroupMean value minus group mean; null when either is missing
 * @param problem why the indicator could not be computed (e.g. its SQL fails or its data is not imported); null when
 *     it was
 */
public record ProfileEntry(IndicatorDefinition indicator, IndicatorValue value, Double groupMean, Double england,
        Double distanceFromGroupMean, String problem) {
}
