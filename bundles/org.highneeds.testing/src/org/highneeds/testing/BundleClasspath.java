package org.highneeds.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * A plain class path for a child JVM made from the OSGi bundles that hold the given classes: inside the test
 * runtime {@code java.class.path} is only the launcher, so the child needs the bundles' own jars or folders.
 */
public final class BundleClasspath {

    private BundleClasspath() {
    }

    /** The class path holding the bundles (and, for bundles run from a project folder, their output folders). */
    public static String of(Class<?>... classes) {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : classes) {
            Bundle bundle = FrameworkUtil.getBundle(c);
            // the framework itself (system bundle) and plain jars: the jar the class came from
            if (bundle == null || bundle.getBundleId() == 0) {
                entries.add(c.getProtectionDomain().getCodeSource().getLocation().getPath());
                continue;
            }
            add(entries, bundle);
            // a fragment's classes (these tests) load through its host, so the host's fragments come along
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (wiring != null) {
                for (BundleWire wire : wiring.getProvidedWires(HostNamespace.HOST_NAMESPACE)) {
                    add(entries, wire.getRequirer().getBundle());
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void add(Set<String> entries, Bundle bundle) {
        File location = FileLocator.getBundleFileLocation(bundle).orElseThrow();
        Path output = location.toPath().resolve("target").resolve("classes");
        if (location.isDirectory() && Files.isDirectory(output)) {
            entries.add(output.toString());
        }
        entries.add(location.getAbsolutePath());
    }
}
