package org.highneeds.data.internal.csv;

import java.util.Locale;
import java.util.Set;

/**
 * Suppression and missing-value markers of published statistics ({@code c} confidential, {@code x} not available,
 * {@code z} not applicable, {@code low} rounds to zero, {@code u} low reliability, {@code :} not available, blank):
 * such a cell becomes a NULL value with the marker kept, never 0.
 */
public final class Markers {

    /** Markers of the EES/ONS convention, in canonical (lower-case) form; the empty string stands for a blank cell. */
    public static final Set<String> STANDARD = Set.of("c", "x", "z", "low", "u", ":", "");

    private Markers() {
    }

    /** The canonical marker for {@code cell}, or {@code null} when the cell is not a marker. */
    public static String markerOf(String cell, Set<String> extra) {
        String t = cell == null ? "" : cell.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        if (STANDARD.contains(lower)) return lower;
        for (String e : extra) if (e.equalsIgnoreCase(t)) return e;
        return null;
    }

    /**
     * SQL giving the canonical marker of a raw (untrimmed, NULL when blank) cell, or NULL when it is not a marker.
     * {@code extra} markers (e.g. {@code NA} in R-written files) are matched case-insensitively and kept as given.
     */
    public static String markerSql(String rawSql, Set<String> extra) {
        StringBuilder b = new StringBuilder("CASE WHEN ").append(rawSql).append(" IS NULL OR trim(").append(rawSql)
                .append(") = '' THEN '' WHEN lower(trim(").append(rawSql).append(")) IN ('c', 'x', 'z', 'low', 'u', ':') THEN lower(trim(")
                .append(rawSql).append("))");
        for (String e : extra) {
            b.append(" WHEN lower(trim(").append(rawSql).append(")) = ").append(Sql.literal(e.toLowerCase(Locale.ROOT)))
                    .append(" THEN ").append(Sql.literal(e));
        }
        return b.append(" END").toString();
    }
}
