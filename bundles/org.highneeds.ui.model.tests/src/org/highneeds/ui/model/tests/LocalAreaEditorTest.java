package org.highneeds.ui.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import java.time.Duration;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.highneeds.model.HighNeedsPackage;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.Placement;
import org.highneeds.model.edit.RegisterImportCommand;
import org.highneeds.model.persistence.AreaModelStore;
import org.highneeds.testing.ui.EventLoop;
import org.highneeds.testing.ui.Screenshots;
import org.highneeds.testing.ui.Widgets;
import org.highneeds.ui.model.ModelUi;
import org.highneeds.ui.model.internal.bridge.FeatureGroup;
import org.highneeds.ui.model.internal.bridge.ItemPropertyDescriptorAdapter;
import org.highneeds.ui.model.internal.bridge.ItemPropertySourceProvider;
import org.highneeds.ui.model.internal.editor.LocalAreaEditor;
import org.highneeds.ui.model.internal.editor.RegisterActions;
import org.highneeds.ui.model.internal.workspace.AreaProjectImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Local Area Editor in the running workbench: tree, properties, undo/redo, save, markers, Local Areas view. */
class LocalAreaEditorTest {

    private static final String END_BEFORE_START = "Placement 'C0003' at Acorn Independent Special School: the end date "
            + "2024-07-19 is before the start date 2024-09-02.";

    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    private final IWorkbenchPage page = window.getActivePage();

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    @Test
    void editsAreUndoableSavedAtomicallyAndValidated() throws Exception {
        PlatformUI.getWorkbench().showPerspective("org.highneeds.ui.perspective", window);
        // A commissioner's screen rather than the harness default; the pointer out of the way of tooltips.
        window.getShell().setBounds(0, 0, 1600, 1000);
        window.getShell().getDisplay().setCursorLocation(1590, 990);
        IProject project = Areas.project("Barnet-sample");
        IFile file = project.getFile("barnet.hnarea");
        Path path = file.getLocation().toFile().toPath();
        new AreaModelStore().save(Areas.barnet(), path, null);
        Areas.refresh(project);

        IEditorPart part = IDE.openEditor(page, file);
        LocalAreaEditor editor = assertInstanceOf(LocalAreaEditor.class, part);
        assertEquals(ModelUi.EDITOR_ID, editor.getEditorSite().getId());
        assertEquals(ModelUi.EDITOR_ID, IDE.getDefaultEditor(file).getId());
        LocalAreaModel area = editor.model();
        Placement c1 = area.getPlacements().get(0);
        Placement c3 = area.getPlacements().get(2);

        // The tree: the area with its LA, and a folder per list.
        Tree tree = editor.viewer().getTree();
        TreeItem root = tree.getItem(0);
        assertEquals("Barnet SEND planning 2025-26 (LA 302 Barnet)", root.getText());
        assertEquals(List.of("Local authorities (1)", "Settings (2)", "Placements (3)"),
                Arrays.stream(root.getItems()).map(TreeItem::getText).toList());

        // Validation on load: one error marker, naming the placement and the field, decorating the tree.
        IMarker[] markers = file.findMarkers(ModelUi.PROBLEM_MARKER, true, IResource.DEPTH_ZERO);
        assertEquals(1, markers.length, () -> Arrays.toString(markers));
        assertEquals(END_BEFORE_START, markers[0].getAttribute(IMarker.MESSAGE));
        assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));
        assertEquals("placement 'C0003' at Acorn Independent Special School - end date",
                markers[0].getAttribute(IMarker.LOCATION));
        assertEquals(IMarker.SEVERITY_ERROR, editor.validation().severity(c3));
        assertEquals(-1, editor.validation().severity(c1));
        assertEquals(IMarker.SEVERITY_ERROR, editor.validation().severity(area), "the area shows it holds a problem");
        assertEquals("2 settings \u00b7 3 placements \u00b7 0 contracts \u00b7 1 error, 0 warnings (see Problems)",
                editor.summary());

        // A property change through the Properties view's source is a command: dirty, undo, redo via the workbench.
        page.activate(editor);
        IPropertySource source = new ItemPropertySourceProvider(editor.adapterFactory(), editor.getEditingDomain())
                .getPropertySource(c1);
        Object fee = row(source, c1, HighNeedsPackage.Literals.PLACEMENT__ANNUAL_FEE);
        assertFalse(editor.isDirty());
        source.setPropertyValue(fee, new BigDecimal("64500"));
        EventLoop.processEvents(tree.getDisplay());
        assertTrue(editor.isDirty());
        assertEquals(new BigDecimal("64500"), c1.getAnnualFee());
        IHandlerService handlers = window.getService(IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        EventLoop.processEvents(tree.getDisplay());
        assertEquals(new BigDecimal("62000.00"), c1.getAnnualFee());
        assertFalse(editor.isDirty(), "undoing the only change leaves nothing to save");
        handlers.executeCommand("org.eclipse.ui.edit.redo", null);
        EventLoop.processEvents(tree.getDisplay());
        assertEquals(new BigDecimal("64500"), c1.getAnnualFee());
        assertTrue(editor.isDirty());
        IBindingService bindings = window.getService(IBindingService.class);
        assertTrue(Arrays.stream(bindings.getActiveBindingsFor("org.eclipse.ui.edit.redo")).map(TriggerSequence::format)
                .anyMatch("Ctrl+Y"::equals), "Ctrl+Y redoes");
        assertTrue(Arrays.stream(bindings.getActiveBindingsFor("org.eclipse.ui.edit.undo")).map(TriggerSequence::format)
                .anyMatch("Ctrl+Z"::equals), "Ctrl+Z undoes");

        // New child from the Placements folder's context menu, then Delete; both undoable.
        editor.viewer().setSelection(new StructuredSelection(
                new FeatureGroup(area, HighNeedsPackage.Literals.LOCAL_AREA_MODEL__PLACEMENTS)));
        MenuManager menu = new MenuManager();
        editor.fillContextMenu(menu);
        MenuManager newMenu = (MenuManager) menu.find("new");
        assertNotNull(newMenu, "the context menu offers New");
        List<String> offered = Arrays.stream(newMenu.getItems()).map(i -> ((ActionContributionItem) i).getAction().getText()).toList();
        assertEquals(List.of("Placement"), offered, "in the Placements folder only a placement can be added");
        ((ActionContributionItem) newMenu.getItems()[0]).getAction().run();
        EventLoop.processEvents(tree.getDisplay());
        assertEquals(4, area.getPlacements().size());
        assertEquals("Placements (4)", root.getItem(2).getText());
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        editor.viewer().setSelection(new StructuredSelection(area.getPlacements().get(1)));
        handlers.executeCommand("org.eclipse.ui.edit.delete", null);
        EventLoop.processEvents(tree.getDisplay());
        assertEquals(List.of("C0001", "C0003"), area.getPlacements().stream().map(Placement::getChildRef).toList());
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        EventLoop.processEvents(tree.getDisplay());
        assertEquals(List.of("C0001", "C0002", "C0003"), area.getPlacements().stream().map(Placement::getChildRef).toList());
        assertTrue(editor.isDirty(), "the fee change is still unsaved");

        // Save (Ctrl+S): written to disk, clean, markers rewritten (the invalid placement is still invalid).
        handlers.executeCommand("org.eclipse.ui.file.save", null);
        EventLoop.processEvents(tree.getDisplay());
        assertFalse(editor.isDirty());
        LocalAreaModel reloaded = new AreaModelStore().load(path, null).model();
        assertEquals(new BigDecimal("64500"), reloaded.getPlacements().get(0).getAnnualFee());
        assertEquals(3, reloaded.getPlacements().size());
        IMarker[] afterSave = file.findMarkers(ModelUi.PROBLEM_MARKER, true, IResource.DEPTH_ZERO);
        assertEquals(List.of(END_BEFORE_START), Arrays.stream(afterSave).map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList());
        assertTrue(Arrays.stream(file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO))
                .anyMatch(m -> END_BEFORE_START.equals(m.getAttribute(IMarker.MESSAGE, ""))),
                "the marker is a problem marker, so the Problems view lists it");

        // Going to the marker (double-click in Problems) selects the placement in the tree.
        editor.viewer().setSelection(new StructuredSelection(area));
        IDE.gotoMarker(editor, afterSave[0]);
        assertEquals(c3, editor.viewer().getStructuredSelection().getFirstElement());

        page.showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        EventLoop.waitUntil(tree.getDisplay(), Duration.ofSeconds(30), "the Problems view to list the error",
                () -> expandAll(problemsTree(window.getShell())));
        assertEquals(END_BEFORE_START, problemsTree(window.getShell()).getItem(0).getItem(0).getText());
        page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
        page.activate(editor);
        editor.viewer().setSelection(new StructuredSelection(c3), true);
        EventLoop.waitUntil(tree.getDisplay(), Duration.ofSeconds(30), "paint", () -> true);
        CommonNavigator areas = (CommonNavigator) page.showView(ModelUi.AREAS_VIEW_ID);
        areas.getCommonViewer().refresh();
        areas.getCommonViewer().expandToLevel(project, 1);
        page.activate(editor);
        Screenshots.save(window.getShell(), "local-area-editor.png");
    }

    @Test
    void aRegisterImportIsCheckedRowByRowAndUndoneInOneStep() throws Exception {
        IProject project = Areas.project("Barnet-register");
        IFile file = project.getFile("barnet.hnarea");
        new AreaModelStore().save(Areas.barnet(), file.getLocation().toFile().toPath(), null);
        Areas.refresh(project);
        LocalAreaEditor editor = assertInstanceOf(LocalAreaEditor.class, IDE.openEditor(page, file));
        LocalAreaModel area = editor.model();

        // The commissioners' copy: C0001's fee uplifted and a new placement C0004 at Acorn, written as a register.
        LocalAreaModel edited = org.eclipse.emf.ecore.util.EcoreUtil.copy(area);
        edited.getPlacements().get(0).setAnnualFee(new BigDecimal("64170.50"));
        Placement added = org.eclipse.emf.ecore.util.EcoreUtil.copy(edited.getPlacements().get(0));
        added.setChildRef("C0004");
        added.setStartDate(java.time.LocalDate.of(2025, 1, 6));
        added.setEndDate(null);
        edited.getPlacements().add(added);
        Path register = Files.createTempDirectory("register").resolve("barnet-register.xlsx");
        org.highneeds.model.register.RegisterExporter.export(edited, register, null);

        org.highneeds.model.register.RegisterImport checked =
                org.highneeds.model.register.RegisterImporter.read(register, area, null);
        assertEquals(List.of("Placements:4"), checked.rejectedRows().stream().map(r -> r.sheet() + ":" + r.row()).toList(),
                "C0003 (end before start) is rejected, the other rows are valid");
        assertTrue(RegisterActions.describe(checked).startsWith("3 rows are ready to apply; 1 row was rejected.\n\nError: sheet Placements, row 4"),
                RegisterActions.describe(checked));

        RegisterImportCommand command = RegisterActions.apply(editor, checked);
        EventLoop.processEvents(editor.viewer().getTree().getDisplay());
        assertEquals(new org.highneeds.model.register.RegisterImport.Applied(0, 0, 1, 2), command.applied());
        assertEquals(List.of("C0001", "C0002", "C0003", "C0004"), area.getPlacements().stream().map(Placement::getChildRef).toList());
        assertEquals(new BigDecimal("64170.5"), area.getPlacements().get(0).getAnnualFee());
        assertTrue(editor.isDirty());
        assertEquals("Placements (4)", editor.viewer().getTree().getItem(0).getItem(2).getText());

        page.activate(editor);
        IHandlerService handlers = window.getService(IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        EventLoop.processEvents(editor.viewer().getTree().getDisplay());
        assertEquals(List.of("C0001", "C0002", "C0003"), area.getPlacements().stream().map(Placement::getChildRef).toList(),
                "one Undo takes the whole import back");
        assertEquals(new BigDecimal("62000.00"), area.getPlacements().get(0).getAnnualFee());
        assertFalse(editor.isDirty());
        handlers.executeCommand("org.eclipse.ui.edit.redo", null);
        EventLoop.processEvents(editor.viewer().getTree().getDisplay());
        assertEquals(4, area.getPlacements().size());
    }

    @Test
    void fieldsFromANewerVersionAreReportedAndKept() throws Exception {
        IProject project = Areas.project("Barnet-sample-next");
        IFile file = project.getFile("barnet-next.xmi");
        Path path = file.getLocation().toFile().toPath();
        new AreaModelStore().save(Areas.barnet(), path, null);
        String xml = Files.readString(path);
        Files.writeString(path, xml.replaceFirst("name=\"Barnet SEND planning 2025-26\"",
                "name=\"Barnet SEND planning 2025-26\" forecastHorizon=\"2030\""));
        Areas.refresh(project);

        LocalAreaEditor editor = (LocalAreaEditor) IDE.openEditor(page, file, ModelUi.EDITOR_ID);
        assertEquals(1, editor.loadWarnings().size());
        String warning = editor.loadWarnings().get(0).message();
        assertTrue(warning.contains("'forecastHorizon'") && warning.contains("kept"), warning);
        Link banner = Widgets.find(editor.viewer().getControl().getParent(), Link.class);
        assertNotNull(banner, "the notes are shown above the tree");
        assertTrue(banner.getText().contains(warning), banner.getText());
        Screenshots.save(window.getShell(), "local-area-editor-load-notes.png");
        page.closeEditor(editor, false);
    }

    @Test
    void projectFoldersCreatedOutsideTheWorkbenchAreImportedAndListed() throws Exception {
        Path workspace = ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath();
        Path folder = workspace.resolve("LA-942-Cumberland");
        Areas.writeProjectFile(folder, "LA-942-Cumberland");
        LocalAreaModel cumberland = Areas.barnet();
        cumberland.setName("Cumberland SEND planning");
        cumberland.getLocalAuthority().setLaCode("942");
        cumberland.getLocalAuthority().setName("Cumberland");
        new AreaModelStore().save(cumberland, folder.resolve("cumberland.hnarea"), null);
        Areas.writeProjectFile(workspace.resolve("misnamed-folder"), "LA-999-Elsewhere");

        AreaProjectImporter.Result result = AreaProjectImporter.importNewProjects(ResourcesPlugin.getWorkspace(), null);
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("LA-942-Cumberland");
        assertEquals(List.of(project), result.imported());
        assertTrue(project.isOpen());
        assertTrue(result.status().toString().contains("misnamed-folder"), result.status().toString());
        assertTrue(project.getFile("cumberland.hnarea").exists());
        assertTrue(AreaProjectImporter.importNewProjects(ResourcesPlugin.getWorkspace(), null).imported().isEmpty(),
                "a second run finds nothing new");

        CommonNavigator view = (CommonNavigator) page.showView(ModelUi.AREAS_VIEW_ID);
        view.getCommonViewer().refresh();
        EventLoop.processEvents(window.getShell().getDisplay());
        List<String> listed = Arrays.stream(view.getCommonViewer().getTree().getItems()).map(TreeItem::getText).toList();
        assertTrue(listed.contains("LA-942-Cumberland"), listed.toString());
        TreeItem item = Arrays.stream(view.getCommonViewer().getTree().getItems())
                .filter(i -> i.getText().equals("LA-942-Cumberland")).findFirst().orElseThrow();
        assertNotNull(item.getImage(), "projects have the IDE's project icon");
        assertEquals(ModelUi.EDITOR_ID, IDE.getDefaultEditor(project.getFile("cumberland.hnarea")).getId());
    }

    private static Object row(IPropertySource source, Object object, Object feature) {
        for (IPropertyDescriptor d : source.getPropertyDescriptors()) {
            if (((ItemPropertyDescriptorAdapter) d).itemDescriptor().getFeature(object) == feature) {
                return d.getId();
            }
        }
        throw new AssertionError("no property row for " + feature);
    }

    /** The Problems view's tree: the one whose first column is "Description". */
    private static Tree problemsTree(Control control) {
        if (control instanceof Tree t && t.getColumnCount() > 0 && t.getColumn(0).getText().equals("Description")) {
            return t;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite c) {
            for (Control child : c.getChildren()) {
                Tree found = problemsTree(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Expands the Problems view's groups; true once it has the error listed. */
    private static boolean expandAll(Tree tree) {
        if (tree == null || tree.getItemCount() == 0) {
            return false;
        }
        for (TreeItem item : tree.getItems()) {
            Event event = new Event();
            event.item = item;
            tree.notifyListeners(SWT.Expand, event);
            item.setExpanded(true);
        }
        return tree.getItem(0).getItemCount() > 0 && !tree.getItem(0).getItem(0).getText().isEmpty();
    }
}
