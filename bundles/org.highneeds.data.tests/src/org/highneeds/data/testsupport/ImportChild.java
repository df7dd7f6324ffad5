package org.highneeds.data.testsupport;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Child JVM of the kill test: imports a small real file (committed), then a big SYNTHETIC file, announcing on
 * stdout when each stage starts so the parent can kill it mid-import.
 */
public final class ImportChild {

    private ImportChild() {
    }

    /** Args: database file, small file, big file. */
    public static void main(String[] args) throws Exception {
        try (TestDb db = TestDb.file(args[0])) {
            db.service.importFile(Path.of(args[1]), null, new NullProgressMonitor());
            System.out.println("COMMITTED");
            System.out.flush();
            db.service.importFile(Path.of(args[2]), null, new NullProgressMonitor() {
                private boolean announced;

                @Override
                public void beginTask(String name, int totalWork) {
                    if (!announced) {
                        announced = true;
                        System.out.println("LOADING");
                        System.out.flush();
                    }
                }
            });
            System.out.println("FINISHED");
        }
    }
}
