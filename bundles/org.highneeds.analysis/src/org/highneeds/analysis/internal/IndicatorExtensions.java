package org.highneeds.analysis.internal;

import java.util.List;

import org.highneeds.analysis.IndicatorDefinition;

/** Reads indicator contributions (extension registry in OSGi, else this bundle's plugin.xml on the class path). */
public final class IndicatorExtensions {

    private IndicatorExtensions() {
    }

    /** Definitions read and problems met. */
    public record Loaded(List<IndicatorDefinition> definitions, List<String> problems) {
    }

    /** Loads all contributions. */
    public static Loaded load() {
        throw new UnsupportedOperationException("not yet");
    }
}
