package org.highneeds.model.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.highneeds.model.Band;
import org.highneeds.model.BudgetLine;
import org.highneeds.model.CapacityRecord;
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

/**
 * EMF validator of the High Needs model: EMF's basic constraints plus the planning rules of the LA's SEND data.
 *
 * <p>Register with {@link #install()} (or via EValidator.Registry in the bundle activator / plugin.xml); then
 * {@code Diagnostician.INSTANCE.validate(model)} applies it. Each diagnostic carries the object and the feature as
 * data (index 0 and 1), so a UI can select the offending field.</p>
 *
 * <p>Messages name objects and fields through the context's {@link EValidator.SubstitutionLabelProvider}
 * (org.highneeds.model.edit's ModelLabels gives the plain-English ones; see {@link ModelValidation}).</p>
 */
public class AreaModelValidator extends EObjectValidator {

    /** Shared instance. */
    public static final AreaModelValidator INSTANCE = new AreaModelValidator();

    /** Diagnostic source of all rules. */
    public static final String DIAGNOSTIC_SOURCE = "org.highneeds.model";

    /** Context key: the date at which "current" placements are counted (a LocalDate); default today. */
    public static final String REFERENCE_DATE = "org.highneeds.model.referenceDate";

    /** Rule code (Diagnostic.getCode()): an end date before its start date (close date before open date). */
    public static final int END_BEFORE_START = 1;
    /** A fee, cost, price or number of places is negative. */
    public static final int NEGATIVE_VALUE = 2;
    /** More on roll than places (warning). */
    public static final int ON_ROLL_ABOVE_PLACES = 3;
    /** Two settings of one area share a URN. */
    public static final int DUPLICATE_URN = 4;
    /** A contract has fewer places than current placements under it. */
    public static final int CONTRACT_OVERCOMMITTED = 5;
    /** Education, health and social care shares do not add up to 100%. */
    public static final int FUNDING_SHARES_NOT_100 = 6;
    /** LA code is not 3 digits / ONS code malformed. */
    public static final int BAD_LA_CODE = 7;
    /** A percentage is outside 0..100. */
    public static final int PERCENT_OUT_OF_RANGE = 8;
    /** Low age above high age or ages outside 0..25. */
    public static final int BAD_AGE_RANGE = 9;
    /** Year not in "2023-24" (financial) or "2023/24" (academic) form. */
    public static final int BAD_YEAR = 10;
    /** Child reference missing or looks like a UPN. */
    public static final int BAD_CHILD_REF = 11;
    /** Placement names a provision hosted by another setting. */
    public static final int PROVISION_NOT_IN_SETTING = 12;
    /** URN is not numeric. */
    public static final int BAD_URN = 13;
    /** Agreed uplift above the requested amount (warning). */
    public static final int UPLIFT_ABOVE_REQUEST = 14;
    /** Indicator without id or SQL, or duplicate indicator id. */
    public static final int BAD_INDICATOR = 15;
    /** Placement has neither a setting nor a provision (warning). */
    public static final int PLACEMENT_WITHOUT_SETTING = 16;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern LA_CODE = Pattern.compile("\\d{3}");
    private static final Pattern ONS_CODE = Pattern.compile("[EWSN]\\d{8}");
    private static final Pattern URN = Pattern.compile("\\d{5,8}");
    // A UPN is a letter, 11 digits and a check character: such a value must never be stored as a child reference.
    private static final Pattern UPN = Pattern.compile("[A-Za-z]\\d{11}[0-9A-Za-z]");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern ACADEMIC_YEAR = Pattern.compile("(\\d{4})/(\\d{2})");

    /** Registers this validator for the High Needs package in the global EValidator registry; idempotent. */
    public static void install() {
        EValidator.Registry.INSTANCE.put(HighNeedsPackage.eINSTANCE, INSTANCE);
    }

