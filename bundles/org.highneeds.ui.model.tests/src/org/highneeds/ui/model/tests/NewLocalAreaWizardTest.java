package org.highneeds.ui.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.highneeds.area.AreaProjects;
import org.highneeds.data.MyLocalAuthority;
import org.highneeds.data.imports.ImportResult;
import org.highneeds.model.ComparatorKind;
import org.highneeds.model.ComparatorSet;
import org.highneeds.model.EhcpCohort;
import org.highneeds.model.HighNeedsPackage;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.testing.ImportHarness;
import org.highneeds.testing.SharedData;
import org.highneeds.testing.ui.EventLoop;
import org.highneeds.testing.ui.Screenshots;
import org.highneeds.testing.ui.Widgets;
import org.highneeds.ui.model.ModelUi;
import org.highneeds.ui.model.internal.bridge.FeatureGroup;
import org.highneeds.ui.model.internal.editor.LocalAreaEditor;
import org.highneeds.ui.model.internal.wizard.Authority;
import org.highneeds.ui.model.internal.wizard.NewLocalAreaWizard;
import org.junit.jupiter.api.Test;
import org.highneeds.data.Services;
import org.highneeds.data.WorkspaceDatabaseService;

/** File > New Local Area on the real published files: pick Barnet, materialise it, get the project and the editor. */
class NewLocalAreaWizardTest {

    @Test
    void barnetIsBuiltFromTheNationalDataIntoAProjectAndOpened() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        window.getShell().setBounds(0, 0, 1600, 1000);
        try (Connection c = Services.get(WorkspaceDatabaseService.class).database().connect()) {
            List<Path> files = List.of(SharedData.path("statistical-neighbours/la_code_list.xlsx"),
                    SharedData.path("statistical-neighbours/sn_may_2025.xlsx"), SharedData.path("ehcp-sen2-2025/caseload.csv"),
                    SharedData.path("ehcp-sen2-2025/sen_needs_all_plans.csv"));
            for (ImportResult r : ImportHarness.importFiles(c, files)) {
                assertTrue(r.status() == ImportResult.Status.IMPORTED || r.status() == ImportResult.Status.UNCHANGED,
                        r.describe());
            }
        }

        NewLocalAreaWizard wizard = new NewLocalAreaWizard();
        WizardDialog dialog = open(window, wizard);
        try {
            assertFalse(wizard.canFinish(), "nothing chosen yet");
            assertTrue(wizard.page().shown().size() > 150, "every current LA is offered: " + wizard.page().shown().size());
            wizard.page().setFilter("barn");
            assertEquals(List.of(new Authority("302", "Barnet", "Outer London"),
                    new Authority("370", "Barnsley", "Yorkshire and The Humber")), wizard.page().shown());
            assertFalse(wizard.canFinish(), "two matches: the user chooses");
            wizard.page().setFilter("302");
            List<Authority> shown = wizard.page().shown();
            assertEquals(List.of(new Authority("302", "Barnet", "Outer London")), shown);
            assertEquals(shown.get(0), wizard.page().selected(), "the exact code is chosen");
            assertTrue(wizard.canFinish());
            assertEquals("The area will be created as project LA-302-Barnet.", wizard.page().getMessage());
            Screenshots.save(dialog.getShell(), "new-local-area-wizard.png");
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }

        wizard.job().join();
        assertTrue(wizard.job().getResult().isOK(), wizard.job().getResult().toString());
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("LA-302-Barnet");
        assertTrue(project.isOpen());
        assertTrue(project.getDescription().hasNature(AreaProjects.NATURE_ID));
        EventLoop.waitUntil(window.getShell().getDisplay(), Duration.ofSeconds(30), "the new area's editor",
                () -> page.getActiveEditor() instanceof LocalAreaEditor e && e.getEditorInput().getName().equals("LA-302-Barnet.hnarea"));
        LocalAreaEditor editor = (LocalAreaEditor) page.getActiveEditor();
        assertEquals(ModelUi.EDITOR_ID, editor.getEditorSite().getId());

