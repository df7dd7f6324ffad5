package org.highneeds.area.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.Diagnostic;
import org.highneeds.area.AreaMaterialisationException;
import org.highneeds.area.AreaMaterialiser;
import org.highneeds.area.Materialisation;
import org.highneeds.model.ComparatorKind;
import org.highneeds.model.ComparatorSet;
import org.highneeds.model.EhcpCohort;
import org.highneeds.model.LaType;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.LocalAuthority;
import org.highneeds.model.NeedType;
import org.highneeds.model.Phase;
import org.highneeds.model.PlacementCategory;
import org.highneeds.model.Provision;
import org.highneeds.model.ProvisionKind;
import org.highneeds.model.Setting;
import org.highneeds.model.edit.ModelLabels;
import org.highneeds.model.validation.AreaModelValidator;
import org.highneeds.model.validation.ModelValidation;
import org.highneeds.testing.TestWorkspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local areas materialised from the real published files: SEN2 2025, statistical neighbours May 2025, GIAS samples. */
class AreaMaterialiserTest {

    @TempDir
    static Path workspace;

    static TestWorkspace db;

    @BeforeAll
    static void importRealFiles() throws Exception {
        db = TestWorkspace.with(workspace, "ehcp-sen2-2025/caseload.csv", "ehcp-sen2-2025/sen_needs_all_plans.csv",
                "statistical-neighbours/la_code_list.xlsx", "statistical-neighbours/sn_may_2025.xlsx",
                "gias/edubasealldata20181029_first20rows.csv", "gias/edubasealldata_2026_first2rows.csv");
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    private static Materialisation materialise(String code) throws AreaMaterialisationException {
        Materialisation m = new AreaMaterialiser(db.connection()).materialise(code, new NullProgressMonitor());
        List<String> errors = AreaModelValidator.leaves(ModelValidation.validate(m.model(), ModelLabels.INSTANCE)).stream()
                .filter(d -> d.getSeverity() >= Diagnostic.ERROR).map(Diagnostic::getMessage).toList();
        assertEquals(List.of(), errors, "the materialised model of " + code + " must pass the validator");
        return m;
    }

    private static Integer cohort(LocalAreaModel area, PlacementCategory category, NeedType need) {
        return area.getEhcpCohorts().stream()
                .filter(c -> category == null ? !c.isSetPlacementCategory() : c.getPlacementCategory() == category && c.isSetPlacementCategory())
                .filter(c -> need == null ? !c.isSetPrimaryNeed() : c.getPrimaryNeed() == need && c.isSetPrimaryNeed())
                .map(EhcpCohort::getCount).findFirst().orElse(null);
    }

    private static List<String> members(ComparatorSet set) {
        return set.getMembers().stream().map(m -> m.getRank() + ":" + m.getAuthority().getLaCode() + ":"
                + m.getAuthority().getName() + ":" + m.getProximityLabel()).toList();
    }

    private static ComparatorSet set(LocalAreaModel area, ComparatorKind kind) {
        return area.getComparatorSets().stream().filter(s -> s.getKind() == kind).findFirst().orElseThrow();
    }

    @Test
    void barnetHasThePublishedEhcpTotalPlacementAndNeedMix() throws Exception {
        Materialisation m = materialise("302");
        LocalAreaModel area = m.model();
        LocalAuthority barnet = area.getLocalAuthority();
        assertEquals("302|E09000003|Barnet|Outer London|" + LaType.LONDON_BOROUGH, barnet.getLaCode() + "|"
                + barnet.getOnsCode() + "|" + barnet.getName() + "|" + barnet.getRegion() + "|" + barnet.getLaType());
        assertEquals("Barnet", area.getName());
        // caseload.csv, 202425, Barnet, 'All EHC plans': ehcplans 4320
        assertEquals(4320, cohort(area, null, null));
        EhcpCohort total = area.getEhcpCohorts().get(0);
        assertEquals(2025, total.getCensusYear());
        assertEquals("SEN2 caseload.csv, January 2025", total.getSource());
        // placement columns of the same row; the four NEET columns (35 + 33 + 51 + 14) make the model's one NEET
        assertEquals(1253, cohort(area, PlacementCategory.MAINSTREAM_LA_MAINTAINED, null));
        assertEquals(161, cohort(area, PlacementCategory.LA_MAINTAINED_RESOURCED_PROVISION, null));
        assertEquals(128, cohort(area, PlacementCategory.SPECIAL_INDEPENDENT, null));
        assertEquals(79, cohort(area, PlacementCategory.SPECIALIST_POST16_INSTITUTION, null));
        assertEquals(133, cohort(area, PlacementCategory.NEET, null));
        int placements = area.getEhcpCohorts().stream().filter(EhcpCohort::isSetPlacementCategory)
                .mapToInt(EhcpCohort::getCount).sum();
        assertEquals(4320, placements, "the placement mix adds up to the total");
        // sen_needs_all_plans.csv, 202425, Barnet, 'All EHC plans': number_asd 1801, number_semh 752, need unknown 0
        assertEquals(1801, cohort(area, null, NeedType.ASD));
        assertEquals(752, cohort(area, null, NeedType.SEMH));
        assertEquals(117, cohort(area, null, NeedType.SPLD));
        assertEquals(4320, area.getEhcpCohorts().stream().filter(EhcpCohort::isSetPrimaryNeed)
                .mapToInt(EhcpCohort::getCount).sum());
        assertNull(cohort(area, null, NeedType.NSA), "NSA is SEN support only, never an EHCP need");

        // sn_may_2025.xlsx row 5
        ComparatorSet neighbours = set(area, ComparatorKind.STATISTICAL_NEIGHBOURS);
        assertEquals("Statistical neighbours (May 2025)", neighbours.getName());
        assertEquals(barnet, neighbours.getSubject());
        assertEquals(List.of("1:320:Waltham Forest:Close", "2:870:Reading:Close", "3:310:Harrow:Close",
                "4:317:Redbridge:Close", "5:315:Merton:Close", "6:306:Croydon:Close", "7:209:Lewisham:Close",
                "8:312:Hillingdon:Close", "9:309:Haringey:Close", "10:307:Ealing:Close"), members(neighbours));
        // la_code_list.xlsx: 33 London LAs (13 inner incl. City of London, 20 outer), 19 of them outer London boroughs
        ComparatorSet region = set(area, ComparatorKind.REGION);
        assertEquals("Region: London", region.getName());
        assertEquals(32, region.getMembers().size(), "London less Barnet");
        assertTrue(region.getMembers().stream().allMatch(x -> x.getAuthority().getRegion().endsWith("London")));
        ComparatorSet type = set(area, ComparatorKind.LA_TYPE);
        assertEquals("LA type: outer London boroughs", type.getName());
        assertEquals(18, type.getMembers().size(), "the other outer London boroughs");
        assertTrue(type.getMembers().stream().allMatch(x -> x.getAuthority().getLaType() == LaType.LONDON_BOROUGH
                && "Outer London".equals(x.getAuthority().getRegion())));

        // the GIAS samples hold City of London and Camden only
        assertEquals(List.of(), area.getSettings());
        assertEquals(List.of("GIAS establishments imported (22 rows), but none open in LA 302 Barnet: no settings, "
                + "resourced provision, SEN units or special school places"), m.missing());
    }

    @Test
    void cumberlandComesWithItsPredecessorAndNeighbours() throws Exception {
        Materialisation m = materialise("942");
        LocalAreaModel area = m.model();
        LocalAuthority cumberland = area.getLocalAuthority();
        assertEquals("942|E06000063|Cumberland|" + LaType.UNITARY_AUTHORITY, cumberland.getLaCode() + "|"
                + cumberland.getOnsCode() + "|" + cumberland.getName() + "|" + cumberland.getLaType());
        // Cumbria (909) was split into Cumberland and Westmorland and Furness on 1 April 2023
        assertEquals(List.of("909 Cumbria"), cumberland.getPredecessors().stream()
                .map(la -> la.getLaCode() + " " + la.getName()).toList());
        assertEquals(List.of("942", "943"), cumberland.getPredecessors().get(0).getSuccessors().stream()
                .map(LocalAuthority::getLaCode).toList());
        // caseload.csv, 202425, Cumberland: ehcplans 2893, special_la_maintained 273
        assertEquals(2893, cohort(area, null, null));
        assertEquals(273, cohort(area, PlacementCategory.SPECIAL_LA_MAINTAINED, null));
        // sn_may_2025.xlsx row 34
        assertEquals(List.of("1:943:Westmorland and Furness:Very close", "2:925:Lincolnshire:Very close",
                "3:884:Herefordshire:Very close", "4:888:Lancashire:Close", "5:813:North Lincolnshire:Close",
                "6:384:Wakefield:Close", "7:860:Staffordshire:Close", "8:929:Northumberland:Close",
                "9:371:Doncaster:Close", "10:370:Barnsley:Close"), members(set(area, ComparatorKind.STATISTICAL_NEIGHBOURS)));
        assertEquals("Region: North West", set(area, ComparatorKind.REGION).getName());
    }

    @Test
    void anOldCodeMapsToItsSuccessorAndASplitCodeIsRefused() throws Exception {
        // Poole (836) merged into Bournemouth, Christchurch and Poole (839) on 1 April 2019
        Materialisation poole = materialise("836");
        assertEquals("839", poole.model().getLocalAuthority().getLaCode());
        assertTrue(poole.model().getDescription().contains("LA 836 Poole (Pre LG) became part of 839 Bournemouth, Christchurch "
                + "and Poole on 2019-04-01"), poole.model().getDescription());
        assertEquals(List.of("835", "836", "837"), poole.model().getLocalAuthority().getPredecessors().stream()
                .map(LocalAuthority::getLaCode).toList());
        AreaMaterialisationException split = assertThrows(AreaMaterialisationException.class, () -> materialise("909"));
        assertEquals("LA 909 Cumbria was split on 2023-04-01 into 942 Cumberland and 943 Westmorland and Furness: "
                + "materialise one of them.", split.getMessage());
    }

    @Test
    void cancellingStopsTheMaterialisation() {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> new AreaMaterialiser(db.connection()).materialise("302", cancelled));
    }

