package org.highneeds.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.area.AreaMaterialisationException;
import org.highneeds.area.AreaMaterialiser;
import org.highneeds.area.AreaProjects;
import org.highneeds.area.Materialisation;
import org.highneeds.model.EhcpCohort;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.LocalAuthority;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code area create [--la CODE]}: materialises an LA's local area and saves it as a project in the workspace. */
@Command(name = "create",
        description = {"build the local area of an LA (area create --la CODE, e.g. 302; default: my LA)",
                "from the imported data (GIAS, SEN2, statistical neighbours) as a project in the workspace,",
                "and say which datasets were missing"})
final class AreaCreateCommand extends CliCommand {

    private static final String USAGE = "usage: area create --la CODE (the 3-digit DfE LA number, e.g. 302)";

    @Option(names = "--la", paramLabel = "CODE", description = "the LA's 3-digit DfE number (default: my LA of the workspace)")
    String la;

    AreaCreateCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        String code = la != null ? la : context.myLa()
                .orElseThrow(() -> new UsageException("area create: name the LA (" + USAGE + ")"));
        Path workspace = context.workspace();
        PrintStream out = context.out;
        Materialisation m;
        try (Connection c = context.database().database().connect()) {
            m = new AreaMaterialiser(c).materialise(code, new NullProgressMonitor());
        } catch (AreaMaterialisationException e) {
            throw new UsageException("area create: " + e.getMessage());
        }
        Path file;
        try {
            file = AreaProjects.create(workspace, m.model());
        } catch (FileAlreadyExistsException e) {
            throw new UsageException("area create: " + e.getReason());
        } catch (IOException e) {
            throw new UsageException("area create: cannot save the local area: " + e.getMessage());
        }
        LocalAreaModel area = m.model();
        LocalAuthority la = area.getLocalAuthority();
        out.println("Created the local area project " + file.getParent());
        out.println("  model file:  " + file.getFileName());
        out.println("  LA:          " + la.getLaCode() + " " + la.getName()
                + (la.getOnsCode() != null ? " (" + la.getOnsCode() + ")" : "")
                + (la.getRegion() != null ? ", " + la.getRegion() : ""));
        int provisions = area.getSettings().stream().mapToInt(s -> s.getProvisions().size()).sum();
        out.println("  settings:    " + area.getSettings().size() + " (" + provisions + " provisions)");
        EhcpCohort total = area.getEhcpCohorts().stream()
                .filter(c -> !c.isSetPlacementCategory() && !c.isSetPrimaryNeed()).findFirst().orElse(null);
        long placements = area.getEhcpCohorts().stream().filter(EhcpCohort::isSetPlacementCategory).count();
        long needs = area.getEhcpCohorts().stream().filter(EhcpCohort::isSetPrimaryNeed).count();
        out.println("  EHC plans:   " + (total == null ? "none"
                : total.getCount() + " in January " + total.getCensusYear() + " (" + placements + " placement categories, "
                        + needs + " primary needs)"));
        out.println("  comparators: " + (area.getComparatorSets().isEmpty() ? "none"
                : area.getComparatorSets().stream().map(s -> s.getName() + " (" + s.getMembers().size() + " LAs)")
                        .collect(Collectors.joining("; "))));
        for (String missing : m.missing()) {
            out.println("missing: " + missing);
        }
        return Cli.OK;
    }
}