    @Override
    protected EPackage getEPackage() {
        return HighNeedsPackage.eINSTANCE;
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean result = validate_EveryDefaultConstraint(eObject, diagnostics, context);
        if (!result && diagnostics == null) {
            return false;
        }
        Rules rules = new Rules(diagnostics, context);
        switch (eObject) {
            case Placement placement -> rules.placement(placement);
            case Contract contract -> rules.contract(contract);
            case Setting setting -> rules.setting(setting);
            case Provision provision -> rules.provision(provision);
            case CapacityRecord capacity -> rules.capacity(capacity);
            case LocalAuthority la -> rules.localAuthority(la);
            case LocalAreaModel area -> rules.area(area);
            case Band band -> rules.nonNegative(band, HighNeedsPackage.Literals.BAND__TOP_UP_VALUE);
            case FeeUpliftRequest uplift -> rules.uplift(uplift);
            case BudgetLine line -> rules.financialYear(line, HighNeedsPackage.Literals.BUDGET_LINE__FINANCIAL_YEAR);
            case PlannedPlaces planned -> rules.plannedPlaces(planned);
            case IndicatorDefinition indicator -> rules.indicator(indicator);
            case EhcpCohort cohort -> rules.nonNegative(cohort, HighNeedsPackage.Literals.EHCP_COHORT__COUNT);
            default -> {
                // other classes have only EMF's basic constraints
            }
        }
        return result && rules.ok;
    }

    /** Checks of one validate call; collects diagnostics and whether all passed. */
    private static final class Rules {
        private final DiagnosticChain diagnostics;
        private final Map<Object, Object> context;
        private boolean ok = true;

        Rules(DiagnosticChain diagnostics, Map<Object, Object> context) {
            this.diagnostics = diagnostics;
            this.context = context;
        }

        void placement(Placement p) {
            dates(p, HighNeedsPackage.Literals.PLACEMENT__START_DATE, p.getStartDate(),
                    HighNeedsPackage.Literals.PLACEMENT__END_DATE, p.getEndDate());
            nonNegative(p, HighNeedsPackage.Literals.PLACEMENT__ANNUAL_FEE);
            nonNegative(p, HighNeedsPackage.Literals.PLACEMENT__TOP_UP);
            nonNegative(p, HighNeedsPackage.Literals.PLACEMENT__TRANSPORT_COST);
            nonNegative(p, HighNeedsPackage.Literals.PLACEMENT__RESIDENTIAL_COST);
            percent(p, HighNeedsPackage.Literals.PLACEMENT__EDUCATION_SHARE);
            percent(p, HighNeedsPackage.Literals.PLACEMENT__HEALTH_SHARE);
            percent(p, HighNeedsPackage.Literals.PLACEMENT__SOCIAL_CARE_SHARE);
            if (p.getEducationShare() != null || p.getHealthShare() != null || p.getSocialCareShare() != null) {
                BigDecimal sum = zeroIfNull(p.getEducationShare()).add(zeroIfNull(p.getHealthShare()))
                        .add(zeroIfNull(p.getSocialCareShare()));
                if (sum.compareTo(HUNDRED) != 0) {
                    error(FUNDING_SHARES_NOT_100, p, HighNeedsPackage.Literals.PLACEMENT__EDUCATION_SHARE,
                            sentence(p) + ": the education, health and social care shares add up to "
                                    + sum.stripTrailingZeros().toPlainString() + "%, not 100%.");
                }
            }
            String childRef = p.getChildRef();
            if (childRef == null || childRef.isBlank()) {
                error(BAD_CHILD_REF, p, HighNeedsPackage.Literals.PLACEMENT__CHILD_REF,
                        sentence(p) + ": the child reference is empty.");
            } else if (UPN.matcher(childRef.trim()).matches()) {
                error(BAD_CHILD_REF, p, HighNeedsPackage.Literals.PLACEMENT__CHILD_REF,
                        sentence(p) + ": the child reference looks like a UPN; use a pseudonymous reference.");
            }
            if (p.getProvision() != null && p.getSetting() != null && p.getProvision().getHost() != null
                    && p.getProvision().getHost() != p.getSetting()) {
                error(PROVISION_NOT_IN_SETTING, p, HighNeedsPackage.Literals.PLACEMENT__PROVISION,
                        sentence(p) + ": " + of(p.getProvision())
                                + " is hosted by " + of(p.getProvision().getHost()) + ", not by this setting.");
            }
            if (p.getSetting() == null && p.getProvision() == null) {
                warning(PLACEMENT_WITHOUT_SETTING, p, HighNeedsPackage.Literals.PLACEMENT__SETTING,
                        sentence(p) + ": no setting or provision is recorded.");
            }
        }

