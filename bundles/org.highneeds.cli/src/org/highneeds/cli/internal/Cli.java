package org.highneeds.cli.internal;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.highneeds.data.WorkspaceDatabaseException;
import org.highneeds.data.output.ControlCharacters;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The commands of {@code ./highneeds cli} (picocli: one command class per job, generated help and usage errors).
 * Exit codes: 0 success, 1 user error (one line on stderr), 2 internal error.
 */
public final class Cli {

    /** Exit code of a command that worked. */
    public static final int OK = 0;
    /** Exit code of a command the user got wrong or that met a condition the user can fix. */
    public static final int USER_ERROR = 1;
    /** Exit code of a failure inside the workbench. */
    public static final int INTERNAL_ERROR = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Path> workspace;

    /** The command line of the running instance: its workspace database and benchmark engine services. */
    public Cli(PrintStream out, PrintStream err) {
        this(out, err, null);
    }

    /** The command line over the workspace folder {@code workspace}, whose database each run opens and closes. */
    public Cli(PrintStream out, PrintStream err, Supplier<Path> workspace) {
        this.out = out;
        this.err = err;
        this.workspace = workspace;
    }

    /** Runs the command in {@code args} and returns its exit code. */
    public int run(String[] args) {
        // messages quote file cells and arguments: their control characters must not act on the terminal
        PrintStream messages = ControlCharacters.escaping(err);
        try (CliContext context = new CliContext(out, messages, workspace)) {
            CommandLine cli = commandLine(context);
            if (args.length == 0) {
                cli.usage(out);
                return USER_ERROR;
            }
            return cli.execute(args);
        } finally {
            out.flush();
            messages.flush();
            err.flush();
        }
    }

    /** The command tree over {@code context}, with this command line's handling of errors and exit codes. */
    static CommandLine commandLine(CliContext context) {
        CommandLine cli = new CommandLine(new RootCommand(context));
        cli.addSubcommand(new CommandLine.HelpCommand());
        cli.addSubcommand(new VersionCommand(context));
        cli.addSubcommand(new TablesCommand(context));
        cli.addSubcommand(new ImportCommand(context));
        cli.addSubcommand(new DatasetsCommand(context));
        cli.addSubcommand(new DownloadCommand(context));
        CommandLine area = new CommandLine(new AreaCommand());
        area.addSubcommand(new AreaValidateCommand(context));
        area.addSubcommand(new AreaCreateCommand(context));
        cli.addSubcommand(area);
        cli.addSubcommand(new BenchmarkCommand(context));
        cli.addSubcommand(new SqlQueryCommand(context));
        cli.addSubcommand(new MyLaCommand(context));
        cli.addSubcommand(new CompletionCommand(context));
        addHelpOption(cli);
        // file names and queries are taken as written: no @file expansion
        cli.setExpandAtFiles(false);
        cli.setUsageHelpWidth(120);
        // the SQL core parses its own options (--format, -f, --param, --help ...)
        cli.getSubcommands().get("sql").setUnmatchedOptionsArePositionalParams(true);
        cli.setOut(new PrintWriter(context.out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(context.err, true, StandardCharsets.UTF_8));
        cli.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, Cli::commandList);
        cli.setParameterExceptionHandler((e, args) -> userError(context, usageError(e)));
        cli.setExecutionExceptionHandler((e, command, parsed) -> failure(context, e));
        return cli;
    }

    /** -h and --help on every command but sql, whose core reads its own (sql --help lists its options). */
    private static void addHelpOption(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        if (!spec.name().equals("sql") && !spec.name().equals("help") && spec.options().stream().noneMatch(OptionSpec::usageHelp)) {
            spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("show this help").build());
        }
        command.getSubcommands().values().forEach(Cli::addHelpOption);
    }

    /** One line for a command line the user got wrong, naming the command and how to get its usage. */
    private static String usageError(ParameterException e) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        if (e instanceof UnmatchedArgumentException u && spec.parent() == null && u.getUnmatched().size() > 0
                && !u.getUnmatched().get(0).startsWith("-")) {
            return "unknown command '" + u.getUnmatched().get(0) + "'; run 'highneeds cli help' for the list of commands";
        }
        if (e.getCause() instanceof CommandLine.TypeConversionException t) {
            return t.getMessage();
        }
        String path = spec.qualifiedName(" ").replaceFirst("^highneeds cli ?", "");
        return (path.isEmpty() ? "" : path + ": ") + firstLowerCase(e.getMessage()) + " (usage: " + synopsis(spec) + ")";
    }

    private static String firstLowerCase(String s) {
        return s == null || s.isEmpty() ? String.valueOf(s) : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static int userError(CliContext context, String message) {
        context.err.println("highneeds: " + message);
        return USER_ERROR;
    }

    private static int failure(CliContext context, Exception e) {
        if (e instanceof UsageException || e instanceof WorkspaceDatabaseException) {
            return userError(context, e.getMessage());
        }
        if (e instanceof RuntimeException || e instanceof SQLException) {
            context.err.println("highneeds: internal error: " + e);
            e.printStackTrace(context.err);
            return INTERNAL_ERROR;
        }
        context.err.println("highneeds: internal error: " + e);
        e.printStackTrace(context.err);
        return INTERNAL_ERROR;
    }

    /** The root help's list of commands: each command's synopsis (generated from its options) and description. */
    private static String commandList(CommandLine.Help help) {
        StringBuilder list = new StringBuilder();
        for (Map.Entry<String, CommandLine> e : help.commandSpec().commandLine().getSubcommands().entrySet()) {
            CommandSpec sub = e.getValue().getCommandSpec();
            if (!sub.name().equals(e.getKey())) {
                continue; // an alias
            }
            List<CommandSpec> leaves = new ArrayList<>();
            if (sub.subcommands().isEmpty()) {
                leaves.add(sub);
            } else {
                sub.subcommands().values().stream().map(CommandLine::getCommandSpec).distinct().forEach(leaves::add);
            }
            for (CommandSpec leaf : leaves) {
                list.append("  ").append(synopsis(leaf)).append('\n');
                for (String line : leaf.usageMessage().description()) {
                    list.append("      ").append(line).append('\n');
                }
            }
        }
        return list.toString();
    }

    /**
     * A command's synopsis from its own options and parameters, e.g. {@code tables [--schema S] [--format F]}: the help
     * option and the options every command takes (--workspace) are left out.
     */
    static String synopsis(CommandSpec spec) {
        StringBuilder s = new StringBuilder(spec.qualifiedName(" ").replaceFirst("^highneeds cli ", ""));
        // a command's own options first, then those it shares with others (--format)
        List<OptionSpec> shared = spec.mixins().values().stream().flatMap(m -> m.options().stream()).toList();
        List<OptionSpec> options = new ArrayList<>(spec.options().stream().filter(o -> !shared.contains(o)).toList());
        options.addAll(shared);
        for (OptionSpec o : options) {
            if (o.usageHelp() || o.versionHelp() || o.inherited() || o.hidden()) {
                continue;
            }
            String name = o.longestName();
            String text = o.arity().max() == 0 ? name : name + " " + o.paramLabel() + (o.isMultiValue() ? "..." : "");
            s.append(' ').append(o.required() ? text : "[" + text + "]");
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.hidden()) {
                continue;
            }
            String text = p.paramLabel() + (p.isMultiValue() ? "..." : "");
            s.append(' ').append(p.arity().min() > 0 ? text : "[" + text + "]");
        }
        return s.toString();
    }

    /** The argument's name as the user typed it, for messages. */
    static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }
}
