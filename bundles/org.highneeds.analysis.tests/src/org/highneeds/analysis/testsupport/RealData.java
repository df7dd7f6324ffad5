package org.highneeds.analysis.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.highneeds.analysis.BenchmarkEngine;
import org.highneeds.analysis.ConnectionSource;
import org.highneeds.analysis.IndicatorRegistry;
import org.highneeds.data.WorkspaceDatabase;
import org.highneeds.testing.ImportHarness;
import org.highneeds.testing.SharedData;
import org.highneeds.testing.TestWorkspace;

/**
 * A workspace database with the REAL published files the indicators read, imported once per test run through the
 * workbench's importers (as {@code highneeds cli import} does): LA code list and statistical neighbours, SEN2 2022
 * and 2025, ONS mid-year estimates, DSG workbooks, LAIT.
 */
public final class RealData {

    private static TestWorkspace workspace;

    private RealData() {
    }

    /** The files imported, relative to the shared data folder. */
    public static final List<String> FILES = List.of("statistical-neighbours/la_code_list.xlsx",
            "statistical-neighbours/sn_may_2025.xlsx", "ehcp-sen2-2022", "ehcp-sen2-2025", "ons-mid-year-estimates",
            "high-needs-finance", "lait-sen-indicators/lait_bds_long_sen_subset.csv");

    /** The database, imported on first use and kept for the rest of the run. */
    public static synchronized WorkspaceDatabase database() throws Exception {
        if (workspace == null) {
            TestWorkspace created = TestWorkspace.create();
            List<Path> files = new ArrayList<>();
            for (String f : FILES) files.add(SharedData.path(f));
            ImportHarness.importFiles(created.connection(), files);
            workspace = created;
        }
        return workspace.database();
    }

    /** Connections to the database. */
    public static ConnectionSource source() throws Exception {
        WorkspaceDatabase db = database();
        return db::connect;
    }

    /** An engine with the built-in indicators over the database. */
    public static BenchmarkEngine engine() throws Exception {
        return new BenchmarkEngine(source(), IndicatorRegistry.fromExtensions());
    }
}
