package org.highneeds.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.cli.internal.Cli;
import org.highneeds.model.persistence.AreaModelStore;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code area create --la CODE} on a workspace with the real SEN2 caseload imported. */
class AreaCreateCliTest {

    @TempDir
    Path workspace;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> workspace).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    @Test
    void createsTheProjectPrintsTheCountsAndWhatWasMissing() throws Exception {
        Path shared = SharedData.root();
        assertEquals(0, run("import", shared.resolve("ehcp-sen2-2025/caseload.csv").toString(),
                shared.resolve("ehcp-sen2-2025/sen_needs_all_plans.csv").toString()), err());

        assertEquals(0, run("area", "create", "--la", "302"), err());
        Path project = workspace.resolve("LA-302-Barnet");
        // caseload.csv 202425 Barnet: 4320 EHC plans; no statistical neighbours, LA code list or GIAS imported here
        assertEquals("Created the local area project " + project + "\n"
                + "  model file:  LA-302-Barnet.hnarea\n"
                + "  LA:          302 Barnet (E09000003)\n"
                + "  settings:    0 (0 provisions)\n"
                + "  EHC plans:   4320 in January 2025 (30 placement categories, 12 primary needs)\n"
                + "  comparators: none\n"
                + "missing: LA code list (la_code_list.xlsx) not imported: region and LA type unknown, so no region or "
                + "LA-type comparator sets\n"
                + "missing: Statistical neighbours (sn_*.xlsx) not imported: no statistical neighbours comparator set\n"
                + "missing: GIAS establishments (edubasealldata*.csv) not imported: no settings, resourced provision, SEN "
                + "units or special school places\n", out());
        assertTrue(Files.isRegularFile(project.resolve(".project")));
        assertEquals(4320, new AreaModelStore().load(project.resolve("LA-302-Barnet.hnarea"), new NullProgressMonitor())
                .model().getEhcpCohorts().get(0).getCount());
        // the model file passes 'area validate'
        assertEquals(0, run("area", "validate", project.resolve("LA-302-Barnet.hnarea").toString()), out());
        assertEquals("LA-302-Barnet.hnarea: 0 errors, 0 warnings\n", out());

        // a second create leaves the project alone
        assertEquals(1, run("area", "create", "--la=302"));
        assertEquals("highneeds: area create: the local area project LA-302-Barnet already exists in " + workspace
                + "; it is left unchanged (delete or rename it to create it again)\n", err());
    }

    @Test
    void unknownOrMissingLaIsAUserError() {
        assertEquals(1, run("area", "create", "--la", "999"));
        assertEquals("highneeds: area create: Unknown LA code 999: it is neither in the LA code list nor among the LA codes "
                + "the workbench knows (SEN2 2010-2025). Import la_code_list.xlsx (statistical neighbours folder) if it is "
                + "a new LA.\n", err());
        assertEquals(1, run("area", "create"));
        assertEquals("highneeds: area create: name the LA (usage: area create --la CODE (the 3-digit DfE LA number, "
                + "e.g. 302))\n", err());
        assertEquals(0, run("help"));
        assertTrue(out().contains("area create --la CODE"), out());
    }
}
