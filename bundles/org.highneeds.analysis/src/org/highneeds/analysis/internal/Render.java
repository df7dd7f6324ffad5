package org.highneeds.analysis.internal;

import java.util.List;

import org.highneeds.analysis.BenchmarkTable;
import org.highneeds.analysis.Growth;
import org.highneeds.analysis.IndicatorDefinition;
import org.highneeds.analysis.IndicatorUnit;
import org.highneeds.analysis.LaProfile;
import org.highneeds.analysis.OutputFormat;

/** Formatting. */
public final class Render {

    private Render() {
    }

    public static String value(Double v, IndicatorUnit u) {
        throw new UnsupportedOperationException("not yet");
    }

    public static String growth(Growth g) {
        throw new UnsupportedOperationException("not yet");
    }

    public static String difference(Double d, IndicatorUnit u) {
        throw new UnsupportedOperationException("not yet");
    }

    public static String table(BenchmarkTable t, OutputFormat f) {
        throw new UnsupportedOperationException("not yet");
    }

    public static String profile(LaProfile p, OutputFormat f) {
        throw new UnsupportedOperationException("not yet");
    }

    public static String indicators(List<IndicatorDefinition> l, OutputFormat f) {
        throw new UnsupportedOperationException("not yet");
    }
}
