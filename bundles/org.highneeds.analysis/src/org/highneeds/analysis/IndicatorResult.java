package org.highneeds.analysis;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One indicator computed for all LAs and all periods of the data: values as published (by LA code), with year-on-year
 * change, band and rank per period, and England. Immutable; made by {@link BenchmarkEngine#compute}.
 */
public final class IndicatorResult {

    private final IndicatorDefinition indicator;
    private final Map<Integer, Map<String, IndicatorValue>> byYear;
    private final Map<Integer, IndicatorValue> england;
    private final SortedSet<Integer> years;

    /** Made by the engine: values by year then LA code (ranked), England values by year. */
    public IndicatorResult(IndicatorDefinition indicator, Map<Integer, Map<String, IndicatorValue>> byYear,
            Map<Integer, IndicatorValue> england) {
        this.indicator = indicator;
        this.byYear = byYear;
        this.england = england;
        TreeSet<Integer> y = new TreeSet<>(byYear.keySet());
        y.addAll(england.keySet());
        this.years = Collections.unmodifiableSortedSet(y);
    }

    /** The indicator. */
    public IndicatorDefinition indicator() {
        return indicator;
    }

    /** The periods with any value, ascending. */
    public SortedSet<Integer> years() {
        return years;
    }

    /** The value of LA {@code laCode} as published in {@code year}; null when the data has no row for it. */
    public IndicatorValue get(String laCode, int year) {
        Map<String, IndicatorValue> m = byYear.get(year);
        return m == null ? null : m.get(laCode);
    }

    /** All LA values of {@code year} (present or missing), best rank first, missing values last. */
    public List<IndicatorValue> ranking(int year) {
        Map<String, IndicatorValue> m = byYear.get(year);
        if (m == null) return List.of();
        return m.values().stream().sorted(RANK_ORDER).toList();
    }

    /** England's value in {@code year}: the data's England row, else computed from all LAs; null when none. */
    public IndicatorValue england(int year) {
        return england.get(year);
    }

    /** LA codes with a row in {@code year}. */
    public java.util.Set<String> laCodes(int year) {
        Map<String, IndicatorValue> m = byYear.get(year);
        return m == null ? java.util.Set.of() : Collections.unmodifiableSet(m.keySet());
    }

    private static final java.util.Comparator<IndicatorValue> RANK_ORDER = java.util.Comparator
            .comparing((IndicatorValue v) -> v.rank() == null ? Integer.MAX_VALUE : v.rank())
            .thenComparing(IndicatorValue::laCode);
}
