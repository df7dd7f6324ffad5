package org.highneeds.ui.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource2;
import org.highneeds.model.HighNeedsPackage;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.NeedType;
import org.highneeds.model.Placement;
import org.highneeds.model.Setting;
import org.highneeds.model.edit.LabelledItemProviderAdapterFactory;
import org.highneeds.ui.model.internal.bridge.ChoiceCellEditor;
import org.highneeds.ui.model.internal.bridge.EmfImages;
import org.highneeds.ui.model.internal.bridge.FeatureGroup;
import org.highneeds.ui.model.internal.bridge.ItemContentProvider;
import org.highneeds.ui.model.internal.bridge.ItemLabelProvider;
import org.highneeds.ui.model.internal.bridge.ItemPropertyDescriptorAdapter;
import org.highneeds.ui.model.internal.bridge.ItemPropertySourceProvider;
import org.highneeds.ui.model.internal.bridge.ManyValuesCellEditor;
import org.highneeds.ui.model.internal.bridge.ValueCellEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The EMF.Edit-to-JFace bridge on its own: tree content, labels and icons, property sheet rows and cell editors. */
class BridgeTest {

    private ComposedAdapterFactory factory;
    private AdapterFactoryEditingDomain domain;
    private LocalAreaModel area;
    private Resource resource;
    private Shell shell;

