package org.highneeds.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.highneeds.model.HighNeedsFactory;
import org.highneeds.model.HighNeedsPackage;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.Placement;
import org.highneeds.model.Setting;
import org.highneeds.model.edit.ModelLabels;
import org.highneeds.model.validation.AreaModelValidator;
import org.highneeds.model.validation.ModelValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every validation rule: the valid fixture passes, and one change breaks exactly that rule with a clear message. */
class ValidationTest {

    private static final LocalDate AT = LocalDate.of(2025, 1, 15);

    private static List<Diagnostic> findings(LocalAreaModel area) {
        return AreaModelValidator.leaves(ModelValidation.validate(area, AT, ModelLabels.INSTANCE));
    }

    @Test
    void fullyPopulatedAreaIsValid() {
        assertEquals(List.of(), findings(Fixtures.fullArea()).stream().map(Diagnostic::getMessage).toList());
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("placement end before start", a -> placement(a).setEndDate(LocalDate.of(2024, 9, 1)),
                        AreaModelValidator.END_BEFORE_START, Diagnostic.ERROR,
                        "Placement 'C0001' at Acorn Independent Special School: the end date 2024-09-01 is before the start date 2024-09-02."),
                rule("contract end before start", a -> a.getContracts().get(0).setEndDate(LocalDate.of(2024, 3, 31)),
                        AreaModelValidator.END_BEFORE_START, Diagnostic.ERROR,
                        "Contract 'CT-2024-001' with Acorn Care Ltd: the end date 2024-03-31 is before the start date 2024-04-01."),
                rule("provision closes before it opens",
                        a -> a.getSettings().get(0).getProvisions().get(0).setCloseDate(LocalDate.of(2018, 7, 1)),
                        AreaModelValidator.END_BEFORE_START, Diagnostic.ERROR, "the close date 2018-07-01 is before the open date 2019-09-01"),
                rule("negative annual fee", a -> placement(a).setAnnualFee(new BigDecimal("-62000")),
                        AreaModelValidator.NEGATIVE_VALUE, Diagnostic.ERROR,
                        "Placement 'C0001' at Acorn Independent Special School: annual fee must not be negative (-62000 given)."),
                rule("negative transport cost", a -> placement(a).setTransportCost(new BigDecimal("-1")),
                        AreaModelValidator.NEGATIVE_VALUE, Diagnostic.ERROR, "transport cost must not be negative (-1 given)"),
                rule("negative contract places", a -> a.getContracts().get(0).setPlaces(-4),
                        AreaModelValidator.NEGATIVE_VALUE, Diagnostic.ERROR, "places must not be negative (-4 given)"),
                rule("negative provision places",
                        a -> a.getSettings().get(0).getProvisions().get(0).setFullTimePlaces(-14),
                        AreaModelValidator.NEGATIVE_VALUE, Diagnostic.ERROR,
                        "Provision 'Oak Park ASD base': full time places must not be negative (-14 given)."),
                rule("negative band top-up", a -> a.getBandingSchemes().get(0).getBands().get(0)
                        .setTopUpValue(new BigDecimal("-8000")), AreaModelValidator.NEGATIVE_VALUE, Diagnostic.ERROR,
                        "Band 'Band 3': top-up value must not be negative (-8000 given)."),
                rule("negative EHCP count", a -> a.getEhcpCohorts().get(0).setCount(-3),
                        AreaModelValidator.NEGATIVE_VALUE, Diagnostic.ERROR,
                        "EHCP count of January 2025 (Independent special school, Autistic spectrum disorder): count must not be negative (-3 given)."),
                rule("on roll above places in a year",
                        a -> a.getSettings().get(0).getProvisions().get(0).getCapacityRecords().get(1).setOnRoll(16),
                        AreaModelValidator.ON_ROLL_ABOVE_PLACES, Diagnostic.WARNING,
                        "Capacity record '2024/25' of provision 'Oak Park ASD base': 16 on roll is above the 14 places."),
                rule("on roll above school capacity", a -> a.getSettings().get(0).setOnRoll(421),
                        AreaModelValidator.ON_ROLL_ABOVE_PLACES, Diagnostic.WARNING,
                        "Setting 'Oak Park Primary School' (URN 100001): 421 on roll is above the capacity of 420."),
                rule("duplicate URN", a -> a.getSettings().get(1).setUrn("100001"), AreaModelValidator.DUPLICATE_URN,
                        Diagnostic.ERROR, "Setting 'Acorn Independent Special School' (URN 100001): URN 100001 is "
                                + "already used by setting 'Oak Park Primary School' (URN 100001)."),
                rule("contract places below current placements", a -> {
                    a.getContracts().get(0).setPlaces(1);
                    a.getPlacements().get(1).setContract(a.getContracts().get(0));
                }, AreaModelValidator.CONTRACT_OVERCOMMITTED, Diagnostic.ERROR,
                        "Contract 'CT-2024-001' with Acorn Care Ltd: 2 current placements but only 1 places contracted (at 2025-01-15)."),
                rule("funding shares not 100%", a -> placement(a).setHealthShare(new BigDecimal("15.5")),
                        AreaModelValidator.FUNDING_SHARES_NOT_100, Diagnostic.ERROR,
                        "the education, health and social care shares add up to 105.5%, not 100%."),
                rule("LA code not 3 digits", a -> a.getAuthorities().get(0).setLaCode("30"),
                        AreaModelValidator.BAD_LA_CODE, Diagnostic.ERROR,
                        "LA 'Barnet' (30): the LA code must be 3 digits (e.g. 302), not '30'."),
                rule("malformed ONS code", a -> a.getAuthorities().get(0).setOnsCode("E9000003"),
                        AreaModelValidator.BAD_LA_CODE, Diagnostic.ERROR, "the ONS code must look like E09000003, not 'E9000003'."),
                rule("percentage above 100", a -> a.getSettings().get(0).getProvisions().get(0)
                        .setPercentTimeInMainstream(new BigDecimal("140")), AreaModelValidator.PERCENT_OUT_OF_RANGE,
                        Diagnostic.ERROR, "the percentage of time in mainstream must be between 0 and 100%, not 140%."),
                rule("low age above high age", a -> a.getSettings().get(0).setLowAge(12), AreaModelValidator.BAD_AGE_RANGE,
                        Diagnostic.ERROR, "the low age 12 is above the high age 11."),
                rule("age above 25", a -> a.getSettings().get(1).setHighAge(30), AreaModelValidator.BAD_AGE_RANGE,
                        Diagnostic.ERROR, "ages must lie between 0 and 25."),
                rule("financial year not consecutive", a -> a.getBudgetLines().get(0).setFinancialYear("2023-25"),
                        AreaModelValidator.BAD_YEAR, Diagnostic.ERROR, "the financial year must look like 2023-24, not '2023-25'."),
                rule("academic year written as financial year",
                        a -> a.getSettings().get(0).getCapacityRecords().get(0).setAcademicYear("2024-25"),
                        AreaModelValidator.BAD_YEAR, Diagnostic.ERROR, "the academic year must look like 2024/25."),
                rule("child reference is a UPN", a -> placement(a).setChildRef("A123456789012"),
                        AreaModelValidator.BAD_CHILD_REF, Diagnostic.ERROR, "looks like a UPN; use a pseudonymous reference."),
                rule("child reference empty", a -> placement(a).setChildRef(" "), AreaModelValidator.BAD_CHILD_REF,
                        Diagnostic.ERROR, "the child reference is empty."),
                rule("provision hosted elsewhere", a -> a.getPlacements().get(1).setSetting(a.getSettings().get(1)),
                        AreaModelValidator.PROVISION_NOT_IN_SETTING, Diagnostic.ERROR,
                        "Placement 'C0002' at Acorn Independent Special School: provision 'Oak Park ASD base' is hosted by setting 'Oak Park Primary School' (URN 100001), not by this setting."),
                rule("URN not numeric", a -> a.getSettings().get(0).setUrn("OAK1"), AreaModelValidator.BAD_URN,
                        Diagnostic.ERROR, "the URN must be 5 to 8 digits."),
                rule("agreed uplift above request", a -> a.getContracts().get(0).getFeeUpliftRequests().get(0)
                        .setAgreedAmount(new BigDecimal("70000")), AreaModelValidator.UPLIFT_ABOVE_REQUEST,
                        Diagnostic.WARNING, "the agreed amount 70000 is above the requested amount 66000."),
                rule("indicator without SQL", a -> a.getIndicatorDefinitions().get(0).setSql(null),
                        AreaModelValidator.BAD_INDICATOR, Diagnostic.ERROR, "Indicator 'pc_inmss': the SQL is empty."),
                rule("placement without setting", a -> {
                    a.getPlacements().get(1).setSetting(null);
                    a.getPlacements().get(1).setProvision(null);
                }, AreaModelValidator.PLACEMENT_WITHOUT_SETTING, Diagnostic.WARNING,
                        "Placement 'C0002': no setting or provision is recorded."),
                rule("comparator member without LA (EMF multiplicity)",
                        a -> a.getComparatorSets().get(0).getMembers().get(0).setAuthority(null),
                        EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS, Diagnostic.ERROR, "authority"));
    }

    private static Arguments rule(String name, Consumer<LocalAreaModel> breaker, int code, int severity, String message) {
        return Arguments.of(name, breaker, code, severity, message);
    }

    private static Placement placement(LocalAreaModel area) {
        return area.getPlacements().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleCatchesItsCase(String name, Consumer<LocalAreaModel> breaker, int code, int severity, String message) {
        LocalAreaModel area = Fixtures.fullArea();
        breaker.accept(area);
        List<Diagnostic> found = findings(area);
        assertEquals(1, found.size(), () -> name + ": " + found.stream().map(Diagnostic::getMessage).toList());
        Diagnostic d = found.get(0);
        assertEquals(code, d.getCode(), d.getMessage());
        assertEquals(severity, d.getSeverity(), d.getMessage());
        assertTrue(d.getMessage().contains(message), () -> "message was: " + d.getMessage());
    }

    @Test
    void contractCountsOnlyCurrentPlacements() {
        LocalAreaModel area = Fixtures.fullArea();
        area.getContracts().get(0).setPlaces(1);
        Placement ended = area.getPlacements().get(1);
        ended.setContract(area.getContracts().get(0));
        ended.setEndDate(LocalDate.of(2024, 7, 19));
        assertEquals(List.of(), findings(area));
    }

    @Test
    void diagnosticsCarryObjectAndField() {
        LocalAreaModel area = Fixtures.fullArea();
        Setting oak = area.getSettings().get(0);
        oak.setCapacity(-1);
        Diagnostic d = findings(area).stream().filter(x -> x.getCode() == AreaModelValidator.NEGATIVE_VALUE)
                .findFirst().orElseThrow();
        assertSame(oak, d.getData().get(0));
        assertSame(HighNeedsPackage.Literals.SETTING__CAPACITY, d.getData().get(1));
    }

    @Test
    void partialSharesMustStillAddUp() {
        Placement p = HighNeedsFactory.eINSTANCE.createPlacement();
        p.setChildRef("C1");
        p.setEducationShare(new BigDecimal("100"));
        assertEquals(List.of(AreaModelValidator.PLACEMENT_WITHOUT_SETTING),
                ModelValidation.validateShallow(p, AT, ModelLabels.INSTANCE).stream().map(Diagnostic::getCode).toList());
        p.setEducationShare(new BigDecimal("60"));
        assertTrue(ModelValidation.validateShallow(p, AT, ModelLabels.INSTANCE).stream()
                .anyMatch(d -> d.getCode() == AreaModelValidator.FUNDING_SHARES_NOT_100));
    }
}
