package org.highneeds.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.highneeds.cli.internal.Cli;

/**
 * The headless Equinox application behind {@code ./highneeds cli}: runs one command on the workspace ({@code -data})
 * through the same services as the workbench (workspace database, benchmark engine, user-defined indicators) and exits.
 */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return new Cli(out, err).run(args == null ? new String[0] : Arrays.copyOf(args, args.length));
    }

    @Override
    public void stop() {
        // One command runs to completion; there is nothing to interrupt.
    }
}
