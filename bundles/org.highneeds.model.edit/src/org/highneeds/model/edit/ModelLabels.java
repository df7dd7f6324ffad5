package org.highneeds.model.edit;

import java.util.Locale;
import java.util.MissingResourceException;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.highneeds.model.Band;
import org.highneeds.model.BudgetLine;
import org.highneeds.model.CapacityRecord;
import org.highneeds.model.ComparatorMember;
import org.highneeds.model.Contract;
import org.highneeds.model.EhcpCohort;
import org.highneeds.model.FeeUpliftRequest;
import org.highneeds.model.HighNeedsPackage;
import org.highneeds.model.IndicatorDefinition;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.LocalAuthority;
import org.highneeds.model.Placement;
import org.highneeds.model.PlannedPlaces;
import org.highneeds.model.Provision;
import org.highneeds.model.Setting;
import org.highneeds.model.provider.HighNeedsEditPlugin;

/**
 * The model's labels in plain English, read from this bundle's plugin.properties (the one place they are written):
 * field names, code labels and the short descriptions of objects used in messages to commissioners and analysts.
 * <p>
 * As an {@link EValidator.SubstitutionLabelProvider} it is what the model's validator, store and register ask for
 * labels (the model bundle cannot see this one): pass {@link #INSTANCE} where their messages are shown.
 */
public final class ModelLabels implements EValidator.SubstitutionLabelProvider {

    /** The labels of plugin.properties. */
    public static final ModelLabels INSTANCE = new ModelLabels();

    private ModelLabels() {
    }

    /** A field's label as a heading, e.g. "LA code", "Annual fee". */
    public static String field(EStructuralFeature feature) {
        EClass owner = feature.getEContainingClass();
        return string("_UI_" + owner.getName() + "_" + feature.getName() + "_feature", feature.getName());
    }

    /** A field's label inside a sentence: "annual fee", but "LA code" and "URN" keep their capitals. */
    public static String fieldInSentence(EStructuralFeature feature) {
        return lowerFirstWord(field(feature));
    }

    /** The label of a code, e.g. "Independent special school", "higher is better". */
    public static String literal(EEnumLiteral literal) {
        return string("_UI_" + literal.getEEnum().getName() + "_" + literal.getName() + "_literal", literal.getName());
    }

    /** The label of a value of one of the model's enums, e.g. {@code Polarity.LOWER_IS_BETTER}: "lower is better". */
    public static String literal(Enumerator value) {
        if (HighNeedsPackage.eINSTANCE.getEClassifier(value.getClass().getSimpleName()) instanceof EEnum type
                && type.getEEnumLiteral(value.getValue()) instanceof EEnumLiteral literal) {
            return literal(literal);
        }
        return value.getName();
    }

    /** A short plain-English description of a model object, e.g. "placement 'C001' at Oak School". */
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
                    + " (" + (cohort.isSetPlacementCategory() ? literal(cohort.getPlacementCategory()) : "all placements")
                    + ", " + (cohort.isSetPrimaryNeed() ? literal(cohort.getPrimaryNeed()) : "all needs") + ")";
        }
        if (object instanceof IndicatorDefinition indicator) {
            return "indicator " + quoted(indicator.getId());
        }
        if (object instanceof LocalAreaModel area) {
            return "local area model " + quoted(area.getName());
        }
        String className = string("_UI_" + object.eClass().getName() + "_type", object.eClass().getName())
                .toLowerCase(Locale.ROOT);
        EStructuralFeature name = object.eClass().getEStructuralFeature("name");
        if (name != null && object.eGet(name) != null) {
            return className + " " + quoted(String.valueOf(object.eGet(name)));
        }
        return className;
    }

    /** Same as {@link #of(EObject)} with a capital first letter, to start a sentence. */
    public static String sentence(EObject object) {
        String label = of(object);
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    @Override
    public String getObjectLabel(EObject object) {
        return of(object);
    }

    @Override
    public String getFeatureLabel(EStructuralFeature feature) {
        return fieldInSentence(feature);
    }

    @Override
    public String getValueLabel(EDataType type, Object value) {
        if (type instanceof EEnum eEnum && value instanceof Enumerator enumerator
                && eEnum.getEEnumLiteral(enumerator.getValue()) instanceof EEnumLiteral literal) {
            return literal(literal);
        }
        return EcoreUtil.convertToString(type, value);
    }

    private static String string(String key, String fallback) {
        try {
            return HighNeedsEditPlugin.INSTANCE.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** "Annual fee" -> "annual fee"; a first word in capitals (LA, URN, S251, SQL) stays as it is. */
    private static String lowerFirstWord(String words) {
        if (words.length() > 1 && !Character.isLowerCase(words.charAt(1))) {
            return words;
        }
        return words.isEmpty() ? words : Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }

    private static String quoted(String value) {
        return value == null || value.isBlank() ? "(unnamed)" : "'" + value + "'";
    }

    private static String nameOr(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
