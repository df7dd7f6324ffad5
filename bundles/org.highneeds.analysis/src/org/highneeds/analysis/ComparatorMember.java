package org.highneeds.analysis;

/**
 * One LA of a comparator group.
 *
 * @param la the member LA
 * @param rank neighbour rank (1 = closest) for statistical neighbours and ranked saved groups, else null
 * @param proximity statistical neighbour proximity label ("Extremely close" .. "Not close"), else null
 */
public record ComparatorMember(LaInfo la, Integer rank, String proximity) {

    /** The member's LA code. */
    public String laCode() {
        return la.laCode();
    }
}
