package org.highneeds.ui.model;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.plugin.AbstractUIPlugin;

/** The local area editor plug-in: ids shared by its editor, views, markers and tests. */
public final class ModelUi extends AbstractUIPlugin {

    /** Bundle id. */
    public static final String PLUGIN_ID = "org.highneeds.ui.model";

    /** Id of the Local Area Editor. */
    public static final String EDITOR_ID = "org.highneeds.ui.model.editor";

    /** Id of the Local Areas view (the workspace projects holding local areas). */
    public static final String AREAS_VIEW_ID = "org.highneeds.ui.model.views.areas";

    /** Marker type of validation problems found in a local area file (a subtype of the problem marker). */
    public static final String PROBLEM_MARKER = "org.highneeds.ui.model.problem";

    private static ModelUi instance;

    /** Created by the OSGi framework. */
    public ModelUi() {
        instance = this;
    }

    /** The running plug-in. */
    public static ModelUi getDefault() {
        return instance;
    }

    /** Descriptor of an icon of this bundle, e.g. {@code icons/area.png}. */
    public static ImageDescriptor icon(String path) {
        return ResourceLocator.imageDescriptorFromBundle(PLUGIN_ID, path)
                .orElseThrow(() -> new IllegalStateException("Missing icon " + path));
    }
}
