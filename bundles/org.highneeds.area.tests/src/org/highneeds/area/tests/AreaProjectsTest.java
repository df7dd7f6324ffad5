package org.highneeds.area.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.highneeds.area.AreaMaterialiser;
import org.highneeds.area.AreaProjects;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.persistence.AreaModelStore;
import org.highneeds.model.persistence.LoadResult;
import org.highneeds.testing.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Materialised areas saved as workspace projects: a .project the workbench opens and a model file that loads. */
class AreaProjectsTest {

    @TempDir
    Path workspace;

    @Test
    void createWritesAProjectWhoseModelLoadsAndRefusesToOverwriteIt() throws Exception {
        LocalAreaModel area;
        try (TestWorkspace db = TestWorkspace.with(workspace, "ehcp-sen2-2025/caseload.csv",
                "statistical-neighbours/sn_may_2025.xlsx", "statistical-neighbours/la_code_list.xlsx")) {
            area = new AreaMaterialiser(db.connection()).materialise("302", new NullProgressMonitor()).model();
        }
        assertEquals("LA-302-Barnet", AreaProjects.projectName(area));
        LocalAreaModel copy = EcoreUtil.copy(area);

        Path file = AreaProjects.create(workspace, area);
        assertEquals(workspace.resolve("LA-302-Barnet").resolve("LA-302-Barnet.hnarea"), file);
        Document project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(workspace.resolve("LA-302-Barnet/.project").toFile());
        assertEquals("projectDescription", project.getDocumentElement().getTagName());
        assertEquals("LA-302-Barnet", project.getElementsByTagName("name").item(0).getTextContent());
        assertEquals("org.highneeds.area.nature", project.getElementsByTagName("nature").item(0).getTextContent());
        assertEquals(List.of(".project", ".settings", "LA-302-Barnet.hnarea"), list(workspace.resolve("LA-302-Barnet")));

        // kept for review: what a materialised area file looks like
        Files.copy(file, Files.createDirectories(Path.of("target", "areas")).resolve(file.getFileName()),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        LoadResult loaded = new AreaModelStore().load(file, new NullProgressMonitor());
        assertEquals(List.of(), loaded.warnings());
        assertTrue(EcoreUtil.equals(copy, loaded.model()), "the loaded model equals the materialised one");
        assertEquals(4320, loaded.model().getEhcpCohorts().get(0).getCount());
        assertEquals(10, loaded.model().getComparatorSets().get(0).getMembers().size());

        byte[] before = Files.readAllBytes(file);
        FileAlreadyExistsException refused = assertThrows(FileAlreadyExistsException.class,
                () -> AreaProjects.create(workspace, copy));
        assertTrue(refused.getMessage().contains("the local area project LA-302-Barnet already exists"), refused.getMessage());
        assertEquals(List.of(".project", ".settings", "LA-302-Barnet.hnarea"), list(workspace.resolve("LA-302-Barnet")));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the existing model file is unchanged");
    }

    @Test
    void projectNamesAreSafeFolderNames() {
        LocalAreaModel area = org.highneeds.model.HighNeedsFactory.eINSTANCE.createLocalAreaModel();
        org.highneeds.model.LocalAuthority la = org.highneeds.model.HighNeedsFactory.eINSTANCE.createLocalAuthority();
        la.setLaCode("839");
        la.setName("Bournemouth, Christchurch and Poole");
        area.setLocalAuthority(la);
        assertEquals("LA-839-Bournemouth-Christchurch-and-Poole", AreaProjects.projectName(area));
        la.setName("St. Helens");
        la.setLaCode("342");
        assertEquals("LA-342-St-Helens", AreaProjects.projectName(area));
    }

    private static List<String> list(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
