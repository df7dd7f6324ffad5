package org.highneeds.cli.internal;

import java.util.concurrent.Callable;

/** A command of {@code highneeds cli}: runs on the context of one run and returns its exit code. */
abstract class CliCommand implements Callable<Integer> {

    /** The streams and the workspace of this run. */
    protected final CliContext context;

    CliCommand(CliContext context) {
        this.context = context;
    }
}
