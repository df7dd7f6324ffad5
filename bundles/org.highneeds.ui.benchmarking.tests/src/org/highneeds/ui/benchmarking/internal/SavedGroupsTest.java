package org.highneeds.ui.benchmarking.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.highneeds.analysis.AnalysisException;
import org.highneeds.analysis.BenchmarkEngine;
import org.highneeds.analysis.BenchmarkFormat;
import org.highneeds.analysis.BenchmarkRequest;
import org.highneeds.analysis.BenchmarkRow;
import org.highneeds.analysis.BenchmarkTable;
import org.highneeds.analysis.ComparatorGroups;
import org.highneeds.analysis.LaInfo;
import org.highneeds.model.ComparatorKind;
import org.highneeds.model.ComparatorMember;
import org.highneeds.model.ComparatorSet;
import org.highneeds.model.HighNeedsFactory;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.LocalAuthority;
import org.highneeds.model.persistence.AreaModelStore;
import org.highneeds.testing.ui.Screenshots;
import org.highneeds.ui.parts.SavedGroups;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.highneeds.data.Services;

/**
 * Comparator groups saved in a local area of the workspace: offered in the Benchmarking view, benchmarked as the
 * engine does, and the typed LA codes saved back into the area file.
 */
class SavedGroupsTest {

    private static final String LABEL = "Our peer group (Peer Area)";

    @BeforeAll
    static void importRealData() throws Exception {
        UiTesting.importRealData();
    }

    @Test
    void benchmarksAgainstAGroupSavedInAnAreaAndSavesTypedCodesAsAGroup() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Shell shell = window.getShell();
        Display display = shell.getDisplay();
        shell.setBounds(0, 0, 1600, 1000);
        IWorkbenchPage page = window.getActivePage();
        PlatformUI.getWorkbench().showPerspective("org.highneeds.ui.perspective", window);
        BenchmarkingView view = (BenchmarkingView) page.showView(BenchmarkingView.ID);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiTesting.waitUntil(display, "the LAs and indicators", view::ready);
        BenchmarkEngine engine = Services.get(BenchmarkEngine.class);
        ComparatorGroups groups = engine.comparators();

        // an area project whose file holds the custom set "Our peer group": Bexley, Brent, Harrow, in that order
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Peer Area");
        if (!project.exists()) project.create(null);
        project.open(null);
        IFile file = project.getFile("peer.hnarea");
        Path path = project.getLocation().toFile().toPath().resolve("peer.hnarea");
        LocalAreaModel model = HighNeedsFactory.eINSTANCE.createLocalAreaModel();
        model.setName("Peer Area");
        ComparatorSet set = HighNeedsFactory.eINSTANCE.createComparatorSet();
        set.setName("Our peer group");
        set.setKind(ComparatorKind.CUSTOM);
        for (String code : List.of("303", "304", "310")) {
            LocalAuthority la = HighNeedsFactory.eINSTANCE.createLocalAuthority();
            la.setLaCode(code);
            la.setName(groups.la(code).name());
            model.getAuthorities().add(la);
            ComparatorMember member = HighNeedsFactory.eINSTANCE.createComparatorMember();
            member.setAuthority(la);
            set.getMembers().add(member);
        }
        model.getComparatorSets().add(set);
        new AreaModelStore().save(model, path, null);
        file.refreshLocal(IResource.DEPTH_ZERO, null);

        // the resource listener lists it after the built-in choices
        UiTesting.waitUntil(display, "the saved group in the drop-down",
                () -> view.groupPicker().saved().stream().anyMatch(s -> s.label().equals(LABEL)));

        view.showSaved("302", "ehcp_count", 2019, 2022, LABEL);
        view.job().join();
        UiTesting.waitUntil(display, "the benchmark against the saved group",
                () -> view.shownTable() != null && view.shownTable().group().name().equals("Our peer group"));
        Table table = view.viewer().getTable();
        List<String> firstColumn = Arrays.stream(table.getItems()).map(i -> i.getText(0)).toList();
        assertEquals(List.of("302 Barnet", "303 Bexley", "304 Brent", "310 Harrow", "Group mean", "England"), firstColumn);

        // the engine's own answer for the set read back from the file
        ComparatorSet fromFile = new AreaModelStore().load(path, null).model().getComparatorSets().get(0);
        BenchmarkTable expected = engine.benchmark(new BenchmarkRequest("302", "ehcp_count", 2019, 2022, groups.of(fromFile)));
        assertEquals(List.of("303", "304", "310"), expected.group().memberCodes());
        var unit = expected.indicator().unit();
        for (String period : List.of("Jan 2019", "Jan 2022")) {
            int col = column(table, period);
            int year = Integer.parseInt(period.substring(4));
            for (int i = 0; i < expected.rows().size(); i++) {
                BenchmarkRow row = expected.rows().get(i);
                assertEquals(BenchmarkFormat.value(row.cell(year).value(), unit), table.getItem(i).getText(col),
                        row.name() + " " + period);
            }
        }
        // Barnet had 3,211 EHC plans in January 2022 (SEN2 2025 release, caseload.csv); England 473,255
        assertEquals("3,211", table.getItem(0).getText(column(table, "Jan 2022")));
        assertEquals("473,255", table.getItem(5).getText(column(table, "Jan 2022")));
        Screenshots.save(shell, "benchmarking-saved-group.png");