    @Test
    void unknownAndMalformedCodesAreRefusedClearly() {
        assertEquals("Unknown LA code 999: it is neither in the LA code list nor among the LA codes the workbench knows "
                + "(SEN2 2010-2025).", assertThrows(AreaMaterialisationException.class, () -> materialise("999")).getMessage());
        assertEquals("The LA code must be the 3-digit DfE number (e.g. 302 for Barnet), not 'Barnet'.",
                assertThrows(AreaMaterialisationException.class, () -> materialise("Barnet")).getMessage());
    }

    @Test
    void camdenSettingsAndProvisionComeFromTheNewestGiasExtract() throws Exception {
        Materialisation m = materialise("202");
        LocalAreaModel area = m.model();
        // edubasealldata20181029_first20rows.csv: 16 Camden rows, 3 of them closed (100004 closed again in 2026)
        assertEquals(List.of("100005", "100006", "100007", "100008", "100009", "100010", "100011", "100012", "100013",
                "100014", "100015", "100018", "100019"), area.getSettings().stream().map(Setting::getUrn).toList());
        Map<String, Setting> byUrn = area.getSettings().stream().collect(Collectors.toMap(Setting::getUrn, s -> s));
        Setting netley = byUrn.get("100018");
        assertEquals("Netley Primary School & Centre for Autism", netley.getName());
        assertEquals(PlacementCategory.MAINSTREAM_LA_MAINTAINED, netley.getProvisionCategory());
        assertEquals(Phase.PRIMARY, netley.getPhase());
        assertEquals("2-11 476 441", netley.getLowAge() + "-" + netley.getHighAge() + " " + netley.getCapacity() + " "
                + netley.getOnRoll());
        assertEquals(List.of(NeedType.ASD), netley.getNeedTypes());
        assertEquals(area.getLocalAuthority(), netley.getLa());
        // TypeOfResourcedProvision 'Resource Provision and SEN Unit', 24 on roll and 24 places in each
        assertEquals(List.of("100018-RP RESOURCED_PROVISION 24 [ASD] 2017/18 24/24", "100018-SU SEN_UNIT 24 [ASD] 2017/18 24/24"),
                netley.getProvisions().stream().map(AreaMaterialiserTest::provision).toList());
        Setting pru = byUrn.get("100007");
        assertEquals(PlacementCategory.AP_PRU_LA_MAINTAINED, pru.getProvisionCategory());
        assertEquals(List.of("100007-SU SEN_UNIT 20 [SEMH] 2017/18 20/20"),
                pru.getProvisions().stream().map(AreaMaterialiserTest::provision).toList());
        // a resource provision without published numbers is still there, with its need
        assertEquals(List.of("100009-RP RESOURCED_PROVISION null [PD]"),
                byUrn.get("100009").getProvisions().stream().map(AreaMaterialiserTest::provision).toList());
        assertEquals(4, area.getSettings().stream().mapToInt(s -> s.getProvisions().size()).sum());
        // Camden's SEN2 and neighbours are there as well; sen_needs_all_plans.csv, 202425, Camden: number_need_unknown 6
        assertEquals(List.of("SEN2: 6 EHC plans of January 2025 have no recorded primary need; they count in the total "
                + "only"), m.missing());
        assertFalse(area.getEhcpCohorts().isEmpty());

        // City of London: URN 100000 as in the January 2026 extract (census January 2025), not the 2018 one
        Setting aldgate = materialise("201").model().getSettings().get(0);
        assertEquals("100000 The Aldgate School 245 249 " + LaType.CITY_OF_LONDON, aldgate.getUrn() + " " + aldgate.getName()
                + " " + aldgate.getCapacity() + " " + aldgate.getOnRoll() + " " + aldgate.getLa().getLaType());
    }

