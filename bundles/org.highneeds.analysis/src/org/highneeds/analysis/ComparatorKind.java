package org.highneeds.analysis;

/** How a comparator group was formed. */
public enum ComparatorKind {
    /** The LA's 10 statistical neighbours (DfE children's services model), in rank order. */
    STATISTICAL_NEIGHBOURS("statistical neighbours"),
    /** The other LAs of the LA's region. */
    REGION("region"),
    /** The other LAs of the same type (UA, MD, SC, OLB, ILB). */
    LA_TYPE("LA type"),
    /** All LAs in England. */
    ENGLAND("England"),
    /** Any list of LAs: typed on the command line or a group saved in the local area model. */
    CUSTOM("custom");

    private final String label;

    ComparatorKind(String label) {
        this.label = label;
    }

    /** Plain-English label. */
    public String label() {
        return label;
    }
}
