package org.highneeds.model;

import java.util.Locale;

/** Ranking by an indicator's {@link Polarity}, and the words that name a polarity in extensions and on the CLI. */
public final class Polarities {

    private Polarities() {
    }

    /** True when rank 1 and band A go to the lowest value. */
    public static boolean lowFirst(Polarity polarity) {
        return polarity == Polarity.LOWER_IS_BETTER;
    }

    /**
     * The polarity named by an extension attribute, a CLI word or a stored literal: higher, lower, neutral, the
     * literal names (higher_is_better) or the XMI literals (high_is_good); blank is neutral.
     */
    public static Polarity parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (t) {
            case "higher", "higher_is_better", "high_is_good" -> Polarity.HIGHER_IS_BETTER;
            case "lower", "lower_is_better", "low_is_good" -> Polarity.LOWER_IS_BETTER;
            case "neutral", "" -> Polarity.NEUTRAL;
            default -> throw new IllegalArgumentException("Unknown polarity '" + text + "': use higher, lower or neutral");
        };
    }
}
