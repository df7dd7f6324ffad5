package org.highneeds.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;
import org.highneeds.ui.HighNeedsUi;

/** Icons of this plug-in. */
final class Images {

    private Images() {
    }

    /** Descriptor of an icon in this bundle, e.g. {@code icons/table.png}. */
    static ImageDescriptor descriptor(String path) {
        return ResourceLocator.imageDescriptorFromBundle(HighNeedsUi.PLUGIN_ID, path)
                .orElseThrow(() -> new IllegalStateException("Missing icon " + path));
    }

    /** A new image of an icon in this bundle; the caller disposes it. */
    static Image create(String path) {
        return descriptor(path).createImage();
    }
}
