package org.highneeds.ui.model.tests;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.highneeds.model.HighNeedsFactory;
import org.highneeds.model.LaType;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.LocalAuthority;
import org.highneeds.model.NeedType;
import org.highneeds.model.Phase;
import org.highneeds.model.Placement;
import org.highneeds.model.PlacementCategory;
import org.highneeds.model.Provision;
import org.highneeds.model.ProvisionKind;
import org.highneeds.model.Setting;
import org.highneeds.model.YearGroup;

/** A small synthetic local area (invented schools and children, the real DfE code of Barnet) and workspace project helpers. */
final class Areas {

    private static final HighNeedsFactory F = HighNeedsFactory.eINSTANCE;

    private Areas() {
    }

    /**
     * Barnet (302) with two settings and three placements; placement C0003 ends (2024-07-19) before it starts
     * (2024-09-02), which the validation rules must report.
     */
    static LocalAreaModel barnet() {
        LocalAreaModel area = F.createLocalAreaModel();
        area.setName("Barnet SEND planning 2025-26");
        LocalAuthority barnet = F.createLocalAuthority();
        barnet.setLaCode("302");
        barnet.setOnsCode("E09000003");
        barnet.setName("Barnet");
        barnet.setRegion("London");
        barnet.setLaType(LaType.LONDON_BOROUGH);
        area.getAuthorities().add(barnet);
        area.setLocalAuthority(barnet);

        Setting oak = F.createSetting();
        oak.setUrn("100001");
        oak.setName("Oak Park Primary School");
        oak.setProvisionCategory(PlacementCategory.MAINSTREAM_LA_MAINTAINED);
        oak.setPhase(Phase.PRIMARY);
        oak.setLowAge(3);
        oak.setHighAge(11);
        oak.setCapacity(420);
        oak.setOnRoll(410);
        oak.setLa(barnet);
        oak.getNeedTypes().add(NeedType.ASD);
        Provision base = F.createProvision();
        base.setCode("RP-OAK-ASD");
        base.setName("Oak Park ASD base");
        base.setKind(ProvisionKind.RESOURCED_PROVISION);
        base.setFullTimePlaces(14);
        oak.getProvisions().add(base);

        Setting acorn = F.createSetting();
        acorn.setUrn("135000");
        acorn.setName("Acorn Independent Special School");
        acorn.setProvisionCategory(PlacementCategory.SPECIAL_INDEPENDENT);
        acorn.setPhase(Phase.ALL_THROUGH);
        acorn.setLowAge(7);
        acorn.setHighAge(19);
        acorn.setCapacity(60);
        acorn.setOnRoll(52);
        acorn.getNeedTypes().add(NeedType.SEMH);
        area.getSettings().add(oak);
        area.getSettings().add(acorn);

        area.getPlacements().add(placement("C0001", acorn, NeedType.ASD, YearGroup.Y9, "2024-09-02", "2026-07-20", "62000.00"));
        Placement rp = placement("C0002", oak, NeedType.SLCN, YearGroup.Y2, "2023-09-04", null, "10000");
        rp.setProvision(base);
        area.getPlacements().add(rp);
        area.getPlacements().add(placement("C0003", acorn, NeedType.SEMH, YearGroup.Y7, "2024-09-02", "2024-07-19", "58000"));
        return area;
    }

    private static Placement placement(String child, Setting setting, NeedType need, YearGroup year, String start,
            String end, String fee) {
        Placement p = F.createPlacement();
        p.setChildRef(child);
        p.setSetting(setting);
        p.setPrimaryNeed(need);
        p.setYearGroup(year);
        p.setCategory(setting.getProvisionCategory());
        p.setStartDate(LocalDate.parse(start));
        if (end != null) {
            p.setEndDate(LocalDate.parse(end));
        }
        p.setAnnualFee(new BigDecimal(fee));
        p.setEducationShare(new BigDecimal("100"));
        p.setHealthShare(BigDecimal.ZERO);
        p.setSocialCareShare(BigDecimal.ZERO);
        return p;
    }

    /** Creates (or recreates) an open project in the workspace folder. */
    static IProject project(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        return project;
    }

    /** Writes a .project file by hand, as the command line does outside the workbench. */
    static void writeProjectFile(Path folder, String name) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(".project"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <projectDescription>
                	<name>%s</name>
                	<comment>Local area</comment>
                	<projects></projects>
                	<buildSpec></buildSpec>
                	<natures><nature>org.highneeds.area.nature</nature></natures>
                </projectDescription>
                """.formatted(name), StandardCharsets.UTF_8);
    }

    static ByteArrayInputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Refreshes a resource after writing it outside the workspace API. */
    static void refresh(IResource resource) throws CoreException {
        resource.refreshLocal(IResource.DEPTH_INFINITE, null);
    }
}
