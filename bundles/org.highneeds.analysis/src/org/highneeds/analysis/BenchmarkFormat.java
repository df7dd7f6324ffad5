package org.highneeds.analysis;

import java.util.List;

import org.highneeds.analysis.internal.Render;
import org.highneeds.data.output.OutputFormat;

/**
 * Formats benchmark numbers the same way everywhere (CLI, views, exports): values by unit, changes as signed
 * percentages, "missing" and "n/a", bands and ranks; and whole tables as text, CSV or JSON.
 */
public final class BenchmarkFormat {

    /** Shown for a value that is suppressed or not published. */
    public static final String MISSING = "missing";

    /** Shown for a change from zero. */
    public static final String NOT_APPLICABLE = "n/a";

    private BenchmarkFormat() {
    }

    /** A value in its unit: "12,345", "4.2%", "£1,234"; {@link #MISSING} for null. */
    public static String value(Double value, IndicatorUnit unit) {
        return Render.value(value, unit);
    }

    /** A change: "+10.20%", "-3.05%", {@link #MISSING} or {@link #NOT_APPLICABLE}. */
    public static String growth(Growth growth) {
        return Render.growth(growth);
    }

    /** A band letter, or "" when not banded. */
    public static String band(QuartileBand band) {
        return band == null ? "" : band.name();
    }

    /** "3 of 152", or "" when not ranked. */
    public static String rank(Integer rank, int rankedCount) {
        return rank == null ? "" : rank + " of " + rankedCount;
    }

    /** A difference in the indicator's unit with a sign: "+1.3%", "-120"; "" for null. */
    public static String difference(Double difference, IndicatorUnit unit) {
        return Render.difference(difference, unit);
    }

    /** The benchmark table as text: periods as columns, then overall and annualised change, band, rank, distance. */
    public static String render(BenchmarkTable table, OutputFormat format) {
        return render(table, format, false);
    }

    /** The benchmark table; {@code rawCsv} keeps CSV text that a spreadsheet would run as a formula as it is. */
    public static String render(BenchmarkTable table, OutputFormat format, boolean rawCsv) {
        return Render.table(table, format, rawCsv);
    }

    /** The LA profile as text. */
    public static String render(LaProfile profile, OutputFormat format) {
        return render(profile, format, false);
    }

    /** The LA profile; {@code rawCsv} keeps CSV text that a spreadsheet would run as a formula as it is. */
    public static String render(LaProfile profile, OutputFormat format, boolean rawCsv) {
        return Render.profile(profile, format, rawCsv);
    }

    /** The indicators with ids, titles, units, polarity, sources and definitions. */
    public static String renderIndicators(List<IndicatorDefinition> indicators, OutputFormat format) {
        return renderIndicators(indicators, format, false);
    }

    /** The indicators; {@code rawCsv} keeps CSV text that a spreadsheet would run as a formula as it is. */
    public static String renderIndicators(List<IndicatorDefinition> indicators, OutputFormat format, boolean rawCsv) {
        return Render.indicators(indicators, format, rawCsv);
    }
}