        void contract(Contract c) {
            dates(c, HighNeedsPackage.Literals.CONTRACT__START_DATE, c.getStartDate(),
                    HighNeedsPackage.Literals.CONTRACT__END_DATE, c.getEndDate());
            nonNegative(c, HighNeedsPackage.Literals.CONTRACT__PLACES);
            nonNegative(c, HighNeedsPackage.Literals.CONTRACT__PRICE);
            if (c.getPlaces() != null && c.getPlaces() >= 0) {
                LocalDate at = referenceDate();
                long current = c.getPlacements().stream()
                        .filter(p -> p.getEndDate() == null || !p.getEndDate().isBefore(at))
                        .filter(p -> p.getStartDate() == null || !p.getStartDate().isAfter(at))
                        .count();
                if (current > c.getPlaces()) {
                    error(CONTRACT_OVERCOMMITTED, c, HighNeedsPackage.Literals.CONTRACT__PLACES,
                            sentence(c) + ": " + current + " current placements but only " + c.getPlaces()
                                    + " places contracted (at " + at + ").");
                }
            }
        }

        void setting(Setting s) {
            nonNegative(s, HighNeedsPackage.Literals.SETTING__CAPACITY);
            nonNegative(s, HighNeedsPackage.Literals.SETTING__ON_ROLL);
            if (s.getCapacity() != null && s.getOnRoll() != null && s.getOnRoll() > s.getCapacity()) {
                warning(ON_ROLL_ABOVE_PLACES, s, HighNeedsPackage.Literals.SETTING__ON_ROLL,
                        sentence(s) + ": " + s.getOnRoll() + " on roll is above the capacity of "
                                + s.getCapacity() + ".");
            }
            if (s.getUrn() != null && !URN.matcher(s.getUrn()).matches()) {
                error(BAD_URN, s, HighNeedsPackage.Literals.SETTING__URN,
                        sentence(s) + ": the URN must be 5 to 8 digits.");
            }
            Integer low = s.getLowAge();
            Integer high = s.getHighAge();
            if ((low != null && (low < 0 || low > 25)) || (high != null && (high < 0 || high > 25))) {
                error(BAD_AGE_RANGE, s, low != null && (low < 0 || low > 25) ? HighNeedsPackage.Literals.SETTING__LOW_AGE
                        : HighNeedsPackage.Literals.SETTING__HIGH_AGE,
                        sentence(s) + ": ages must lie between 0 and 25.");
            } else if (low != null && high != null && low > high) {
                error(BAD_AGE_RANGE, s, HighNeedsPackage.Literals.SETTING__LOW_AGE,
                        sentence(s) + ": the low age " + low + " is above the high age " + high + ".");
            }
        }

        void provision(Provision p) {
            dates(p, HighNeedsPackage.Literals.PROVISION__OPEN_DATE, p.getOpenDate(),
                    HighNeedsPackage.Literals.PROVISION__CLOSE_DATE, p.getCloseDate());
            nonNegative(p, HighNeedsPackage.Literals.PROVISION__FULL_TIME_PLACES);
            nonNegative(p, HighNeedsPackage.Literals.PROVISION__PART_TIME_PLACES);
            nonNegative(p, HighNeedsPackage.Literals.PROVISION__PLACE_FUNDING);
            percent(p, HighNeedsPackage.Literals.PROVISION__PERCENT_TIME_IN_MAINSTREAM);
        }

