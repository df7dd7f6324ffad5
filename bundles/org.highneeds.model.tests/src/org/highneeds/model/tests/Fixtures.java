package org.highneeds.model.tests;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.highneeds.model.Assumption;
import org.highneeds.model.Band;
import org.highneeds.model.BandingScheme;
import org.highneeds.model.BudgetLine;
import org.highneeds.model.CapacityRecord;
import org.highneeds.model.ComparatorKind;
import org.highneeds.model.ComparatorMember;
import org.highneeds.model.ComparatorSet;
import org.highneeds.model.Contract;
import org.highneeds.model.ContractKind;
import org.highneeds.model.DsgBlock;
import org.highneeds.model.FeeUpliftRequest;
import org.highneeds.model.HighNeedsFactory;
import org.highneeds.model.EhcpCohort;
import org.highneeds.model.IndicatorDefinition;
import org.highneeds.model.LaType;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.LocalAuthority;
import org.highneeds.model.NeedType;
import org.highneeds.model.Phase;
import org.highneeds.model.Placement;
import org.highneeds.model.PlacementCategory;
import org.highneeds.model.PlacementReason;
import org.highneeds.model.PlannedPlaces;
import org.highneeds.model.Polarity;
import org.highneeds.model.Provision;
import org.highneeds.model.ProvisionKind;
import org.highneeds.model.ProvisionPlan;
import org.highneeds.model.ProvisionStatus;
import org.highneeds.model.Scenario;
import org.highneeds.model.Setting;
import org.highneeds.model.TransitionPoint;
import org.highneeds.model.UpliftDecision;
import org.highneeds.model.YearGroup;

/**
 * A synthetic but realistic local area (Barnet, LA 302, with its statistical neighbours) with every class and every
 * feature of the model filled in. Names and children are invented; LA codes are the real DfE codes.
 */
public final class Fixtures {

    private static final HighNeedsFactory F = HighNeedsFactory.eINSTANCE;

    private Fixtures() {
    }

