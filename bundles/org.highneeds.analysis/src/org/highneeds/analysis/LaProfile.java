package org.highneeds.analysis;

import java.util.List;

/**
 * One LA across all indicators: a one-page summary with bands, made by {@link BenchmarkEngine#profile}.
 *
 * @param la the LA
 * @param group the comparator group the means are taken over
 * @param entries one entry per indicator, in registry order (grouped by category)
 */
public record LaProfile(LaInfo la, ComparatorGroup group, List<ProfileEntry> entries) {

    /** Copies the entries. */
    public LaProfile {
        entries = List.copyOf(entries);
    }
}