        void capacity(CapacityRecord c) {
            nonNegative(c, HighNeedsPackage.Literals.CAPACITY_RECORD__PLACES);
            nonNegative(c, HighNeedsPackage.Literals.CAPACITY_RECORD__ON_ROLL);
            nonNegative(c, HighNeedsPackage.Literals.CAPACITY_RECORD__APPLICATIONS);
            nonNegative(c, HighNeedsPackage.Literals.CAPACITY_RECORD__VACANCIES);
            if (c.getPlaces() != null && c.getOnRoll() != null && c.getOnRoll() > c.getPlaces()) {
                warning(ON_ROLL_ABOVE_PLACES, c, HighNeedsPackage.Literals.CAPACITY_RECORD__ON_ROLL,
                        sentence(c) + ": " + c.getOnRoll() + " on roll is above the " + c.getPlaces()
                                + " places.");
            }
            String year = c.getAcademicYear();
            if (year != null && !consecutive(ACADEMIC_YEAR, year)) {
                error(BAD_YEAR, c, HighNeedsPackage.Literals.CAPACITY_RECORD__ACADEMIC_YEAR,
                        sentence(c) + ": the academic year must look like 2024/25.");
            }
        }

        void localAuthority(LocalAuthority la) {
            if (la.getLaCode() == null || !LA_CODE.matcher(la.getLaCode()).matches()) {
                error(BAD_LA_CODE, la, HighNeedsPackage.Literals.LOCAL_AUTHORITY__LA_CODE,
                        sentence(la) + ": the LA code must be 3 digits (e.g. 302), not "
                                + (la.getLaCode() == null ? "empty" : "'" + la.getLaCode() + "'") + ".");
            }
            if (la.getOnsCode() != null && !ONS_CODE.matcher(la.getOnsCode()).matches()) {
                error(BAD_LA_CODE, la, HighNeedsPackage.Literals.LOCAL_AUTHORITY__ONS_CODE,
                        sentence(la) + ": the ONS code must look like E09000003, not '" + la.getOnsCode() + "'.");
            }
        }

        void area(LocalAreaModel area) {
            Map<String, Setting> byUrn = new HashMap<>();
            for (Setting s : area.getSettings()) {
                if (s.getUrn() == null || s.getUrn().isBlank()) {
                    continue;
                }
                Setting first = byUrn.putIfAbsent(s.getUrn().trim(), s);
                if (first != null) {
                    error(DUPLICATE_URN, s, HighNeedsPackage.Literals.SETTING__URN,
                            sentence(s) + ": URN " + s.getUrn() + " is already used by " + of(first) + ".");
                }
            }
            Map<String, IndicatorDefinition> byId = new HashMap<>();
            for (IndicatorDefinition indicator : area.getIndicatorDefinitions()) {
                if (indicator.getId() != null && byId.putIfAbsent(indicator.getId(), indicator) != null) {
                    error(BAD_INDICATOR, indicator, HighNeedsPackage.Literals.INDICATOR_DEFINITION__ID,
                            sentence(indicator) + ": the id is used by another indicator.");
                }
            }
        }

        void uplift(FeeUpliftRequest u) {
            nonNegative(u, HighNeedsPackage.Literals.FEE_UPLIFT_REQUEST__REQUESTED_AMOUNT);
            nonNegative(u, HighNeedsPackage.Literals.FEE_UPLIFT_REQUEST__AGREED_AMOUNT);
            if (u.getAgreedAmount() != null && u.getRequestedAmount() != null
                    && u.getAgreedAmount().compareTo(u.getRequestedAmount()) > 0) {
                warning(UPLIFT_ABOVE_REQUEST, u, HighNeedsPackage.Literals.FEE_UPLIFT_REQUEST__AGREED_AMOUNT,
                        sentence(u) + ": the agreed amount " + u.getAgreedAmount().toPlainString()
                                + " is above the requested amount " + u.getRequestedAmount().toPlainString() + ".");
            }
        }

        void plannedPlaces(PlannedPlaces p) {
            // places may be negative here: a plan can remove places
            nonNegative(p, HighNeedsPackage.Literals.PLANNED_PLACES__CAPITAL_COST);
            nonNegative(p, HighNeedsPackage.Literals.PLANNED_PLACES__REVENUE_COST);
        }