    @BeforeEach
    void setUp() {
        factory = new ComposedAdapterFactory(List.of(new LabelledItemProviderAdapterFactory(),
                new ReflectiveItemProviderAdapterFactory()));
        domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), new ResourceSetImpl());
        area = Areas.barnet();
        resource = new ResourceImpl(URI.createURI("memory:/barnet.hnarea"));
        resource.getContents().add(area);
        domain.getResourceSet().getResources().add(resource);
        shell = new Shell(Display.getCurrent());
        shell.setSize(600, 500);
    }

    @AfterEach
    void tearDown() {
        shell.dispose();
        factory.dispose();
    }

    @Test
    void treeShowsTheAreaWithFoldersAndFollowsCommands() {
        TreeViewer viewer = new TreeViewer(shell);
        ItemContentProvider content = new ItemContentProvider(factory);
        viewer.setContentProvider(content);
        viewer.setLabelProvider(new ItemLabelProvider(factory));
        viewer.setInput(resource);
        viewer.expandAll();

        TreeItem root = viewer.getTree().getItem(0);
        assertEquals("Barnet SEND planning 2025-26 (LA 302 Barnet)", root.getText());
        assertEquals(List.of("Local authorities (1)", "Settings (2)", "Placements (3)"), texts(root.getItems()));
        TreeItem settings = root.getItem(1);
        assertEquals(List.of("Oak Park Primary School (URN 100001)", "Acorn Independent Special School (URN 135000)"),
                texts(settings.getItems()));
        assertEquals(List.of("Oak Park ASD base at Oak Park Primary School - 14 places"),
                texts(settings.getItem(0).getItems()));
        Placement first = area.getPlacements().get(0);
        assertEquals(new FeatureGroup(area, HighNeedsPackage.Literals.LOCAL_AREA_MODEL__PLACEMENTS), content.getParent(first));
        assertEquals(area, content.getParent(content.getParent(first)));

        // A new placement and a changed child reference reach the tree through the item providers' notifications.
        Placement added = org.highneeds.model.HighNeedsFactory.eINSTANCE.createPlacement();
        added.setChildRef("C0004");
        domain.getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(domain, area,
                HighNeedsPackage.Literals.LOCAL_AREA_MODEL__PLACEMENTS, added));
        domain.getCommandStack().execute(SetCommand.create(domain, first, HighNeedsPackage.Literals.PLACEMENT__CHILD_REF, "C0101"));
        content.flush();
        viewer.expandAll();
        TreeItem placements = viewer.getTree().getItem(0).getItem(2);
        assertEquals("Placements (4)", placements.getText());
        assertEquals("C0101 - Acorn Independent Special School (ASD)", placements.getItem(0).getText());
        assertEquals("C0004 - no setting (need not recorded)", placements.getItem(3).getText());

        domain.getCommandStack().undo();
        domain.getCommandStack().undo();
        content.flush();
        assertEquals("Placements (3)", viewer.getTree().getItem(0).getItem(2).getText());
    }

    @Test
    void iconsComeFromTheItemProvidersWithProblemOverlays() throws Exception {
        ItemLabelProvider labels = new ItemLabelProvider(factory);
        Placement bad = area.getPlacements().get(2);
        labels.setProblems(element -> element == bad ? IMarker.SEVERITY_ERROR : ItemLabelProvider.NONE);
        Image plain = labels.getImage(area.getPlacements().get(0));
        Image flagged = labels.getImage(bad);
        assertNotNull(plain);
        assertEquals(16, plain.getBounds().width);
        assertNotSame(plain, flagged, "an invalid placement gets the error overlay");
        Image folder = labels.getImage(new FeatureGroup(area, HighNeedsPackage.Literals.LOCAL_AREA_MODEL__SETTINGS));
        assertNotNull(folder, "a folder shows the icon of what it lists");

        URL url = LabelledItemProviderAdapterFactory.class.getResource("/icons/full/obj16/Placement.gif");
        assertNotNull(url);
        ImageDescriptor fromUrl = EmfImages.descriptor(url);
        ComposedImage composed = new ComposedImage(List.of(url, LabelledItemProviderAdapterFactory.class
                .getResource("/icons/full/obj16/Setting.gif")));
        Image layered = EmfImages.descriptor(composed).createImage();
        try {
            assertEquals(16, layered.getBounds().height);
            assertNotNull(fromUrl.getImageData(100));
            assertNull(EmfImages.descriptor("not an image"));
        } finally {
            layered.dispose();
            labels.dispose();
        }
    }

    @Test
    void propertyRowsShowValuesAndOfferTheRightEditors() {
        Placement bad = area.getPlacements().get(2);
        IPropertySource2 source = (IPropertySource2) new ItemPropertySourceProvider(factory, domain).getPropertySource(bad);
        ItemPropertyDescriptorAdapter fee = row(source, bad, HighNeedsPackage.Literals.PLACEMENT__ANNUAL_FEE);
        ItemPropertyDescriptorAdapter end = row(source, bad, HighNeedsPackage.Literals.PLACEMENT__END_DATE);
        ItemPropertyDescriptorAdapter setting = row(source, bad, HighNeedsPackage.Literals.PLACEMENT__SETTING);
        ItemPropertyDescriptorAdapter need = row(source, bad, HighNeedsPackage.Literals.PLACEMENT__PRIMARY_NEED);
        ItemPropertyDescriptorAdapter outOfArea = row(source, bad, HighNeedsPackage.Literals.PLACEMENT__OUT_OF_AREA);

        assertEquals("Annual fee", fee.getDisplayName());
        assertEquals("Placing LA", row(source, bad, HighNeedsPackage.Literals.PLACEMENT__PLACING_LA).getDisplayName());
        assertEquals("£58,000", fee.getLabelProvider().getText(source.getPropertyValue(fee.getId())));
        assertEquals("SEMH - Social, emotional and mental health",
                need.getLabelProvider().getText(source.getPropertyValue(need.getId())));
        ItemPropertyDescriptorAdapter category = row(source, bad, HighNeedsPackage.Literals.PLACEMENT__CATEGORY);
        assertEquals("Independent special school", category.getLabelProvider().getText(source.getPropertyValue(category.getId())));
        ItemPropertyDescriptorAdapter share = row(source, bad, HighNeedsPackage.Literals.PLACEMENT__EDUCATION_SHARE);
        assertEquals("100%", share.getLabelProvider().getText(source.getPropertyValue(share.getId())));
        assertEquals(new BigDecimal("58000"), source.getPropertyValue(fee.getId()));
        assertEquals("Acorn Independent Special School (URN 135000)",
                setting.getLabelProvider().getText(source.getPropertyValue(setting.getId())));
        assertEquals("No", outOfArea.getLabelProvider().getText(source.getPropertyValue(outOfArea.getId())));
        assertEquals("2024-07-19", end.getLabelProvider().getText(source.getPropertyValue(end.getId())));

        CellEditor feeEditor = fee.createPropertyEditor(shell);
        assertInstanceOf(ValueCellEditor.class, feeEditor);
        feeEditor.setValue(new BigDecimal("58000"));
        assertTrue(feeEditor.isValueValid());
        ValueCellEditor endEditor = (ValueCellEditor) end.createPropertyEditor(shell);
        assertEquals(LocalDate.of(2025, 7, 18), endEditor.parse("2025-07-18"));
        assertEquals("End date: enter a date as 2025-09-01, not '18/07/2025'.",
                endEditor.getValidator().isValid("18/07/2025"));
        assertEquals("Annual fee: enter a number such as 1250.50, not 'lots'.", feeEditor.getValidator().isValid("lots"));

        ChoiceCellEditor settings = (ChoiceCellEditor) setting.createPropertyEditor(shell);
        assertEquals(Arrays.asList(null, area.getSettings().get(0), area.getSettings().get(1)), settings.values());
        assertEquals(List.of(ItemPropertyDescriptorAdapter.NOT_SET, "Oak Park Primary School (URN 100001)",
                "Acorn Independent Special School (URN 135000)"), List.of(settings.getItems()));
        ChoiceCellEditor needs = (ChoiceCellEditor) need.createPropertyEditor(shell);
        assertEquals(null, needs.values().get(0), "an unsettable need can be cleared");
        assertEquals(NeedType.values().length + 1, needs.values().size());
        ChoiceCellEditor yesNo = (ChoiceCellEditor) outOfArea.createPropertyEditor(shell);
        assertEquals(List.of("Yes", "No"), List.of(yesNo.getItems()));

        Setting acorn = area.getSettings().get(1);
        IPropertySource2 settingSource = (IPropertySource2) new ItemPropertySourceProvider(factory, domain).getPropertySource(acorn);
        ItemPropertyDescriptorAdapter needTypes = row(settingSource, acorn, HighNeedsPackage.Literals.SETTING__NEED_TYPES);
        assertInstanceOf(ManyValuesCellEditor.class, needTypes.createPropertyEditor(shell));
        settingSource.setPropertyValue(needTypes.getId(), List.of(NeedType.ASD, NeedType.SEMH));
        assertEquals(List.of(NeedType.ASD, NeedType.SEMH), acorn.getNeedTypes());
        domain.getCommandStack().undo();
        assertEquals(List.of(NeedType.SEMH), acorn.getNeedTypes());
    }

    @Test
    void everyChangeIsAnUndoableCommand() {
        Placement bad = area.getPlacements().get(2);
        IPropertySource2 source = (IPropertySource2) new ItemPropertySourceProvider(factory, domain).getPropertySource(bad);
        Object fee = row(source, bad, HighNeedsPackage.Literals.PLACEMENT__ANNUAL_FEE).getId();
        Object end = row(source, bad, HighNeedsPackage.Literals.PLACEMENT__END_DATE).getId();
        Object need = row(source, bad, HighNeedsPackage.Literals.PLACEMENT__PRIMARY_NEED).getId();

        source.setPropertyValue(fee, new BigDecimal("61250.50"));
        source.setPropertyValue(end, LocalDate.of(2027, 7, 16));
        source.setPropertyValue(need, null);
        assertEquals(new BigDecimal("61250.50"), bad.getAnnualFee());
        assertEquals(LocalDate.of(2027, 7, 16), bad.getEndDate());
        assertFalse(bad.isSetPrimaryNeed(), "choosing '(not recorded)' unsets the need");

        // Setting the same value again is no change and adds no command.
        source.setPropertyValue(fee, new BigDecimal("61250.50"));
        domain.getCommandStack().undo();
        assertTrue(bad.isSetPrimaryNeed());
        assertEquals(NeedType.SEMH, bad.getPrimaryNeed());
        domain.getCommandStack().undo();
        assertEquals(LocalDate.of(2024, 7, 19), bad.getEndDate());
        domain.getCommandStack().undo();
        assertEquals(new BigDecimal("58000"), bad.getAnnualFee());
        assertFalse(domain.getCommandStack().canUndo());
        domain.getCommandStack().redo();
        assertEquals(new BigDecimal("61250.50"), bad.getAnnualFee());

        source.resetPropertyValue(end);
        assertNull(bad.getEndDate());
        domain.getCommandStack().undo();
        assertEquals(LocalDate.of(2024, 7, 19), bad.getEndDate());
    }

    private static ItemPropertyDescriptorAdapter row(IPropertySource2 source, EObject object, EStructuralFeature feature) {
        for (IPropertyDescriptor d : source.getPropertyDescriptors()) {
            ItemPropertyDescriptorAdapter adapter = (ItemPropertyDescriptorAdapter) d;
            if (adapter.itemDescriptor().getFeature(object) == feature) {
                return adapter;
            }
        }
        throw new AssertionError("no property row for " + feature.getName());
    }

    private static List<String> texts(TreeItem[] items) {
        return Arrays.stream(items).map(TreeItem::getText).toList();
    }
}