        // unknown codes are named and nothing is saved
        AnalysisException unknown = assertThrows(AnalysisException.class,
                () -> GroupSaver.validate(groups, GroupSaver.codes("303, 999, 304")));
        assertTrue(unknown.getMessage().contains("999"), unknown.getMessage());
        assertTrue(!unknown.getMessage().contains("303"), unknown.getMessage());

        // Save as group: typed codes into the area file, in order, then offered and picked
        List<LaInfo> typed = GroupSaver.validate(groups, GroupSaver.codes("306, 305 ,307"));
        SaveGroupDialog dialog = new SaveGroupDialog(shell, SavedGroups.areas(), typed);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Screenshots.save(dialog.getShell(), "save-as-group-dialog.png");
            assertTrue(dialog.getMessage().endsWith("3 LAs: 306 Croydon, 305 " + groups.la("305").name() + ", 307 "
                    + groups.la("307").name()), dialog.getMessage());
            assertTrue(!dialog.canFinish(), "OK waits for a name");
        } finally {
            dialog.close();
        }
        assertNull(view.saveGroup(file, "Typed group", typed));
        LocalAreaModel reread = new AreaModelStore().load(path, null).model();
        assertEquals(2, reread.getComparatorSets().size());
        ComparatorSet saved = reread.getComparatorSets().get(1);
        assertEquals("Typed group", saved.getName());
        assertEquals(ComparatorKind.CUSTOM, saved.getKind());
        assertEquals(List.of("306", "305", "307"), saved.getMembers().stream().map(m -> m.getAuthority().getLaCode()).toList());
        assertEquals(3, saved.getMembers().size());
        assertEquals(groups.la("306").name(), saved.getMembers().get(0).getAuthority().getName());
        assertEquals(6, reread.getAuthorities().size(), "303, 304, 310 kept once; 305, 306, 307 added");
        UiTesting.waitUntil(display, "the new group computed", () -> view.shownTable() != null
                && view.shownTable().group().name().equals("Typed group"));
        assertTrue(view.groupPicker().saved().stream().anyMatch(s -> s.label().equals("Typed group (Peer Area)")));
        assertEquals(List.of("302 Barnet", "306 Croydon", "305 " + groups.la("305").name(), "307 " + groups.la("307").name(),
                "Group mean", "England"), Arrays.stream(table.getItems()).map(i -> i.getText(0)).toList());
        // the same name twice is refused, the file unchanged
        assertTrue(view.saveGroup(file, "typed group", typed).contains("already has"));
        assertEquals(2, new AreaModelStore().load(path, null).model().getComparatorSets().size());
        Screenshots.save(shell, "benchmarking-saved-typed-group.png");

        // with the area open in the Local Area Editor the set goes through its command stack: undoable, file unchanged
        IEditorPart editor = IDE.openEditor(page, file, "org.highneeds.ui.model.editor");
        EditingDomain domain = editor.getAdapter(EditingDomain.class);
        assertNotNull(domain);
        assertNull(view.saveGroup(file, "Editor group", typed));
        assertTrue(editor.isDirty());
        LocalAreaModel inEditor = (LocalAreaModel) domain.getResourceSet().getResources().get(0).getContents().get(0);
        assertEquals(List.of("Our peer group", "Typed group", "Editor group"),
                inEditor.getComparatorSets().stream().map(ComparatorSet::getName).toList());
        assertEquals(2, new AreaModelStore().load(path, null).model().getComparatorSets().size(), "not saved yet");
        assertEquals("Save comparator group Editor group", domain.getCommandStack().getUndoCommand().getLabel());
        domain.getCommandStack().undo();
        assertEquals(2, inEditor.getComparatorSets().size());
        assertTrue(!editor.isDirty());
        page.closeEditor(editor, false);

        // the LA Profile view offers the same saved groups for its group means
        LaProfileView profile = (LaProfileView) page.showView(LaProfileView.ID);
        page.setPartState(page.getReference(profile), IWorkbenchPage.STATE_MAXIMIZED);
        UiTesting.waitUntil(display, "the LAs in the profile", profile::ready);
        profile.showSaved("302", LABEL);
        profile.job().join();
        UiTesting.waitUntil(display, "the profile against the saved group", () -> profile.shownProfile() != null
                && profile.shownProfile().group().name().equals("Our peer group"));
        assertEquals(List.of("303", "304", "310"), profile.shownProfile().group().memberCodes());
        Screenshots.save(shell, "la-profile-saved-group.png");
    }

    private static int column(Table table, String title) {
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (table.getColumn(i).getText().equals(title)) return i;
        }
        throw new AssertionError("no column " + title);
    }
}
