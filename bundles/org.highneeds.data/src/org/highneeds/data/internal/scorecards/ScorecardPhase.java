package org.highneeds.data.internal.scorecards;

import java.util.List;
import java.util.Locale;

/** The school phase a scorecard measure belongs to, read from DfE's column naming ({@code _P_} / {@code _S_}, KS2 / KS4). */
public final class ScorecardPhase {

    /** Phase of primary measures. */
    public static final String PRIMARY = "primary";
    /** Phase of secondary measures. */
    public static final String SECONDARY = "secondary";
    /** Phase of measures covering both (e.g. {@code Funding}). */
    public static final String ALL = "all";

    private ScorecardPhase() {
    }

    /** Phase of the measure named {@code measure}, e.g. {@code Quan_P_Su} -> primary, {@code KS4_WAA_N} -> secondary. */
    public static String of(String measure) {
        List<String> tokens = List.of(measure.split("_"));
        if (tokens.contains("P")) return PRIMARY;
        if (tokens.contains("S")) return SECONDARY;
        String lower = measure.toLowerCase(Locale.ROOT);
        if (lower.startsWith("pri") || lower.contains("ks2")) return PRIMARY;
        if (lower.startsWith("sec") || lower.contains("ks4")) return SECONDARY;
        return ALL;
    }
}
