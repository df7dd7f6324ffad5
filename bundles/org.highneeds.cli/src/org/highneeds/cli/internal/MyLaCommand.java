package org.highneeds.cli.internal;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;

import org.highneeds.data.LaCodeListEntry;
import org.highneeds.data.MyLocalAuthority;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code my-la}: shows or sets the workspace's "my LA", the LA every command's {@code --la} defaults to. */
@Command(name = "my-la",
        description = {"show or set my LA, the local authority --la defaults to (kept in the workspace, as the",
                "workbench's Window > Preferences > High Needs)"})
final class MyLaCommand extends CliCommand {

    @Parameters(arity = "0..1", paramLabel = "CODE", description = "the DfE 3-digit LA code to make my LA, e.g. 302")
    String code;

    @Option(names = "--clear", description = "forget my LA")
    boolean clear;

    MyLaCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        if (clear && code != null) {
            throw new UsageException("my-la: give a code or --clear, not both");
        }
        if (clear) {
            MyLocalAuthority.set(null);
            context.out.println("My LA is not set");
            return Cli.OK;
        }
        if (code == null) {
            Optional<String> mine = MyLocalAuthority.code();
            context.out.println(mine.map(c -> "My LA: " + label(c, currentLas()))
                    .orElse("My LA is not set; set it with 'highneeds cli my-la CODE' (e.g. 302)"));
            return Cli.OK;
        }
        if (!code.matches("\\d{3}")) {
            throw new UsageException("my-la: an LA code is the DfE's three-digit number, e.g. 302; '" + code + "' is not");
        }
        List<LaCodeListEntry> las = currentLas();
        // before the LA code list is imported any three-digit code is taken, as the workbench's preference page does
        if (!las.isEmpty() && las.stream().noneMatch(l -> l.code().equals(code))) {
            throw new UsageException("my-la: " + code + " is not a current LA of the imported LA code list; "
                    + "'highneeds cli sql \"SELECT la_code, name FROM la WHERE is_current\"' lists them");
        }
        MyLocalAuthority.set(code);
        context.out.println("My LA: " + label(code, las));
        return Cli.OK;
    }

    private List<LaCodeListEntry> currentLas() {
        try (Connection c = context.database().connect()) {
            return LaCodeListEntry.current(c);
        } catch (Exception e) {
            // no LA code list imported yet: the code is shown without its name
            return List.of();
        }
    }

    private static String label(String code, List<LaCodeListEntry> las) {
        return las.stream().filter(l -> l.code().equals(code)).findFirst().map(l -> code + " " + l.name())
                .orElse(code + " (its name shows once the LA code list is imported)");
    }
}
