package org.highneeds.analysis;

import java.util.Locale;

/** The unit of an indicator's values; decides how they are formatted, added up and weighted. */
public enum IndicatorUnit {
    /** A number of children, plans or settings; counts of predecessor LAs add up across a merger. */
    COUNT("count", 0, 1),
    /** A percentage 0-100 (value = 100 x numerator / denominator). */
    PERCENT("%", 1, 100),
    /** Pounds. */
    GBP("£", 0, 1),
    /** Pounds per head of population (value = numerator / denominator). */
    GBP_PER_HEAD("£ per head", 0, 1),
    /** Pounds per EHC plan (value = numerator / denominator). */
    GBP_PER_EHCP("£ per EHCP", 0, 1),
    /** A rate per 10,000 (value = 10,000 x numerator / denominator). */
    PER_10000("per 10,000", 1, 10_000),
    /** Any other number, shown with one decimal place. */
    NUMBER("", 1, 1);

    private final String label;
    private final int decimals;
    private final double scale;

    IndicatorUnit(String label, int decimals, double scale) {
        this.label = label;
        this.decimals = decimals;
        this.scale = scale;
    }

    /** Short label shown beside values, e.g. "%" or "£ per head". */
    public String label() {
        return label;
    }

    /** Decimal places used when formatting values. */
    public int decimals() {
        return decimals;
    }

    /** value = scale x numerator / denominator for rates (1 for counts). */
    public double scale() {
        return scale;
    }

    /** True for counts, which add up across LAs (England, merged predecessors). */
    public boolean additive() {
        return this == COUNT || this == GBP;
    }

    /** The unit named by an extension attribute: count, percent, gbp, gbp_per_head, gbp_per_ehcp, per_10000, number. */
    public static IndicatorUnit parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "count" -> COUNT;
            case "percent", "%" -> PERCENT;
            case "gbp", "£" -> GBP;
            case "gbp_per_head", "£ per head" -> GBP_PER_HEAD;
            case "gbp_per_ehcp", "£ per ehcp" -> GBP_PER_EHCP;
            case "per_10000", "per 10,000" -> PER_10000;
            case "number", "" -> NUMBER;
            default -> throw new IllegalArgumentException("Unknown unit '" + text
                    + "': use count, percent, gbp, gbp_per_head, gbp_per_ehcp, per_10000 or number");
        };
    }
}
