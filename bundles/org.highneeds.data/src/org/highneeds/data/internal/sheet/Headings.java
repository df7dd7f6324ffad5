package org.highneeds.data.internal.sheet;

import java.util.Locale;

/** Heading text helpers: headings are matched by normalised text, never by column letter. */
public final class Headings {

    private Headings() {
    }

    /** Collapses whitespace (including newlines and no-break spaces) and trims. */
    public static String clean(String s) {
        if (s == null) return "";
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Lower-case key of a heading for matching: cleaned, lower case, punctuation reduced to spaces. */
    public static String key(String s) {
        return clean(s).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9%£]+", " ").strip();
    }
}
