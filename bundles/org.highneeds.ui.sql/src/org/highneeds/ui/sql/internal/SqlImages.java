package org.highneeds.ui.sql.internal;

import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;
import org.highneeds.ui.sql.SqlUi;

/** Icons of the SQL console, held in the plug-in's image registry (disposed with the display). */
final class SqlImages {

    static final String RUN = "icons/run.png";
    static final String RUN_SCRIPT = "icons/run_script.png";
    static final String CANCEL = "icons/cancel.png";
    static final String CONSOLE = "icons/console.png";
    static final String HISTORY = "icons/history.png";
    static final String EXPORT = "icons/export.png";
    static final String SQL_FILE = "icons/sql_file.png";
    /** The Data view's table icon, so tables look the same everywhere. */
    static final String TABLE = "org.highneeds.ui/icons/table.png";

    private SqlImages() {
    }

    /** A shared image; callers must not dispose it. */
    static Image get(String key) {
        ImageRegistry registry = SqlUi.getDefault().getImageRegistry();
        Image image = registry.get(key);
        if (image == null) {
            if (key.startsWith("org.highneeds.ui/")) {
                registry.put(key, ResourceLocator.imageDescriptorFromBundle("org.highneeds.ui",
                        key.substring("org.highneeds.ui/".length())).orElseThrow());
            } else {
                registry.put(key, SqlUi.icon(key));
            }
            image = registry.get(key);
        }
        return image;
    }
}
