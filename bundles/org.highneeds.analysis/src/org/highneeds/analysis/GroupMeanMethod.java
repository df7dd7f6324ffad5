package org.highneeds.analysis;

/** How the mean of a comparator group (and England, when the data has no England row) is formed. */
public enum GroupMeanMethod {
    /** The plain mean of the members' values: every LA counts once whatever its size. */
    MEAN("plain mean of the members' values"),
    /**
     * The members' numerators added up over their denominators (a rate for the group as a whole, so large LAs
     * weigh more); only for indicators whose SQL returns numerator and denominator.
     */
    WEIGHTED("weighted: sum of numerators / sum of denominators");

    private final String description;

    GroupMeanMethod(String description) {
        this.description = description;
    }

    /** Plain-English description shown beside the group mean. */
    public String description() {
        return description;
    }

    /** The method named by an extension attribute: mean or weighted. */
    public static GroupMeanMethod parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "mean", "" -> MEAN;
            case "weighted" -> WEIGHTED;
            default -> throw new IllegalArgumentException("Unknown group mean '" + text + "': use mean or weighted");
        };
    }
}
