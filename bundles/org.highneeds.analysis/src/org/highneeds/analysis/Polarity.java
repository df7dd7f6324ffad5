package org.highneeds.analysis;

/**
 * Whether a higher value of an indicator is better, worse or neither; decides quartile bands and ranks.
 * <p>
 * Band A is always the best quartile and rank 1 the best LA. For {@link #NEUTRAL} indicators (e.g. the share of
 * EHCPs in special schools) there is no "best": bands and ranks then run from the highest value (band A, rank 1)
 * to the lowest, and are labelled "A = highest" rather than "best".
 */
public enum Polarity {
    /** A higher value is better: band A holds the highest values. */
    HIGHER_IS_BETTER("higher is better"),
    /** A lower value is better: band A holds the lowest values. */
    LOWER_IS_BETTER("lower is better"),
    /** Neither: band A holds the highest values, without judging them. */
    NEUTRAL("neutral (A = highest)");

    private final String label;

    Polarity(String label) {
        this.label = label;
    }

    /** Plain-English label, e.g. "lower is better". */
    public String label() {
        return label;
    }

    /** True when rank 1 and band A go to the lowest value. */
    public boolean lowFirst() {
        return this == LOWER_IS_BETTER;
    }

    /** The polarity named by an extension attribute or CLI word: higher, lower, neutral (or the enum names). */
    public static Polarity parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (t) {
            case "higher", "higher_is_better", "high_is_good" -> HIGHER_IS_BETTER;
            case "lower", "lower_is_better", "low_is_good" -> LOWER_IS_BETTER;
            case "neutral", "" -> NEUTRAL;
            default -> throw new IllegalArgumentException("Unknown polarity '" + text + "': use higher, lower or neutral");
        };
    }
}
