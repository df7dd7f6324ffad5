package org.highneeds.ui.model.internal.bridge;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * A folder node in the tree for one list of the local area ("Settings (12)"), so a materialised area with hundreds
 * of placements does not mix them with its settings and contracts.
 *
 * @param owner the object holding the list (the LocalAreaModel)
 * @param feature the containment list shown
 */
public record FeatureGroup(EObject owner, EReference feature) {

    private static final Map<String, String> TITLES = Map.ofEntries(Map.entry("authorities", "Local authorities"),
            Map.entry("comparatorSets", "Comparator sets"), Map.entry("settings", "Settings"),
            Map.entry("placements", "Placements"), Map.entry("contracts", "Contracts"),
            Map.entry("bandingSchemes", "Banding schemes"), Map.entry("budgetLines", "Budget lines"),
            Map.entry("scenarios", "Scenarios"), Map.entry("provisionPlans", "Provision plans"),
            Map.entry("indicatorDefinitions", "Indicators"), Map.entry("ehcpCohorts", "EHCP cohorts"));

    /** The objects in the list, in file order. */
    public List<?> children() {
        return (List<?>) owner.eGet(feature);
    }

    /** Title of the folder without the count, e.g. "Comparator sets". */
    public String title() {
        String title = TITLES.get(feature.getName());
        if (title != null) {
            return title;
        }
        StringBuilder words = new StringBuilder();
        String name = feature.getName();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0) {
                words.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c)) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(c);
            }
        }
        return words.toString();
    }

    /** Label shown in the tree: "Placements (1,234)". */
    public String label() {
        return title() + " (" + String.format(java.util.Locale.UK, "%,d", children().size()) + ")";
    }
}
