package org.highneeds.analysis.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.analysis.BenchmarkEngine;
import org.highneeds.analysis.ConnectionSource;
import org.highneeds.analysis.IndicatorRegistry;
import org.highneeds.data.WorkspaceDatabase;
import org.highneeds.data.imports.DatasetCatalog;
import org.highneeds.data.imports.ImportResult;
import org.highneeds.data.imports.ImportService;

/**
 * A workspace database with the REAL published files the indicators read, imported once per test run through the
 * workbench's importers (as {@code highneeds cli import} does): LA code list and statistical neighbours, SEN2 2022
 * and 2025, ONS mid-year estimates, DSG workbooks, LAIT.
 */
public final class RealData {

    private static WorkspaceDatabase database;

    private RealData() {
    }

    /** The shared data folder (system property highneeds.shared.data, else shared/data above the working folder). */
    public static Path root() {
        String p = System.getProperty("highneeds.shared.data");
        if (p != null && !p.isBlank()) return Path.of(p);
        Path d = Path.of("").toAbsolutePath();
        while (d != null) {
            Path c = d.resolve("shared").resolve("data");
            if (Files.isDirectory(c)) return c;
            d = d.getParent();
        }
        throw new IllegalStateException("no shared/data folder; set -Dhighneeds.shared.data");
    }

    /** The files imported, relative to the shared data folder. */
    public static final List<String> FILES = List.of("statistical-neighbours/la_code_list.xlsx",
            "statistical-neighbours/sn_may_2025.xlsx", "ehcp-sen2-2022", "ehcp-sen2-2025", "ons-mid-year-estimates",
            "high-needs-finance", "lait-sen-indicators/lait_bds_long_sen_subset.csv");

    /** The database, imported on first use. */
    public static synchronized WorkspaceDatabase database() throws Exception {
        if (database == null) {
            Path workspace = Files.createTempDirectory("hn-analysis-tests");
            WorkspaceDatabase db = WorkspaceDatabase.open(workspace);
            List<Path> files = new ArrayList<>();
            for (String f : FILES) files.add(root().resolve(f));
            try (Connection c = db.connect()) {
                List<ImportResult> results = new ImportService(c, DatasetCatalog.fromExtensions().importers())
                        .importAll(files, null, new NullProgressMonitor());
                if (results.isEmpty()) throw new IllegalStateException("nothing imported from " + files);
            }
            database = db;
        }
        return database;
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
