package org.highneeds.ui.model.internal.bridge;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * A JFace label provider over EMF.Edit item providers: the item provider's text and icon, the icon converted to an SWT
 * image through a resource manager (disposed with this provider). Objects with validation problems get the
 * workbench's error or warning overlay, as do the folders and parents containing them.
 */
public class ItemLabelProvider extends LabelProvider {

    /** Severity value meaning "no problem" for {@link #setProblems}. */
    public static final int NONE = -1;

    private final AdapterFactory adapterFactory;
    private final ResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
    private final Map<EObject, ImageDescriptor> folderIcons = new ConcurrentHashMap<>();
    private ToIntFunction<Object> problems = element -> NONE;

    /** Creates a label provider for the given (composed) adapter factory. */
    public ItemLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    /**
     * Sets where the worst problem severity of an element comes from ({@link org.eclipse.core.resources.IMarker}
     * severities, or {@link #NONE}).
     */
    public void setProblems(ToIntFunction<Object> problems) {
        this.problems = problems;
    }

    @Override
    public String getText(Object element) {
        if (element instanceof FeatureGroup group) {
            return group.label();
        }
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        if (provider instanceof IItemLabelProvider labels) {
            return labels.getText(element);
        }
        return element == null ? "" : element.toString();
    }

    @Override
    public Image getImage(Object element) {
        ImageDescriptor base = baseImage(element);
        if (base == null) {
            return null;
        }
        ImageDescriptor overlay = switch (problems.applyAsInt(element)) {
            case 2 -> shared(ISharedImages.IMG_DEC_FIELD_ERROR);
            case 1 -> shared(ISharedImages.IMG_DEC_FIELD_WARNING);
            default -> null;
        };
        ImageDescriptor shown = overlay == null ? base
                : new DecorationOverlayIcon(base, overlay, IDecoration.BOTTOM_LEFT);
        return resources.create(shown);
    }

    /** The item provider's icon as a descriptor (the icon of the listed type for a folder). */
    public ImageDescriptor baseImage(Object element) {
        if (element instanceof FeatureGroup group) {
            return folderIcons.computeIfAbsent(group.feature(), f -> {
                EObject sample = EcoreUtil.create(group.feature().getEReferenceType());
                return EmfImages.descriptor(itemImage(sample));
            });
        }
        return EmfImages.descriptor(itemImage(element));
    }

    private Object itemImage(Object element) {
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider instanceof IItemLabelProvider labels ? labels.getImage(element) : null;
    }

    private static ImageDescriptor shared(String id) {
        return PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(id);
    }

    @Override
    public void dispose() {
        resources.dispose();
        super.dispose();
    }
}
