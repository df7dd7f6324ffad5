package org.highneeds.testing.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Pictures of windows for people to look at: the screen area of a shell as PNG in the folder of the system property
 * {@value #PROPERTY} (the UI test fragments' poms set it to their {@code target/screenshots}).
 */
public final class Screenshots {

    /** The system property naming the folder screenshots are saved in; without it none are taken. */
    public static final String PROPERTY = "highneeds.screenshots";

    private Screenshots() {
    }

    /** The screenshot folder, or null when {@value #PROPERTY} is not set (a run from an IDE). */
    public static Path folder() {
        String dir = System.getProperty(PROPERTY);
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    /**
     * Lets the shell paint, copies its area of the display and saves it as {@code name} (a .png file name);
     * returns the file, or null when no screenshot folder is set.
     */
    public static Path save(Shell shell, String name) throws Exception {
        return save(shell, null, name);
    }

    /**
     * As {@link #save(Shell, String)} for a part of the display ({@code bounds} in display coordinates, e.g. a status
     * bar); null bounds take the whole shell.
     */
    public static Path save(Shell shell, Rectangle area, String name) throws Exception {
        Path dir = folder();
        if (dir == null) {
            return null;
        }
        Display display = shell.getDisplay();
        EventLoop.settle(display, Duration.ofMillis(500));
        Rectangle bounds = area != null ? area : shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            // copyArea of the display (not shell.print) shows what a person sees, overlapping windows included
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }
}