        LocalAreaModel area = editor.model();
        // caseload.csv, 2024/25, Barnet, all EHC plans: 4,320 (SEN2, January 2025)
        EhcpCohort total = area.getEhcpCohorts().stream()
                .filter(x -> !x.isSetPlacementCategory() && !x.isSetPrimaryNeed()).findFirst().orElseThrow();
        assertEquals(4320, total.getCount());
        assertTrue(editor.summary().startsWith("4,320 EHC plans (2025) \u00b7 0 settings \u00b7 0 placements"), editor.summary());
        // sn_may_2025.xlsx: Barnet's closest statistical neighbour is Waltham Forest, ten in all
        ComparatorSet neighbours = area.getComparatorSets().stream()
                .filter(s -> s.getKind() == ComparatorKind.STATISTICAL_NEIGHBOURS).findFirst().orElseThrow();
        assertEquals(10, neighbours.getMembers().size());
        assertEquals("Waltham Forest", neighbours.getMembers().get(0).getAuthority().getName());

        TreeItem root = editor.viewer().getTree().getItem(0);
        assertEquals("Barnet (LA 302 Barnet)", root.getText());
        List<String> folders = Arrays.stream(root.getItems()).map(TreeItem::getText).toList();
        assertTrue(folders.contains("Comparator sets (3)"), folders.toString());
        assertTrue(folders.stream().anyMatch(f -> f.startsWith("EHCP cohorts (")), folders.toString());
        TreeItem sets = Arrays.stream(root.getItems()).filter(i -> i.getText().equals("Comparator sets (3)")).findFirst().orElseThrow();
        editor.viewer().expandToLevel(new FeatureGroup(area, HighNeedsPackage.Literals.LOCAL_AREA_MODEL__COMPARATOR_SETS), 1);
        assertEquals("Statistical neighbours (May 2025)", sets.getItem(0).getText());

        // GIAS was not imported: the editor says what was missing.
        Link notes = Widgets.find(editor.viewer().getControl().getParent(), Link.class);
        assertNotNull(notes, "the missing data is listed above the tree");
        assertTrue(notes.getText().contains("GIAS"), notes.getText());
        editor.viewer().collapseAll();
        editor.viewer().expandToLevel(2);
        editor.viewer().expandToLevel(new FeatureGroup(area, HighNeedsPackage.Literals.LOCAL_AREA_MODEL__COMPARATOR_SETS), 2);
        editor.viewer().expandToLevel(new FeatureGroup(area, HighNeedsPackage.Literals.LOCAL_AREA_MODEL__EHCP_COHORTS), 1);
        editor.viewer().setSelection(new StructuredSelection(neighbours), true);
        page.showView(ModelUi.AREAS_VIEW_ID);
        page.activate(editor);
        Screenshots.save(window.getShell(), "new-local-area-barnet.png");
    }

    @Test
    void myLaIsChosenWhenTheWizardOpens() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        try (Connection c = Services.get(WorkspaceDatabaseService.class).database().connect()) {
            ImportHarness.importFiles(c, List.of(SharedData.path("statistical-neighbours/la_code_list.xlsx")));
        }
        MyLocalAuthority.set("370");
        NewLocalAreaWizard wizard = new NewLocalAreaWizard();
        WizardDialog dialog = open(window, wizard);
        try {
            assertEquals(new Authority("370", "Barnsley", "Yorkshire and The Humber"), wizard.page().selected());
            assertTrue(wizard.page().shown().size() > 150, "the others are still offered");
            assertTrue(wizard.canFinish());
        } finally {
            dialog.close();
            MyLocalAuthority.set(null);
        }
    }

    /** The wizard in its dialog, open without waiting for it to close. */
    private static WizardDialog open(IWorkbenchWindow window, NewLocalAreaWizard wizard) {
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }
}
