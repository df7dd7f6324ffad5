package org.highneeds.analysis;

import java.util.List;

import org.highneeds.model.ComparatorSet;

/**
 * Builds comparator groups from the workspace database: statistical neighbours ({@code sn_neighbour}, newest
 * release), region and LA type ({@code la}), England, and custom groups (LA codes or a saved {@link ComparatorSet}).
 */
public final class ComparatorGroups {

    private final ConnectionSource database;

    /** Groups over the given database. */
    public ComparatorGroups(ConnectionSource database) {
        this.database = database;
    }

    /** The LA with code {@code laCode}; the exception says when it is unknown or the LA list is not imported. */
    public LaInfo la(String laCode) throws AnalysisException {
        return org.highneeds.analysis.internal.LaDirectory.load(database).get(laCode);
    }

    /** All LAs of the LA code list (current and abolished), by code. */
    public List<LaInfo> allLas() throws AnalysisException {
        return org.highneeds.analysis.internal.LaDirectory.load(database).all();
    }

    /**
     * The 10 statistical neighbours of {@code laCode} in rank order with their proximity labels, from the newest
     * release in {@code sn_neighbour} ("current" section).
     */
    public ComparatorGroup statisticalNeighbours(String laCode) throws AnalysisException {
        return org.highneeds.analysis.internal.Groups.statisticalNeighbours(database, laCode);
    }

    /** The other current LAs of the region of {@code laCode}. */
    public ComparatorGroup region(String laCode) throws AnalysisException {
        return org.highneeds.analysis.internal.Groups.region(database, laCode);
    }

    /** The other current LAs of the same LA type as {@code laCode}. */
    public ComparatorGroup laType(String laCode) throws AnalysisException {
        return org.highneeds.analysis.internal.Groups.laType(database, laCode);
    }

    /** All current LAs in England (the subject, when given, is left out). */
    public ComparatorGroup england(String subjectLaCode) throws AnalysisException {
        return org.highneeds.analysis.internal.Groups.england(database, subjectLaCode);
    }

    /** A custom group of the given LA codes, in the given order; unknown codes are an error naming them. */
    public ComparatorGroup custom(String name, String subjectLaCode, List<String> laCodes) throws AnalysisException {
        return org.highneeds.analysis.internal.Groups.custom(database, name, subjectLaCode, laCodes);
    }

    /**
     * A comparator set saved in a local area model (any kind), members in their order with their ranks; members
     * are matched by their LA code.
     */
    public ComparatorGroup of(ComparatorSet set) throws AnalysisException {
        return org.highneeds.analysis.internal.Groups.of(database, set);
    }

    /**
     * The group named on the command line for {@code laCode}: {@code sn}, {@code region}, {@code type},
     * {@code england}, or a comma list of LA codes.
     */
    public ComparatorGroup parse(String spec, String laCode) throws AnalysisException {
        return org.highneeds.analysis.internal.Groups.parse(database, spec, laCode);
    }
}
