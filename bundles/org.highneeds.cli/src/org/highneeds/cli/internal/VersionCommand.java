package org.highneeds.cli.internal;


import org.highneeds.data.WorkspaceDatabase;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.Command;

/** {@code version}: the versions of the workbench, Java and DuckDB, and the workspace database's file. */
@Command(name = "version",
        description = "show the versions of the workbench, Java and DuckDB")
final class VersionCommand extends CliCommand {

    VersionCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        Bundle self = FrameworkUtil.getBundle(Cli.class);
        context.out.println("High Needs Workbench " + (self == null ? "(unknown)" : self.getVersion()));
        context.out.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        WorkspaceDatabase db = context.database().database();
        context.out.println("DuckDB " + db.engineVersion());
        context.out.println("Workspace database " + db.file());
        return Cli.OK;
    }
}
