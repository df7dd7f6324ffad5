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
 * @param groupRank the LA's rank among itself and the comparator group's members with a value in that period (1 = best
 *     by the indicator's polarity, highest for neutral ones; ties share the lowest rank); null when the LA has no value
 * @param groupRankedCount how many LAs that rank is among (the LA included)
 */
public record ProfileEntry(IndicatorDefinition indicator, IndicatorValue value, Double groupMean, Double england,
        Double distanceFromGroupMean, String problem, Integer groupRank, int groupRankedCount) {

    /** An entry without a rank in the group (no value, or the indicator failed). */
    public ProfileEntry(IndicatorDefinition indicator, IndicatorValue value, Double groupMean, Double england,
            Double distanceFromGroupMean, String problem) {
        this(indicator, value, groupMean, england, distanceFromGroupMean, problem, null, 0);
    }

    /** The LA's quartile band among itself and its comparator group (A = best), or null when it has no rank there. */
    public QuartileBand groupBand() {
        return groupRank == null ? null : QuartileBand.ofRank(groupRank, groupRankedCount);
    }
}
