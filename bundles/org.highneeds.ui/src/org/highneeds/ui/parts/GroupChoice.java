package org.highneeds.ui.parts;

import java.util.Arrays;
import java.util.List;

import org.highneeds.analysis.AnalysisException;
import org.highneeds.analysis.ComparatorGroup;
import org.highneeds.analysis.ComparatorGroups;

/** The comparator groups a user can pick in the views. */
public enum GroupChoice {
    /** The LA's 10 statistical neighbours. */
    STATISTICAL_NEIGHBOURS("Statistical neighbours"),
    /** The other LAs of its region. */
    REGION("Region"),
    /** The other LAs of its type. */
    LA_TYPE("LA type"),
    /** All LAs in England. */
    ENGLAND("England (all LAs)"),
    /** A list of LA codes typed by the user. */
    CUSTOM("Custom: list of LA codes");

    private final String label;

    GroupChoice(String label) {
        this.label = label;
    }

    /** Shown in the drop-down. */
    public String label() {
        return label;
    }

    /** The labels in order. */
    public static String[] labels(boolean withCustom) {
        return Arrays.stream(values()).filter(c -> withCustom || c != CUSTOM).map(GroupChoice::label).toArray(String[]::new);
    }

    /**
     * The group of {@code laCode}; {@code customCodes} is the comma (or space) separated list for {@link #CUSTOM}.
     *
     * @throws AnalysisException when the data has no such group or a custom code is unknown
     */
    public ComparatorGroup group(ComparatorGroups groups, String laCode, String customCodes) throws AnalysisException {
        return switch (this) {
            case STATISTICAL_NEIGHBOURS -> groups.statisticalNeighbours(laCode);
            case REGION -> groups.region(laCode);
            case LA_TYPE -> groups.laType(laCode);
            case ENGLAND -> groups.england(laCode);
            case CUSTOM -> {
                List<String> codes = Arrays.stream(customCodes == null ? new String[0] : customCodes.split("[,;\\s]+"))
                        .map(String::strip).filter(s -> !s.isEmpty()).distinct().filter(c -> !c.equals(laCode)).toList();
                if (codes.isEmpty()) {
                    throw new AnalysisException("Type the LA codes of the custom group, separated by commas, e.g. 301, 303, 304.");
                }
                yield groups.custom("Custom group (" + String.join(", ", codes) + ")", laCode, codes);
            }
        };
    }
}
