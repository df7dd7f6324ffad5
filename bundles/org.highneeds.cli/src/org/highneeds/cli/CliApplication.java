package org.highneeds.cli;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.highneeds.cli.internal.Cli;

/** The headless Equinox application behind {@code ./highneeds cli}: runs one command on the workspace and exits. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return new Cli(out, err, CliApplication::workspace).run(args == null ? new String[0] : Arrays.copyOf(args, args.length));
    }

    /** The workspace folder given to the launcher with {@code -data}. */
    private static Path workspace() {
        Location instance = Platform.getInstanceLocation();
        if (instance == null || instance.getURL() == null) {
            throw new IllegalStateException("No workspace: start the command line with --workspace DIR.");
        }
        try {
            return Paths.get(instance.getURL().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Paths.get(instance.getURL().getPath());
        }
    }

    @Override
    public void stop() {
        // One command runs to completion; there is nothing to interrupt.
    }
}