    /** Builds the fully populated area. */
    public static LocalAreaModel fullArea() {
        LocalAreaModel area = F.createLocalAreaModel();
        area.setName("Barnet SEND planning 2024-25");
        area.setDescription("Synthetic test area");

        LocalAuthority barnet = la("302", "E09000003", "Barnet", "London", LaType.LONDON_BOROUGH);
        LocalAuthority enfield = la("308", "E09000010", "Enfield", "London", LaType.LONDON_BOROUGH);
        LocalAuthority herts = la("919", "E10000015", "Hertfordshire", "East of England", LaType.COUNTY_COUNCIL);
        LocalAuthority northants = la("928", "E10000021", "Northamptonshire", "East Midlands", LaType.COUNTY_COUNCIL);
        LocalAuthority westNorthants = la("941", "E06000062", "West Northamptonshire", "East Midlands",
                LaType.UNITARY_AUTHORITY);
        westNorthants.getPredecessors().add(northants);
        area.getAuthorities().addAll(java.util.List.of(barnet, enfield, herts, northants, westNorthants));
        area.setLocalAuthority(barnet);

        ComparatorSet neighbours = F.createComparatorSet();
        neighbours.setName("Barnet statistical neighbours");
        neighbours.setKind(ComparatorKind.STATISTICAL_NEIGHBOURS);
        neighbours.setSubject(barnet);
        neighbours.getMembers().add(member(enfield, 1, "Extremely close"));
        neighbours.getMembers().add(member(herts, 2, "Very close"));
        area.getComparatorSets().add(neighbours);

        BandingScheme scheme = F.createBandingScheme();
        scheme.setName("Barnet top-up bands");
        scheme.setFinancialYear("2024-25");
        Band band3 = band("Band 3", "8000", "Significant needs");
        Band band5 = band("Band 5", "18500.50", "Complex needs");
        scheme.getBands().add(band3);
        scheme.getBands().add(band5);
        area.getBandingSchemes().add(scheme);

        Setting oak = F.createSetting();
        oak.setUrn("100001");
        oak.setName("Oak Park Primary School");
        oak.setEstablishmentType("Community school");
        oak.setProvisionCategory(PlacementCategory.MAINSTREAM_LA_MAINTAINED);
        oak.setPhase(Phase.PRIMARY);
        oak.setLowAge(3);
        oak.setHighAge(11);
        oak.setLa(barnet);
        oak.setPostcode("N3 1AA");
        oak.setEasting(525000);
        oak.setNorthing(190000);
        oak.setCapacity(420);
        oak.setOnRoll(410);
        oak.setSection41(false);
        oak.getNeedTypes().add(NeedType.ASD);
        Provision base = F.createProvision();
        base.setCode("RP-OAK-ASD");
        base.setName("Oak Park ASD base");
        base.setKind(ProvisionKind.RESOURCED_PROVISION);
        base.getNeedFocus().add(NeedType.ASD);
        base.getNeedFocus().add(NeedType.SLCN);
        base.getYearGroups().add(YearGroup.R);
        base.getYearGroups().add(YearGroup.Y1);
        base.getYearGroups().add(YearGroup.Y6);
        base.setFullTimePlaces(14);
        base.setPartTimePlaces(2);
        base.setPercentTimeInMainstream(new BigDecimal("40"));
        base.setOutreach(true);
        base.setPlaceFunding(new BigDecimal("10000"));
        base.setTopUpBand(band3);
        base.setStatus(ProvisionStatus.OPEN);
        base.setOpenDate(LocalDate.of(2019, 9, 1));
        base.setCloseDate(LocalDate.of(2031, 8, 31));
        base.getCapacityRecords().add(capacity("2023/24", 14, 12, 20, 2));
        base.getCapacityRecords().add(capacity("2024/25", 14, 14, 25, 0));
        oak.getProvisions().add(base);
        oak.getCapacityRecords().add(capacity("2024/25", 420, 410, 600, 10));

        Setting acorn = F.createSetting();
        acorn.setUrn("135000");
        acorn.setName("Acorn Independent Special School");
        acorn.setEstablishmentType("Other independent special school");
        acorn.setProvisionCategory(PlacementCategory.SPECIAL_INDEPENDENT);
        acorn.setPhase(Phase.ALL_THROUGH);
        acorn.setLowAge(7);
        acorn.setHighAge(19);
        acorn.setLa(herts);
        acorn.setPostcode("AL1 1AA");
        acorn.setEasting(515000);
        acorn.setNorthing(207000);
        acorn.setCapacity(60);
        acorn.setOnRoll(52);
        acorn.setSection41(true);
        acorn.getNeedTypes().add(NeedType.ASD);
        acorn.getNeedTypes().add(NeedType.SEMH);
        area.getSettings().add(oak);
        area.getSettings().add(acorn);

        Contract contract = F.createContract();
        contract.setReference("CT-2024-001");
        contract.setProvider("Acorn Care Ltd");
        contract.getProviderSettings().add(acorn);
        contract.setKind(ContractKind.BLOCK);
        contract.setPlaces(4);
        contract.setPrice(new BigDecimal("62000.00"));
        contract.setStartDate(LocalDate.of(2024, 4, 1));
        contract.setEndDate(LocalDate.of(2027, 3, 31));
        contract.setReviewDate(LocalDate.of(2025, 3, 1));
        FeeUpliftRequest uplift = F.createFeeUpliftRequest();
        uplift.setDate(LocalDate.of(2025, 2, 1));
        uplift.setRequestedAmount(new BigDecimal("66000"));
        uplift.setAgreedAmount(new BigDecimal("64170.50"));
        uplift.setEvidence("Teachers' pay award 5.5%; staffing ratio 1:2");
        uplift.setDecision(UpliftDecision.PART_AGREED);
        contract.getFeeUpliftRequests().add(uplift);
        area.getContracts().add(contract);

        Placement inmss = F.createPlacement();
        inmss.setChildRef("C0001");
        inmss.setYearGroup(YearGroup.Y9);
        inmss.setPrimaryNeed(NeedType.ASD);
        inmss.setCategory(PlacementCategory.SPECIAL_INDEPENDENT);
        inmss.setSetting(acorn);
        inmss.setPlacingLa(barnet);
        inmss.setOutOfArea(true);
        inmss.setStartDate(LocalDate.of(2024, 9, 2));
        inmss.setEndDate(LocalDate.of(2026, 7, 20));
        inmss.setAnnualFee(new BigDecimal("62000.00"));
        inmss.setTopUp(new BigDecimal("0"));
        inmss.setTransportCost(new BigDecimal("9500.25"));
        inmss.setResidentialCost(new BigDecimal("0"));
        inmss.setEducationShare(new BigDecimal("70"));
        inmss.setHealthShare(new BigDecimal("10"));
        inmss.setSocialCareShare(new BigDecimal("20"));
        inmss.setReason(PlacementReason.NO_LOCAL_PLACE);
        inmss.setNextTransitionPoint(TransitionPoint.POST16);
        inmss.setPlannedOutcomes("Return to local secondary with ASD base");
        inmss.setExitPlan("Review at Y11 transfer");
        inmss.setContract(contract);

        Placement rp = F.createPlacement();
        rp.setChildRef("C0002");
        rp.setYearGroup(YearGroup.Y2);
        rp.setPrimaryNeed(NeedType.SLCN);
        rp.setCategory(PlacementCategory.LA_MAINTAINED_RESOURCED_PROVISION);
        rp.setSetting(oak);
        rp.setProvision(base);
        rp.setPlacingLa(barnet);
        rp.setOutOfArea(false);
        rp.setStartDate(LocalDate.of(2023, 9, 4));
        rp.setAnnualFee(new BigDecimal("10000"));
        rp.setTopUp(new BigDecimal("8000"));
        rp.setTransportCost(new BigDecimal("0"));
        rp.setResidentialCost(new BigDecimal("0"));
        rp.setEducationShare(new BigDecimal("100"));
        rp.setHealthShare(new BigDecimal("0"));
        rp.setSocialCareShare(new BigDecimal("0"));
        rp.setReason(PlacementReason.SPECIALIST_NEED);
        rp.setNextTransitionPoint(TransitionPoint.START_KS3);
        rp.setPlannedOutcomes("Language targets in EHCP section E");
        rp.setExitPlan("Mainstream class with support at KS3");
        area.getPlacements().add(inmss);
        area.getPlacements().add(rp);

        BudgetLine line = F.createBudgetLine();
        line.setFinancialYear("2023-24");
        line.setBlock(DsgBlock.HIGH_NEEDS);
        line.setS251Line("1.2.3");
        line.setDescription("Top-up and fees: independent and non-maintained special schools");
        line.setBudget(new BigDecimal("12500000"));
        line.setForecast(new BigDecimal("13750000.50"));
        line.setActual(new BigDecimal("13912345.67"));
        area.getBudgetLines().add(line);

        ProvisionPlan plan = F.createProvisionPlan();
        plan.setName("New ASD bases 2026-2028");
        plan.setDescription("Two secondary ASD bases");
        plan.getAssumptions().add(assumption("Build cost per place", "45000", "£"));
        PlannedPlaces planned = F.createPlannedPlaces();
        planned.setProvisionType(PlacementCategory.ACADEMY_RESOURCED_PROVISION);
        planned.setNeed(NeedType.ASD);
        planned.setYear("2026/27");
        planned.setPlaces(16);
        planned.setCapitalCost(new BigDecimal("720000"));
        planned.setRevenueCost(new BigDecimal("288000"));
        planned.setProvision(base);
        plan.getPlannedPlaces().add(planned);
        area.getProvisionPlans().add(plan);

        Scenario scenario = F.createScenario();
        scenario.setName("Central");
        scenario.setDescription("Trend growth with new bases");
        scenario.setBaseYear("2024-25");
        scenario.setHorizonYears(5);
        scenario.getAssumptions().add(assumption("EHCP growth", "6.5", "% a year"));
        scenario.setProvisionPlan(plan);
        area.getScenarios().add(scenario);

        IndicatorDefinition indicator = F.createIndicatorDefinition();
        indicator.setId("pc_inmss");
        indicator.setTitle("EHCPs in independent or non-maintained special schools");
        indicator.setUnit("%");
        indicator.setPolarity(Polarity.LOWER_IS_BETTER);
        indicator.setSql("select la_code, period, 100.0 * inmss / ehcplans as value from sen2_caseload");
        indicator.getSourceDatasets().add("ehcp-sen2-2025");
        indicator.setDescription("Share of EHCPs placed in I/N-MSS");
        area.getIndicatorDefinitions().add(indicator);
        // an EHCP count as materialised from SEN2 (illustrative figure)
        EhcpCohort cohort = F.createEhcpCohort();
        cohort.setCensusYear(2025);
        cohort.setPlacementCategory(PlacementCategory.SPECIAL_INDEPENDENT);
        cohort.setPrimaryNeed(NeedType.ASD);
        cohort.setCount(128);
        cohort.setSource("SEN2 caseload.csv (EES 2025)");
        area.getEhcpCohorts().add(cohort);
        // Same-file use of the shared lists, to fill every feature; the cross-file test moves them to a library.
        area.getSharedComparatorSets().add(neighbours);
        area.getSharedIndicatorDefinitions().add(indicator);
        return area;
    }

