package org.highneeds.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.Placement;
import org.highneeds.model.edit.ItemLabels;
import org.highneeds.model.edit.LabelledItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;

/** EMF.Edit item providers: meaningful labels, icons, property descriptors, tree children, label refresh. */
class ItemProviderTest {

    private final LabelledItemProviderAdapterFactory factory = new LabelledItemProviderAdapterFactory();

    private String label(Object object) {
        return ((IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class)).getText(object);
    }

    @Test
    void labelsNameTheThingsCommissionersKnow() {
        LocalAreaModel area = Fixtures.fullArea();
        assertEquals("C0001 - Acorn Independent Special School (ASD)", label(area.getPlacements().get(0)));
        assertEquals("C0002 - Oak Park Primary School (SLCN)", label(area.getPlacements().get(1)));
        assertEquals("Oak Park Primary School (URN 100001)", label(area.getSettings().get(0)));
        assertEquals("Oak Park ASD base at Oak Park Primary School - 14 places",
                label(area.getSettings().get(0).getProvisions().get(0)));
        assertEquals("CT-2024-001 Acorn Care Ltd (block, 4 places)", label(area.getContracts().get(0)));
        assertEquals("302 Barnet", label(area.getAuthorities().get(0)));
        assertEquals("January 2025: 128 EHC plans (Independent special school, ASD)", label(area.getEhcpCohorts().get(0)));
        assertEquals("1. Enfield (Extremely close)", label(area.getComparatorSets().get(0).getMembers().get(0)));
        assertEquals("2024/25: 14 on roll / 14 places",
                label(area.getSettings().get(0).getProvisions().get(0).getCapacityRecords().get(1)));
        assertEquals("2023-24 1.2.3 Top-up and fees: independent and non-maintained special schools: budget £12,500,000",
                label(area.getBudgetLines().get(0)));
        assertEquals("Band 5 - £18,500.50", label(area.getBandingSchemes().get(0).getBands().get(1)));
        assertEquals("2025-02-01: £66,000 requested, £64,170.50 agreed",
                label(area.getContracts().get(0).getFeeUpliftRequests().get(0)));
        assertEquals("2026/27: +16 ASD places (mainstream_academy_resourced_provision)",
                label(area.getProvisionPlans().get(0).getPlannedPlaces().get(0)));
        assertEquals("EHCPs in independent or non-maintained special schools (pc_inmss)",
                label(area.getIndicatorDefinitions().get(0)));
        assertEquals("EHCP growth = 6.5 % a year", label(area.getScenarios().get(0).getAssumptions().get(0)));
        // generated labels where no override is needed
        assertEquals("Scenario Central", label(area.getScenarios().get(0)));
        assertEquals("? - no setting (need not recorded)".replace("?", "(no child reference)"),
                ItemLabels.placement(org.highneeds.model.HighNeedsFactory.eINSTANCE.createPlacement()));
    }

    @Test
    void iconsAndPropertyDescriptorsComeFromTheEditBundle() {
        Placement placement = Fixtures.fullArea().getPlacements().get(0);
        Object image = ((IItemLabelProvider) factory.adapt(placement, IItemLabelProvider.class)).getImage(placement);
        assertNotNull(image);
        assertTrue(image instanceof URL, image.getClass().getName());
        assertTrue(image.toString().endsWith("icons/full/obj16/Placement.gif"), image.toString());
        IItemPropertySource source = (IItemPropertySource) factory.adapt(placement, IItemPropertySource.class);
        List<IItemPropertyDescriptor> descriptors = source.getPropertyDescriptors(placement);
        assertEquals(placement.eClass().getEAllStructuralFeatures().size(), descriptors.size());
        IItemPropertyDescriptor fee = descriptors.stream().filter(d -> d.getId(placement).equals("annualFee")).findFirst()
                .orElseThrow();
        // plugin.properties holds the plain-English names (not EMF's generated "Annual Fee", "Placing La")
        assertEquals("Annual fee", fee.getDisplayName(placement));
        assertEquals("Placing LA", descriptors.stream().filter(d -> d.getId(placement).equals("placingLa")).findFirst()
                .orElseThrow().getDisplayName(placement));
        assertEquals("Annual fee or place cost, pounds.", fee.getDescription(placement));
    }

    @Test
    void treeShowsContainedObjects() {
        LocalAreaModel area = Fixtures.fullArea();
        ITreeItemContentProvider tree = (ITreeItemContentProvider) factory.adapt(area, ITreeItemContentProvider.class);
        assertEquals(5 + 1 + 2 + 2 + 1 + 1 + 1 + 1 + 1 + 1 + 1, tree.getChildren(area).size());
    }

    @Test
    void placementLabelRefreshesWhenItsSettingChanges() {
        LocalAreaModel area = Fixtures.fullArea();
        Placement placement = area.getPlacements().get(0);
        factory.adapt(placement, IItemLabelProvider.class);
        List<Notification> seen = new ArrayList<>();
        INotifyChangedListener listener = seen::add;
        factory.addListener(listener);
        placement.setSetting(area.getSettings().get(0));
        assertEquals(1, seen.size());
        assertEquals("C0001 - Oak Park Primary School (ASD)", label(placement));
    }
}