    private static String provision(Provision p) {
        String record = p.getCapacityRecords().isEmpty() ? ""
                : " " + p.getCapacityRecords().get(0).getAcademicYear() + " " + p.getCapacityRecords().get(0).getOnRoll()
                        + "/" + p.getCapacityRecords().get(0).getPlaces();
        return p.getCode() + " " + p.getKind().getName() + " " + p.getFullTimePlaces() + " " + p.getNeedFocus() + record;
    }

    @Test
    void whatTheDatabaseLacksIsListedAndTheRestIsMaterialised(@TempDir Path other) throws Exception {
        try (TestWorkspace sen2Only = TestWorkspace.with(other, "ehcp-sen2-2025/caseload.csv")) {
            Materialisation m = new AreaMaterialiser(sen2Only.connection()).materialise("302", new NullProgressMonitor());
            assertEquals(List.of(
                    "LA code list (la_code_list.xlsx) not imported: region and LA type unknown, so no region or LA-type "
                            + "comparator sets",
                    "Statistical neighbours (sn_*.xlsx) not imported: no statistical neighbours comparator set",
                    "GIAS establishments (edubasealldata*.csv) not imported: no settings, resourced provision, SEN units or "
                            + "special school places",
                    "SEN2 primary need breakdown (sen_needs_all_plans.csv) not imported for January 2025: no need mix"),
                    m.missing());
            // the ONS code seed still names the LA, and SEN2 gives the cohort
            assertEquals("302 Barnet E09000003", m.model().getLocalAuthority().getLaCode() + " "
                    + m.model().getLocalAuthority().getName() + " " + m.model().getLocalAuthority().getOnsCode());
            assertEquals(4320, cohort(m.model(), null, null));
            assertEquals(List.of(), m.model().getComparatorSets());
        }
    }
}
