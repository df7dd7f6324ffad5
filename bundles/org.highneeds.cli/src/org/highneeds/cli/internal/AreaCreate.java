package org.highneeds.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.area.AreaMaterialisationException;
import org.highneeds.area.AreaMaterialiser;
import org.highneeds.area.AreaProjects;
import org.highneeds.area.Materialisation;
import org.highneeds.data.WorkspaceDatabase;
import org.highneeds.data.WorkspaceDatabaseException;
import org.highneeds.model.EhcpCohort;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.LocalAuthority;

/** {@code area create --la CODE}: materialises an LA's local area and saves it as a project in the workspace. */
final class AreaCreate {

    private static final String USAGE = "usage: area create --la CODE (the 3-digit DfE LA number, e.g. 302)";

    private AreaCreate() {
    }

    static int run(List<String> args, PrintStream out, Path workspace)
            throws UsageException, WorkspaceDatabaseException, SQLException {
        String code = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--la") && i + 1 < args.size()) {
                code = args.get(++i);
            } else if (a.startsWith("--la=")) {
                code = a.substring("--la=".length());
            } else {
                throw new UsageException("area create: unexpected argument '" + a + "' (" + USAGE + ")");
            }
        }
        if (code == null) {
            throw new UsageException("area create: name the LA (" + USAGE + ")");
        }
        Materialisation m;
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace); Connection c = db.connect()) {
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
