package org.highneeds.ui.model.internal.bridge;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.CompositeImageDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/** Turns the image objects of EMF item providers (URLs, URIs, composed images) into JFace image descriptors. */
public final class EmfImages {

    private EmfImages() {
    }

    /** Returns a descriptor for an item provider's image, or null when there is none or it is of an unknown kind. */
    public static ImageDescriptor descriptor(Object image) {
        if (image == null) {
            return null;
        }
        if (image instanceof ImageDescriptor d) {
            return d;
        }
        if (image instanceof Image i) {
            return ImageDescriptor.createFromImage(i);
        }
        if (image instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (image instanceof URI uri) {
            try {
                return ImageDescriptor.createFromURL(new URL(uri.toString()));
            } catch (MalformedURLException e) {
                return null;
            }
        }
        if (image instanceof ComposedImage composed) {
            List<ImageDescriptor> layers = composed.getImages().stream().map(EmfImages::descriptor)
                    .filter(d -> d != null).toList();
            return layers.isEmpty() ? null : new Layers(layers);
        }
        return null;
    }

    /** Draws EMF's image layers (base icon, then overlays drawn at the same place) into one 16x16 image. */
    private static final class Layers extends CompositeImageDescriptor {

        private final List<ImageDescriptor> layers;

        Layers(List<ImageDescriptor> layers) {
            this.layers = layers;
        }

        @Override
        protected void drawCompositeImage(int width, int height) {
            for (ImageDescriptor layer : layers) {
                drawImage(createCachedImageDataProvider(layer), 0, 0);
            }
        }

        @Override
        protected Point getSize() {
            return new Point(16, 16);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Layers other && other.layers.equals(layers);
        }

        @Override
        public int hashCode() {
            return layers.hashCode();
        }
    }
}
