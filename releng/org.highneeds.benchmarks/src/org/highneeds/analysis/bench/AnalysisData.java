package org.highneeds.analysis.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.data.imports.ImportService;
import org.highneeds.data.imports.ImporterRegistry;
import org.highneeds.data.internal.ees.EesCsvImporter;
import org.highneeds.data.internal.finance.DsgAllocationImporter;
import org.highneeds.data.internal.finance.HnBenchmarkingImporter;
import org.highneeds.data.internal.gias.GiasEstablishmentImporter;
import org.highneeds.data.internal.lait.LaitImporter;
import org.highneeds.data.internal.ons.OnsMidYearEstimatesImporter;
import org.highneeds.data.internal.reference.LaCodeListImporter;
import org.highneeds.data.internal.reference.StatisticalNeighboursImporter;
import org.highneeds.data.internal.schema.SchemaMigrator;
import org.highneeds.data.internal.sen2.Sen2Importer;

/**
 * A workspace database with the REAL published files the indicators read (SEN2 2022 and 2025, ONS mid-year
 * estimates, DSG and high needs benchmarking workbooks, LAIT, statistical neighbours, LA code list, GIAS sample),
 * imported through the workbench's importers outside OSGi. Kept in the given folder and reused when present.
 */
public final class AnalysisData {

    private AnalysisData() {
    }

    /** The published files imported, relative to the shared data folder. */
    public static final List<String> FILES = List.of(
            "statistical-neighbours/la_code_list.xlsx",
            "statistical-neighbours/sn_may_2025.xlsx",
            "ehcp-sen2-2022",
            "ehcp-sen2-2025",
            "ons-mid-year-estimates",
            "high-needs-finance",
            "lait-sen-indicators/lait_bds_long_sen_subset.csv",
            "gias/edubasealldata_2026_first2rows.csv");

    /** The database file in {@code folder}, imported first when missing. */
    public static Path database(Path sharedData, Path folder) throws Exception {
        Path file = folder.resolve("highneeds.duckdb");
        Class.forName("org.duckdb.DuckDBDriver");
        if (Files.exists(file)) {
            // a database kept from an earlier build gets the current schema, as a user's workspace does on opening
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
                new SchemaMigrator().migrate(c);
            }
            return file;
        }
        Files.createDirectories(folder);
        Path partial = folder.resolve("partial.duckdb");
        Files.deleteIfExists(partial);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + partial)) {
            new SchemaMigrator().migrate(c);
            ImportService service = new ImportService(c, registry());
            List<Path> paths = new ArrayList<>();
            for (String f : FILES) paths.add(sharedData.resolve(f));
            service.importAll(paths, null, new NullProgressMonitor());
        }
        Files.move(partial, file);
        return file;
    }

    /** The importers the analysis needs. */
    public static ImporterRegistry registry() {
        return new ImporterRegistry(List.of(new LaCodeListImporter(), new StatisticalNeighboursImporter(),
                new Sen2Importer(), new EesCsvImporter(), new LaitImporter(), new OnsMidYearEstimatesImporter(),
                new DsgAllocationImporter(), new HnBenchmarkingImporter(), new GiasEstablishmentImporter()));
    }
}
