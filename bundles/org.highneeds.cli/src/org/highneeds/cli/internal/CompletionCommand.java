package org.highneeds.cli.internal;


import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code completion}: the bash completion script of {@code ./highneeds cli}, generated from the commands. */
@Command(name = "completion",
        description = {"print the bash completion script: source <(./highneeds cli completion)"})
final class CompletionCommand extends CliCommand {

    @Spec
    CommandSpec spec;

    CompletionCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        context.out.print(script(spec.parent().commandLine()));
        return Cli.OK;
    }

    /** The script completing {@code highneeds cli <command> [options]} (the commands under the launcher's {@code cli}). */
    static String script(CommandLine cli) {
        CommandLine launcher = new CommandLine(CommandSpec.create().name("highneeds"));
        launcher.addSubcommand("cli", cli);
        return AutoComplete.bash("highneeds", launcher);
    }
}
