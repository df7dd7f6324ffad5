package org.highneeds.model.internal;

import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.highneeds.model.Band;
import org.highneeds.model.BudgetLine;
import org.highneeds.model.CapacityRecord;
import org.highneeds.model.ComparatorMember;
import org.highneeds.model.Contract;
import org.highneeds.model.EhcpCohort;
import org.highneeds.model.FeeUpliftRequest;
import org.highneeds.model.IndicatorDefinition;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.LocalAuthority;
import org.highneeds.model.Placement;
import org.highneeds.model.PlannedPlaces;
import org.highneeds.model.Provision;
import org.highneeds.model.Setting;

/** Plain-English names of model objects and fields, for messages shown to commissioners and analysts. */
public final class Labels {

    private static final Map<String, String> FIELD_OVERRIDES = Map.ofEntries(
            Map.entry("laCode", "LA code"), Map.entry("onsCode", "ONS code"), Map.entry("urn", "URN"),
            Map.entry("s251Line", "S251 line"), Map.entry("topUp", "top-up"), Map.entry("topUpValue", "top-up value"),
            Map.entry("topUpBand", "top-up band"), Map.entry("section41", "section 41 listing"),
            Map.entry("childRef", "child reference"), Map.entry("placingLa", "placing LA"), Map.entry("la", "LA"),
            Map.entry("laType", "LA type"), Map.entry("sql", "SQL"), Map.entry("id", "id"),
            Map.entry("onRoll", "number on roll"), Map.entry("percentTimeInMainstream", "percentage of time in mainstream"));

    private Labels() {
    }

    /** Returns a field's name in plain English, e.g. "annual fee" for annualFee. */
    public static String field(EStructuralFeature feature) {
        return field(feature.getName());
    }

    /** Returns a feature name in plain English, e.g. "annual fee" for annualFee. */
    public static String field(String featureName) {
        String override = FIELD_OVERRIDES.get(featureName);
        if (override != null) {
            return override;
        }
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < featureName.length(); i++) {
            char c = featureName.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                words.append(' ');
            }
            words.append(Character.toLowerCase(c));
        }
        return words.toString();
    }

    /** Returns the human label of an enum literal (its documentation), else its name. */
    public static String literal(EEnumLiteral literal) {
        String documentation = EcoreUtil.getDocumentation(literal);
        return documentation != null ? documentation : literal.getName();
    }

    /** Returns a short plain-English description of a model object, e.g. "placement C001 at Oak School". */
    public static String of(EObject object) {
        if (object == null) {
            return "(nothing)";
        }
        if (object.eIsProxy()) {
            return "missing object " + EcoreUtil.getURI(object);
        }
        if (object instanceof Placement placement) {
            String where = placement.getSetting() != null ? " at " + nameOr(placement.getSetting().getName(), "?") : "";
            return "placement " + quoted(placement.getChildRef()) + where;
        }
        if (object instanceof Setting setting) {
            return "setting " + quoted(setting.getName()) + (setting.getUrn() != null ? " (URN " + setting.getUrn() + ")" : "");
        }
        if (object instanceof Provision provision) {
            return "provision " + quoted(provision.getName() != null ? provision.getName() : provision.getCode());
        }
        if (object instanceof Contract contract) {
            return "contract " + quoted(contract.getReference())
                    + (contract.getProvider() != null ? " with " + contract.getProvider() : "");
        }
        if (object instanceof LocalAuthority la) {
            return "LA " + quoted(la.getName()) + (la.getLaCode() != null ? " (" + la.getLaCode() + ")" : "");
        }
        if (object instanceof CapacityRecord capacity) {
            return "capacity record " + quoted(capacity.getAcademicYear()) + " of " + of(capacity.eContainer());
        }
        if (object instanceof FeeUpliftRequest uplift) {
            return "fee uplift request of " + (uplift.getDate() != null ? uplift.getDate() + " on " : "")
                    + of(uplift.eContainer());
        }
        if (object instanceof ComparatorMember member) {
            return "comparator member " + (member.getAuthority() != null ? of(member.getAuthority()) : "(no LA)");
        }
        if (object instanceof Band band) {
            return "band " + quoted(band.getName());
        }
        if (object instanceof BudgetLine line) {
            return "budget line " + quoted(line.getS251Line()) + " " + nameOr(line.getFinancialYear(), "");
        }
        if (object instanceof PlannedPlaces planned) {
            return "planned places " + nameOr(planned.getYear(), "") + " in " + of(planned.eContainer());
        }
        if (object instanceof EhcpCohort cohort) {
            return "EHCP count of " + (cohort.getCensusYear() != null ? "January " + cohort.getCensusYear() : "(no year)")
                    + " (" + (cohort.isSetPlacementCategory() ? literal(org.highneeds.model.HighNeedsPackage.Literals.PLACEMENT_CATEGORY.getEEnumLiteral(cohort.getPlacementCategory().getValue())) : "all placements")
                    + ", " + (cohort.isSetPrimaryNeed() ? literal(org.highneeds.model.HighNeedsPackage.Literals.NEED_TYPE.getEEnumLiteral(cohort.getPrimaryNeed().getValue())) : "all needs") + ")";
        }
        if (object instanceof IndicatorDefinition indicator) {
            return "indicator " + quoted(indicator.getId());
        }
        if (object instanceof LocalAreaModel area) {
            return "local area model " + quoted(area.getName());
        }
        EStructuralFeature name = object.eClass().getEStructuralFeature("name");
        String className = field(Character.toLowerCase(object.eClass().getName().charAt(0)) + object.eClass().getName().substring(1));
        if (name != null && object.eGet(name) != null) {
            return className + " " + quoted(String.valueOf(object.eGet(name)));
        }
        return className.toLowerCase(Locale.ROOT);
    }

    /** Same as {@link #of(EObject)} with a capital first letter, to start a sentence. */
    public static String sentence(EObject object) {
        String label = of(object);
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private static String quoted(String value) {
        return value == null || value.isBlank() ? "(unnamed)" : "'" + value + "'";
    }

    private static String nameOr(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
