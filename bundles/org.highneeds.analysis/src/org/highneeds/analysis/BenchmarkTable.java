package org.highneeds.analysis;

import java.util.List;

/**
 * The answer to a {@link BenchmarkRequest}: one indicator for the subject LA, each comparator, the group mean and
 * England over a span of periods, with changes, bands and ranks. Rows come in that order.
 *
 * @param indicator the indicator
 * @param subject the subject LA
 * @param group the comparator group
 * @param years the periods of the span, ascending
 * @param rows subject, comparators (group order), group mean, England
 * @param notes plain-English notes for readers: group mean method, boundary changes used, suppression, sources
 */
public record BenchmarkTable(IndicatorDefinition indicator, LaInfo subject, ComparatorGroup group, List<Integer> years,
        List<BenchmarkRow> rows, List<String> notes) {

    /** Copies the lists. */
    public BenchmarkTable {
        years = List.copyOf(years);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** The subject LA's row. */
    public BenchmarkRow subjectRow() {
        return first(BenchmarkRow.Kind.SUBJECT);
    }

    /** The group mean row. */
    public BenchmarkRow groupMeanRow() {
        return first(BenchmarkRow.Kind.GROUP_MEAN);
    }

    /** England's row. */
    public BenchmarkRow englandRow() {
        return first(BenchmarkRow.Kind.ENGLAND);
    }

    /** The comparators' rows in group order. */
    public List<BenchmarkRow> comparatorRows() {
        return rows.stream().filter(r -> r.kind() == BenchmarkRow.Kind.COMPARATOR).toList();
    }

    /** The period label of {@code year}, e.g. "Jan 2022". */
    public String period(int year) {
        return indicator.periodKind().format(year);
    }

    private BenchmarkRow first(BenchmarkRow.Kind kind) {
        return rows.stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }
}
