package org.highneeds.ui.model.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.edit.LabelledItemProviderAdapterFactory;
import org.highneeds.model.edit.ModelLabels;
import org.highneeds.model.persistence.AreaModelException;
import org.highneeds.model.persistence.AreaModelStore;
import org.highneeds.model.persistence.LoadResult;
import org.highneeds.model.persistence.LoadWarning;
import org.highneeds.ui.model.ModelUi;
import org.highneeds.ui.model.internal.bridge.FeatureGroup;
import org.highneeds.ui.model.internal.bridge.ItemContentProvider;
import org.highneeds.ui.model.internal.bridge.ItemLabelProvider;
import org.highneeds.ui.model.internal.bridge.ItemPropertySourceProvider;

/**
 * The Local Area Editor: the tree of one local area model (settings, placements, contracts...) with its properties in
 * the Properties view. Every change is an EMF command (undo/redo), Save writes the file atomically, and the
 * validation rules run on load, on save and on demand, as problem markers and as decorations in the tree.
 */
public class LocalAreaEditor extends EditorPart implements IEditingDomainProvider, IGotoMarker {

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(List.of(
            new LabelledItemProviderAdapterFactory(), new ResourceItemProviderAdapterFactory(),
            new ReflectiveItemProviderAdapterFactory()));
    private final AreaModelStore store = new AreaModelStore(ModelLabels.INSTANCE);
    private final BasicCommandStack commandStack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack,
            store.getResourceSet());
    private final ValidationMarkers validation = new ValidationMarkers();

    private Path path;
    private LoadResult loaded;
    private Composite body;
    private TreeViewer viewer;
    private ItemContentProvider contentProvider;
    private ItemLabelProvider labelProvider;
    private Label summary;
    private PropertySheetPage propertySheetPage;
    private CommandStackListener stackListener;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        path = pathOf(input);
        if (path == null) {
            throw new PartInitException("The Local Area Editor opens local files only, not " + input.getName() + ".");
        }
        try {
            loaded = store.load(path, null);
        } catch (AreaModelException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        store.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        setPartName(input.getName());
        stackListener = this::commandStackChanged;
        commandStack.addCommandStackListener(stackListener);
    }

    private static Path pathOf(IEditorInput input) {
        if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
            return fileInput.getFile().getLocation().toFile().toPath();
        }
        if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
            return Path.of(uriInput.getURI());
        }
        return null;
    }

    @Override
    public void createPartControl(Composite parent) {
        body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(body);

        Composite header = new Composite(body, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(1).margins(8, 6).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        Label title = new Label(header, SWT.NONE);
        title.setFont(JFaceResources.getHeaderFont());
        title.setText(areaTitle());
        summary = new Label(header, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

        if (!loaded.warnings().isEmpty()) {
            createWarningBanner(body, loaded.warnings());
        }

        viewer = new TreeViewer(body, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        contentProvider = new ItemContentProvider(adapterFactory);
        labelProvider = new ItemLabelProvider(adapterFactory);
        labelProvider.setProblems(element -> element instanceof EObject o ? validation.severity(o)
                : element instanceof FeatureGroup g ? groupSeverity(g) : ItemLabelProvider.NONE);
        viewer.setContentProvider(contentProvider);
        viewer.setLabelProvider(labelProvider);
        viewer.setUseHashlookup(true);
        viewer.setInput(loaded.resource());
        viewer.expandToLevel(2);
        viewer.setSelection(new StructuredSelection(loaded.model()), true);
        viewer.addDoubleClickListener(event -> {
            Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (element != null && viewer.isExpandable(element)) {
                viewer.setExpandedState(element, !viewer.getExpandedState(element));
            } else {
                showPropertiesView();
            }
        });
        getSite().setSelectionProvider(viewer);
        createContextMenu();
        viewer.addSelectionChangedListener(event -> updateActions());

        validateAndMark();
        updateSummary();
        IContextService contexts = getSite().getService(IContextService.class);
        if (contexts != null) {
            contexts.activateContext("org.highneeds.ui.model.editorContext");
        }
    }

    private String areaTitle() {
        LocalAreaModel model = loaded.model();
        String name = model.getName() != null ? model.getName() : path.getFileName().toString();
        if (model.getLocalAuthority() != null && model.getLocalAuthority().getLaCode() != null) {
            return name + "  (LA " + model.getLocalAuthority().getLaCode() + ")";
        }
        return name;
    }

    private void createWarningBanner(Composite body, List<LoadWarning> warnings) {
        createNotesBanner(body, warnings.size() == 1 ? "1 note from loading this file:"
                : warnings.size() + " notes from loading this file:", warnings.stream().map(LoadWarning::message).toList());
    }

    /**
     * Shows notes above the tree (e.g. what the database lacked when the area was materialised); they stay until the
     * editor is closed.
     */
    public void showNotes(String heading, List<String> notes) {
        Composite banner = createNotesBanner(body, heading, notes);
        banner.moveAbove(viewer.getControl());
        body.layout(true, true);
    }

    private Composite createNotesBanner(Composite parent, String heading, List<String> notes) {
        Composite banner = new Composite(parent, SWT.NONE);
        Color background = new Color(255, 244, 206);
        banner.setBackground(background);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(8, 6).applyTo(banner);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(banner);
        Label icon = new Label(banner, SWT.NONE);
        icon.setBackground(background);
        icon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
        Link text = new Link(banner, SWT.WRAP);
        text.setBackground(background);
        StringBuilder message = new StringBuilder(heading);
        notes.stream().limit(5).forEach(n -> message.append("\n\u2022 ").append(n.replace("&", "&&")));
        if (notes.size() > 5) {
            message.append("\n\u2022 ... and ").append(notes.size() - 5).append(" more (<a>show all</a>)");
        }
        text.setText(message.toString());
        text.addListener(SWT.Selection, e -> MessageDialog.openInformation(getSite().getShell(), heading,
                String.join("\n\n", notes)));
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(text);
        return banner;
    }

    private int groupSeverity(FeatureGroup group) {
        int worst = ItemLabelProvider.NONE;
        for (Object child : group.children()) {
            worst = Math.max(worst, validation.severity((EObject) child));
        }
        return worst;
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager("#PopUp");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
    }

    /** Fills the tree's context menu: New (children the item provider offers), Delete, Undo/Redo, Validate. */
    public void fillContextMenu(IMenuManager menu) {
        IStructuredSelection selection = viewer.getStructuredSelection();
        if (selection.size() == 1) {
            Object element = selection.getFirstElement();
            Object owner = element instanceof FeatureGroup g ? g.owner() : element;
            Object onlyFeature = element instanceof FeatureGroup g ? g.feature() : null;
            MenuManager newChild = new MenuManager("&New", "new");
            for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
                if (onlyFeature == null || onlyFeature.equals(CommandActions.CreateChild.feature(descriptor))) {
                    newChild.add(new CommandActions.CreateChild(domain, owner, descriptor, List.of(owner)));
                }
            }
            if (!newChild.isEmpty()) {
                menu.add(newChild);
                menu.add(new Separator());
            }
        }
        LocalAreaEditorContributor contributor = contributor();
        if (contributor != null) {
            menu.add(contributor.deleteAction());
            menu.add(new Separator());
            menu.add(contributor.undoAction());
            menu.add(contributor.redoAction());
            menu.add(new Separator());
            menu.add(contributor.validateAction());
            menu.add(new org.eclipse.jface.action.Separator());
            menu.add(contributor.exportRegisterAction());
            menu.add(contributor.importRegisterAction());
        }
        menu.add(new Separator("additions"));
    }

    private LocalAreaEditorContributor contributor() {
        return getEditorSite().getActionBarContributor() instanceof LocalAreaEditorContributor c ? c : null;
    }

    private void updateActions() {
        LocalAreaEditorContributor contributor = contributor();
        if (contributor != null && contributor.getActiveEditor() == this) {
            contributor.update(this);
        }
    }

    private void commandStackChanged(EventObject event) {
        Display display = getSite().getShell().getDisplay();
        display.asyncExec(() -> {
            if (viewer == null || viewer.getControl().isDisposed()) {
                return;
            }
            contentProvider.flush();
            firePropertyChange(PROP_DIRTY);
            Command recent = commandStack.getMostRecentCommand();
            if (recent != null) {
                Collection<?> affected = recent.getAffectedObjects();
                List<Object> shown = new ArrayList<>();
                for (Object o : affected) {
                    if (o instanceof EObject e && e.eResource() != null) {
                        shown.add(e);
                    }
                }
                if (!shown.isEmpty()) {
                    viewer.setSelection(new StructuredSelection(shown), true);
                }
            }
            if (propertySheetPage != null && !propertySheetPage.getControl().isDisposed()) {
                propertySheetPage.refresh();
            }
            updateSummary();
            updateActions();
        });
    }

    private void updateSummary() {
        if (summary == null || summary.isDisposed()) {
            return;
        }
        LocalAreaModel m = loaded.model();
        long errors = validation.findings().stream().filter(f -> f.severity() == IMarker.SEVERITY_ERROR).count();
        long warnings = validation.findings().stream().filter(f -> f.severity() == IMarker.SEVERITY_WARNING).count();
        // A materialised area has the LA's published EHCP total before any placement is entered.
        String plans = m.getEhcpCohorts().stream()
                .filter(c -> !c.isSetPlacementCategory() && !c.isSetPrimaryNeed() && c.getCount() != null).findFirst()
                .map(c -> String.format(Locale.UK, "%,d EHC plans", c.getCount())
                        + (c.getCensusYear() != null ? " (" + c.getCensusYear() + ")" : "") + " \u00b7 ")
                .orElse("");
        String text = plans + String.format(Locale.UK, "%,d settings \u00b7 %,d placements \u00b7 %,d contracts \u00b7 %s",
                m.getSettings().size(), m.getPlacements().size(), m.getContracts().size(),
                errors + warnings == 0 ? "no problems found"
                        : plural(errors, "error") + ", " + plural(warnings, "warning") + " (see Problems)");
        summary.setText(text + (isDirty() ? " \u00b7 unsaved changes" : ""));
        summary.getParent().layout();
    }

    /** The summary line under the title: counts and the result of the last check. */
    public String summary() {
        return summary.getText();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Validates the area, updates the tree's decorations and the file's problem markers. */
    public List<ValidationMarkers.Finding> validateAndMark() {
        List<ValidationMarkers.Finding> findings = validation.validate(loaded.model());
        IFile file = file();
        if (file != null) {
            try {
                file.refreshLocal(IResource.DEPTH_ZERO, null);
                validation.writeMarkers(file);
            } catch (CoreException e) {
                ILog.of(getClass()).error("Cannot write problem markers on " + file.getFullPath(), e);
            }
        }
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh(true);
            updateSummary();
        }
        return findings;
    }

    /** The workspace file edited, or null for a file outside the workspace. */
    public IFile file() {
        return getEditorInput() instanceof IFileEditorInput f ? f.getFile() : null;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            store.save(loaded.resource(), monitor);
            commandStack.saveIsDone();
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot save " + path.getFileName(), e.getMessage());
            return;
        }
        firePropertyChange(PROP_DIRTY);
        validateAndMark();
    }

    @Override
    public void doSaveAs() {
        // Save As would leave markers and project links behind; areas are copied in the Local Areas view instead.
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isDirty() {
        return commandStack.isSaveNeeded();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** The loaded area model. */
    public LocalAreaModel model() {
        return loaded.model();
    }

    /** The notes from loading the file (unknown fields kept, unresolved references). */
    public List<LoadWarning> loadWarnings() {
        return loaded.warnings();
    }

    /** The tree of the area. */
    public TreeViewer viewer() {
        return viewer;
    }

    /** The validation state behind the markers and decorations. */
    public ValidationMarkers validation() {
        return validation;
    }

    /** The adapter factory of this editor's item providers. */
    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    @Override
    public void gotoMarker(IMarker marker) {
        String fragment = marker.getAttribute(ValidationMarkers.OBJECT, null);
        if (fragment == null) {
            return;
        }
        EObject object = loaded.resource().getEObject(fragment);
        if (object != null) {
            viewer.setSelection(new StructuredSelection(object), true);
            getSite().getPage().activate(this);
        }
    }

    private void showPropertiesView() {
        try {
            getSite().getPage().showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            ILog.of(getClass()).error("Cannot show the Properties view", e);
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(propertySheetPage());
        }
        if (adapter == IGotoMarker.class) {
            return adapter.cast(this);
        }
        if (adapter == EditingDomain.class) {
            return adapter.cast(domain);
        }
        return super.getAdapter(adapter);
    }

    /** The page this editor gives the Properties view; edits there are commands on this editor's stack. */
    public PropertySheetPage propertySheetPage() {
        if (propertySheetPage == null || propertySheetPage.getControl() == null || propertySheetPage.getControl().isDisposed()) {
            propertySheetPage = new PropertySheetPage() {
                @Override
                public void setActionBars(org.eclipse.ui.IActionBars actionBars) {
                    super.setActionBars(actionBars);
                    // Ctrl+Z in the Properties view undoes this editor's last change.
                    LocalAreaEditorContributor contributor = contributor();
                    if (contributor != null) {
                        actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), contributor.undoAction());
                        actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), contributor.redoAction());
                    }
                }
            };
            propertySheetPage.setPropertySourceProvider(new ItemPropertySourceProvider(adapterFactory, domain));
        }
        return propertySheetPage;
    }

    @Override
    public void dispose() {
        commandStack.removeCommandStackListener(stackListener);
        if (propertySheetPage != null) {
            propertySheetPage.dispose();
        }
        if (contentProvider != null) {
            contentProvider.dispose();
        }
        if (labelProvider != null) {
            labelProvider.dispose();
        }
        adapterFactory.dispose();
        for (Resource r : store.getResourceSet().getResources()) {
            r.eAdapters().clear();
        }
        super.dispose();
    }
}