        void indicator(IndicatorDefinition i) {
            if (i.getId() == null || i.getId().isBlank()) {
                error(BAD_INDICATOR, i, HighNeedsPackage.Literals.INDICATOR_DEFINITION__ID,
                        sentence(i) + ": the id is empty.");
            }
            if (i.getSql() == null || i.getSql().isBlank()) {
                error(BAD_INDICATOR, i, HighNeedsPackage.Literals.INDICATOR_DEFINITION__SQL,
                        sentence(i) + ": the SQL is empty.");
            }
        }

        void financialYear(EObject object, EStructuralFeature feature) {
            Object year = object.eGet(feature);
            if (year != null && !consecutive(FINANCIAL_YEAR, (String) year)) {
                error(BAD_YEAR, object, feature, sentence(object) + ": the " + field(feature)
                        + " must look like 2023-24, not '" + year + "'.");
            }
        }

        void dates(EObject object, EStructuralFeature startFeature, LocalDate start, EStructuralFeature endFeature,
                LocalDate end) {
            if (start != null && end != null && end.isBefore(start)) {
                error(END_BEFORE_START, object, endFeature, sentence(object) + ": the " + field(endFeature)
                        + " " + end + " is before the " + field(startFeature) + " " + start + ".");
            }
        }

        void nonNegative(EObject object, EStructuralFeature feature) {
            Object value = object.eGet(feature);
            boolean negative = value instanceof BigDecimal d ? d.signum() < 0
                    : value instanceof Integer i && i < 0;
            if (negative) {
                error(NEGATIVE_VALUE, object, feature, sentence(object) + ": " + field(feature)
                        + " must not be negative (" + (value instanceof BigDecimal d ? d.toPlainString() : value)
                        + " given).");
            }
        }

        void percent(EObject object, EStructuralFeature feature) {
            if (object.eGet(feature) instanceof BigDecimal d && (d.signum() < 0 || d.compareTo(HUNDRED) > 0)) {
                error(PERCENT_OUT_OF_RANGE, object, feature, sentence(object) + ": the " + field(feature)
                        + " must be between 0 and 100%, not " + d.toPlainString() + "%.");
            }
        }

        /** The object as the context's label provider names it, e.g. "placement 'C001' at Oak School". */
        private String of(EObject object) {
            return getObjectLabel(object, context);
        }

        /** The same with a capital first letter, to start a message. */
        private String sentence(EObject object) {
            String label = of(object);
            return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
        }

        /** The field as the context's label provider names it inside a sentence, e.g. "end date". */
        private String field(EStructuralFeature feature) {
            return getFeatureLabel(feature, context);
        }

        private LocalDate referenceDate() {
            return context != null && context.get(REFERENCE_DATE) instanceof LocalDate date ? date : LocalDate.now();
        }

        private void error(int code, EObject object, EStructuralFeature feature, String message) {
            report(Diagnostic.ERROR, code, object, feature, message);
            ok = false;
        }

        private void warning(int code, EObject object, EStructuralFeature feature, String message) {
            report(Diagnostic.WARNING, code, object, feature, message);
        }

        private void report(int severity, int code, EObject object, EStructuralFeature feature, String message) {
            if (diagnostics != null) {
                diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, code, message,
                        new Object[] { object, feature }));
            }
        }
    }

    private static boolean consecutive(Pattern pattern, String year) {
        var m = pattern.matcher(year);
        if (!m.matches()) {
            return false;
        }
        int first = Integer.parseInt(m.group(1));
        return (first + 1) % 100 == Integer.parseInt(m.group(2));
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Returns the diagnostics of a validation flattened to leaves, for tests and reports. */
    public static List<Diagnostic> leaves(Diagnostic diagnostic) {
        List<Diagnostic> out = new java.util.ArrayList<>();
        collect(diagnostic, out);
        return out;
    }

    private static void collect(Diagnostic diagnostic, List<Diagnostic> out) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() != Diagnostic.OK) {
                out.add(diagnostic);
            }
        } else {
            for (Diagnostic child : diagnostic.getChildren()) {
                collect(child, out);
            }
        }
    }
}