    /** Creates an LA. */
    public static LocalAuthority la(String code, String ons, String name, String region, LaType type) {
        LocalAuthority la = F.createLocalAuthority();
        la.setLaCode(code);
        la.setOnsCode(ons);
        la.setName(name);
        la.setRegion(region);
        la.setLaType(type);
        return la;
    }

    private static ComparatorMember member(LocalAuthority la, int rank, String proximity) {
        ComparatorMember member = F.createComparatorMember();
        member.setAuthority(la);
        member.setRank(rank);
        member.setProximityLabel(proximity);
        return member;
    }

    private static Band band(String name, String value, String description) {
        Band band = F.createBand();
        band.setName(name);
        band.setTopUpValue(new BigDecimal(value));
        band.setDescription(description);
        return band;
    }

    /** Creates a capacity record. */
    public static CapacityRecord capacity(String year, int places, int onRoll, int applications, int vacancies) {
        CapacityRecord record = F.createCapacityRecord();
        record.setAcademicYear(year);
        record.setPlaces(places);
        record.setOnRoll(onRoll);
        record.setApplications(applications);
        record.setVacancies(vacancies);
        return record;
    }

    private static Assumption assumption(String name, String value, String unit) {
        Assumption assumption = F.createAssumption();
        assumption.setName(name);
        assumption.setValue(new BigDecimal(value));
        assumption.setUnit(unit);
        return assumption;
    }
}
