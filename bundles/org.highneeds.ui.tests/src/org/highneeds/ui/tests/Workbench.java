package org.highneeds.ui.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Link;
import org.highneeds.data.imports.DatasetCatalog;
import org.highneeds.data.imports.ImportResult;
import org.highneeds.data.imports.ImportService;

/** Finding widgets in a window and importing the shared data, for the workbench shell's tests. */
final class Workbench {

    static final Path SHARED = Path.of(System.getProperty("highneeds.shared.data"));

    private Workbench() {
    }

    /** The first control under {@code parent} (depth first) of {@code type} that {@code test} accepts. */
    static <T extends Control> Optional<T> find(Composite parent, Class<T> type, Predicate<T> test) {
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child) && test.test(type.cast(child))) {
                return Optional.of(type.cast(child));
            }
            if (child instanceof Composite c) {
                Optional<T> found = find(c, type, test);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The "My LA" link of the status bar of {@code shell}. */
    static Optional<Link> myLaLink(Composite shell) {
        return find(shell, Link.class, l -> l.getText().startsWith("My LA:"));
    }

    /** What the status bar's "My LA" says, without the link markup; "" when it is not there. */
    static String myLaStatus(Composite shell) {
        return myLaLink(shell).map(l -> l.getText().replace("<a>", "").replace("</a>", "")).orElse("");
    }

    /** Imports published files into a database, failing on any file that is neither imported nor unchanged. */
    static void importFiles(Connection c, List<Path> files) throws Exception {
        ImportService imports = new ImportService(c, DatasetCatalog.fromExtensions().importers());
        for (ImportResult r : imports.importAll(files, null, new NullProgressMonitor())) {
            if (r.status() != ImportResult.Status.IMPORTED && r.status() != ImportResult.Status.UNCHANGED) {
                throw new AssertionError(r.describe());
            }
        }
    }

    /** The open JFace window of {@code type} (a dialog), or null. */
    static <T extends org.eclipse.jface.window.Window> T dialog(org.eclipse.swt.widgets.Display display, Class<T> type) {
        return Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && type.isInstance(s.getData()))
                .map(s -> type.cast(s.getData())).findFirst().orElse(null);
    }

    /** Labels of a menu's items without mnemonics. */
    static List<String> labels(org.eclipse.swt.widgets.Menu menu) {
        return Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", "").replaceFirst("\t.*", "")).toList();
    }
}
