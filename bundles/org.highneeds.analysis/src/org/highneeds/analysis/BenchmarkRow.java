package org.highneeds.analysis;

import java.util.List;

/**
 * One row of a benchmark table: the subject LA, a comparator, the group mean or England, across the span.
 *
 * @param kind what the row is
 * @param laCode the LA; null for the group mean; {@link IndicatorDefinition#ENGLAND} for England
 * @param name the LA's name, "Group mean" or "England"
 * @param neighbourRank statistical neighbour rank of a comparator (1 = closest), else null
 * @param proximity statistical neighbour proximity label, else null
 * @param cells one value per period of the table, in the order of {@link BenchmarkTable#years()}
 * @param overallChange compound change over the span: the product of the yearly factors minus 1 (missing when any
 *     period of the span is missing, n/a when a factor starts from zero)
 * @param annualisedChange the overall change per year: (1 + overall)^(1 / (last - first)) - 1
 * @param distanceFromGroupMean value minus the group mean in the last period of the span; null when either is missing
 * @param relativeToGroupMean value / group mean - 1 in the last period; null when either is missing or the mean is 0
 */
public record BenchmarkRow(Kind kind, String laCode, String name, Integer neighbourRank, String proximity,
        List<IndicatorValue> cells, Growth overallChange, Growth annualisedChange, Double distanceFromGroupMean,
        Double relativeToGroupMean) {

    /** What a row of a benchmark table is. */
    public enum Kind {
        /** The LA being benchmarked. */
        SUBJECT,
        /** One member of the comparator group. */
        COMPARATOR,
        /** The mean of the comparator group (see {@link GroupMeanMethod}). */
        GROUP_MEAN,
        /** England. */
        ENGLAND
    }

    /** Copies the cells. */
    public BenchmarkRow {
        cells = List.copyOf(cells);
    }

    /** The cell of the last period of the span. */
    public IndicatorValue last() {
        return cells.get(cells.size() - 1);
    }

    /** The cell of {@code year}; null when it is outside the table. */
    public IndicatorValue cell(int year) {
        for (IndicatorValue v : cells) {
            if (v.year() == year) return v;
        }
        return null;
    }
}
