package org.highneeds.analysis;

/**
 * Quartile band of an LA among all LAs with a value in a period: A is the best quartile by the indicator's
 * {@link org.highneeds.model.Polarity} (the highest values for neutral indicators), D the worst. LAs with equal values share a rank
 * and so a band.
 */
public enum QuartileBand {
    /** Best quartile (highest values for neutral indicators). */
    A,
    /** Second quartile. */
    B,
    /** Third quartile. */
    C,
    /** Worst quartile (lowest values for neutral indicators). */
    D;

    /** The band of rank {@code rank} (1-based, ties share the lowest rank) among {@code count} ranked LAs. */
    public static QuartileBand ofRank(int rank, int count) {
        if (rank < 1 || count < 1 || rank > count) throw new IllegalArgumentException("rank " + rank + " of " + count);
        int quartile = (int) Math.ceil(4.0 * rank / count);
        return values()[Math.max(1, Math.min(4, quartile)) - 1];
    }
}
