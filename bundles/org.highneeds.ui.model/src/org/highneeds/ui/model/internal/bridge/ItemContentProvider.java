package org.highneeds.ui.model.internal.bridge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.highneeds.model.LocalAreaModel;

/**
 * A JFace tree content provider over EMF.Edit item providers (what EMF's edit.ui AdapterFactoryContentProvider does,
 * which is not on Maven Central). The lists of a LocalAreaModel are shown as folders ({@link FeatureGroup}). The
 * viewer is refreshed when the model changes: the item providers' notifications arrive here and are replayed on the
 * UI thread, coalesced so that a command touching a thousand objects refreshes once.
 */
public class ItemContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private static final Object[] NONE = new Object[0];

    private final AdapterFactory adapterFactory;
    private StructuredViewer viewer;
    private final Set<Object> pendingRefresh = new LinkedHashSet<>();
    private final Set<Object> pendingUpdate = new LinkedHashSet<>();
    private boolean refreshAll;
    private boolean scheduled;

    /** Creates a content provider listening to the given (composed) adapter factory. */
    public ItemContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        this.viewer = newViewer instanceof StructuredViewer s ? s : null;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        if (input instanceof Collection<?> c) {
            return c.toArray();
        }
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object element) {
        if (element instanceof FeatureGroup group) {
            return group.children().toArray();
        }
        if (element instanceof LocalAreaModel area) {
            return groups(area).toArray();
        }
        ITreeItemContentProvider provider = treeProvider(element);
        return provider == null ? NONE : provider.getChildren(element).toArray();
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof FeatureGroup group) {
            return !group.children().isEmpty();
        }
        if (element instanceof LocalAreaModel area) {
            return !groups(area).isEmpty();
        }
        ITreeItemContentProvider provider = treeProvider(element);
        return provider != null && provider.hasChildren(element);
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof FeatureGroup group) {
            return group.owner();
        }
        if (element instanceof EObject object && object.eContainer() instanceof LocalAreaModel area
                && object.eContainmentFeature() != null) {
            return new FeatureGroup(area, object.eContainmentFeature());
        }
        ITreeItemContentProvider provider = treeProvider(element);
        return provider == null ? null : provider.getParent(element);
    }

    /** The non-empty lists of an area as folders, in the order the item provider shows them. */
    public List<FeatureGroup> groups(LocalAreaModel area) {
        List<FeatureGroup> groups = new ArrayList<>();
        ITreeItemContentProvider provider = treeProvider(area);
        if (provider instanceof org.eclipse.emf.edit.provider.ItemProviderAdapter item) {
            for (Object feature : childrenFeatures(item, area)) {
                if (feature instanceof EReference reference && reference.isMany()
                        && !((List<?>) area.eGet(reference)).isEmpty()) {
                    groups.add(new FeatureGroup(area, reference));
                }
            }
        }
        return groups;
    }

    private static Collection<?> childrenFeatures(org.eclipse.emf.edit.provider.ItemProviderAdapter item, Object object) {
        // getChildrenFeatures is protected; the children come in the order of that list, so their containment
        // features give the folders in the item provider's order (empty lists have no folder).
        List<EReference> features = new ArrayList<>();
        for (Object child : item.getChildren(object)) {
            if (child instanceof EObject e && e.eContainmentFeature() != null
                    && !features.contains(e.eContainmentFeature())) {
                features.add(e.eContainmentFeature());
            }
        }
        return features;
    }

    private ITreeItemContentProvider treeProvider(Object element) {
        Object adapter = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return adapter instanceof ITreeItemContentProvider p ? p : null;
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (viewer == null || viewer.getControl() == null || viewer.getControl().isDisposed()) {
            return;
        }
        synchronized (this) {
            if (notification instanceof IViewerNotification v) {
                Object element = v.getElement();
                if (v.isContentRefresh()) {
                    // A list of the area changed: its folder and the folder counts must be rebuilt.
                    if (element == null || element instanceof LocalAreaModel || element instanceof Resource) {
                        refreshAll = true;
                    } else {
                        pendingRefresh.add(element);
                    }
                } else if (v.isLabelUpdate()) {
                    pendingUpdate.add(element);
                }
            } else {
                refreshAll = true;
            }
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        // Later, on the UI thread: one command fires many notifications, the viewer needs one refresh.
        viewer.getControl().getDisplay().asyncExec(this::flush);
    }

    /** Applies the refreshes collected since the last flush; tests call it to see the result at once. */
    public void flush() {
        Set<Object> refresh;
        Set<Object> update;
        boolean all;
        synchronized (this) {
            refresh = new LinkedHashSet<>(pendingRefresh);
            update = new LinkedHashSet<>(pendingUpdate);
            all = refreshAll;
            pendingRefresh.clear();
            pendingUpdate.clear();
            refreshAll = false;
            scheduled = false;
        }
        if (viewer == null || viewer.getControl() == null || viewer.getControl().isDisposed()) {
            return;
        }
        if (all) {
            viewer.refresh(true);
            return;
        }
        for (Object element : refresh) {
            viewer.refresh(element, true);
        }
        update.removeAll(refresh);
        if (!update.isEmpty()) {
            viewer.update(update.toArray(), null);
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
    }
}
