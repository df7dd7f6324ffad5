package org.highneeds.analysis;

/**
 * What to benchmark: one LA, one indicator, a span of periods and a comparator group.
 *
 * @param laCode the subject LA, e.g. "302"
 * @param indicatorId the indicator id, e.g. "ehcp_count"
 * @param fromYear first period of the span; null = the first period the data has
 * @param toYear last period of the span; null = the last period the data has
 * @param group the comparators (see {@link ComparatorGroups})
 */
public record BenchmarkRequest(String laCode, String indicatorId, Integer fromYear, Integer toYear, ComparatorGroup group) {
}
