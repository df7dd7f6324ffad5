package org.highneeds.cli.internal;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code area}: local area models, checked or built from the imported data. */
@Command(name = "area", synopsisSubcommandLabel = "validate | create",
        description = "local area models: validate a model file, or create an LA's area project")
final class AreaCommand implements Callable<Integer> {

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("area: usage: area validate FILE.xmi | area create --la CODE");
    }
}
