package org.highneeds.cli.internal;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root of {@code highneeds cli}: the commands, and {@code --workspace}, taken before or after a command. */
@Command(name = "highneeds cli", synopsisSubcommandLabel = "<command>",
        header = "High Needs Workbench command line%n",
        customSynopsis = "Usage: highneeds cli <command> [options]%n",
        commandListHeading = "%nCommands:%n",
        footer = {"", "Options of every command: --workspace DIR chooses the workspace (default ~/highneeds-workspace).",
                "'highneeds cli help COMMAND' or 'highneeds cli COMMAND --help' shows a command's options.",
                "Exit codes: 0 success, 1 user error, 2 internal error."})
final class RootCommand {

    private final CliContext context;

    RootCommand(CliContext context) {
        this.context = context;
    }

    @Option(names = "--workspace", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "the workspace folder (default: the one the command line was started on)")
    void workspace(Path dir) {
        context.workspaceOption(dir);
    }
}
