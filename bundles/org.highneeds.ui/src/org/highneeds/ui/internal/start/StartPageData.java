package org.highneeds.ui.internal.start;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.highneeds.analysis.AnalysisException;
import org.highneeds.analysis.BenchmarkEngine;
import org.highneeds.analysis.ComparatorGroup;
import org.highneeds.analysis.ConnectionSource;
import org.highneeds.analysis.IndicatorDefinition;
import org.highneeds.analysis.IndicatorRegistry;
import org.highneeds.analysis.LaInfo;
import org.highneeds.analysis.LaProfile;
import org.highneeds.data.Services;
import org.highneeds.data.WorkspaceDatabaseService;
import org.highneeds.ui.internal.imports.DataCatalogView;
import org.highneeds.ui.internal.imports.DataCatalogView.CatalogueEntry;
import org.highneeds.ui.internal.imports.DataCatalogView.ImportedFile;

/**
 * What the start page shows for an LA: the state of the datasets the headline reads and the headline profile, computed
 * by a benchmark engine over the headline indicators only: the engine service profiles every indicator (user-defined
 * ones too), which the start page does not show and would wait for.
 */
public final class StartPageData {

    /** The headline indicators, each shown on a card of its own. */
    static final List<String> HEADLINE = List.of("ehcp_count", "ehcp_per_population_2_18", "pct_inmss",
            "pct_within_20_weeks_excl_exceptions", "hn_block_per_head_2_18");

    /** The placement mix card, in the order of a placement ladder. */
    static final List<String> PLACEMENT_MIX = List.of("pct_mainstream", "pct_rp_sen_units", "pct_special", "pct_inmss",
            "pct_ap", "pct_fe", "pct_spi");

    /** The datasets the headline reads, in the order a new workspace needs them. */
    static final List<String> KEY_DATASETS = List.of("reference.la-code-list", "reference.statistical-neighbours",
            "sen2.ehcp", "ons.mye", "finance.dsg-allocations");

    /** Annual data whose newest period ended this many years ago or more has probably had a newer release. */
    static final int STALE_AFTER_YEARS = 2;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:[/-](\\d{2}))?");

    private static StartPageData workspace;

    private final ConnectionSource database;
    private final BenchmarkEngine engine;

    /** Data over {@code database}, with an engine of the headline indicators only (a profile of all is slower). */
    public StartPageData(ConnectionSource database) {
        this.database = database;
        IndicatorRegistry all = IndicatorRegistry.fromExtensions();
        List<IndicatorDefinition> headline = new ArrayList<>();
        for (String id : HEADLINE) {
            all.find(id).ifPresent(headline::add);
        }
        for (String id : PLACEMENT_MIX) {
            all.find(id).filter(d -> !headline.contains(d)).ifPresent(headline::add);
        }
        this.engine = new BenchmarkEngine(database, new IndicatorRegistry(headline));
    }

    /** The data over the workbench's workspace database; it forgets cached values whenever the database changes. */
    public static synchronized StartPageData workspace() {
        if (workspace == null) {
            WorkspaceDatabaseService database = Services.get(WorkspaceDatabaseService.class);
            workspace = new StartPageData(database::connect);
            database.addChangeListener(workspace.engine::invalidate);
        }
        return workspace;
    }

    /** The engine (tests compare the page with it). */
    public BenchmarkEngine engine() {
        return engine;
    }

    /** The LAs of the imported code list (current and abolished); empty while the code list is not imported. */
    public List<LaInfo> localAuthorities() {
        try {
            return engine.comparators().allLas();
        } catch (AnalysisException e) {
            return List.of();
        }
    }

    /** Everything the start page shows for {@code laCode} (null: no LA chosen yet). */
    public StartPageState load(String laCode, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading the start page", 10);
        List<CatalogueEntry> catalogue;
        try (Connection c = database.connect()) {
            catalogue = DataCatalogView.load(c);
        } catch (SQLException e) {
            return StartPageState.failed(laCode, "The workspace database cannot be read: " + e.getMessage());
        }
        progress.worked(1);
        List<DatasetState> datasets = new ArrayList<>();
        for (String id : KEY_DATASETS) {
            catalogue.stream().filter(e -> e.dataset().id().equals(id)).findFirst().map(StartPageData::state)
                    .ifPresent(datasets::add);
        }
        int othersImported = (int) catalogue.stream()
                .filter(e -> !KEY_DATASETS.contains(e.dataset().id()) && !e.files().isEmpty()).count();
        if (laCode == null) {
            return new StartPageState(null, null, datasets, othersImported, null, null, null);
        }
        Optional<LaInfo> la = localAuthorities().stream().filter(l -> l.laCode().equals(laCode)).findFirst();
        if (la.isEmpty() || datasets.stream().noneMatch(d -> d.dataset().id().equals("sen2.ehcp") && d.status() != DatasetState.Status.MISSING)) {
            return new StartPageState(laCode, la.orElse(null), datasets, othersImported, null, null, null);
        }
        String groupNote = null;
        ComparatorGroup group;
        try {
            group = engine.comparators().statisticalNeighbours(laCode);
        } catch (AnalysisException e) {
            groupNote = "The statistical neighbours are not imported, so means are over all LAs in England.";
            try {
                group = engine.comparators().england(laCode);
            } catch (AnalysisException e2) {
                return new StartPageState(laCode, la.get(), datasets, othersImported, null, null, e2.getMessage());
            }
        }
        try {
            LaProfile profile = engine.profile(laCode, group, progress.split(9));
            return new StartPageState(laCode, la.get(), datasets, othersImported, profile, groupNote, null);
        } catch (AnalysisException e) {
            return new StartPageState(laCode, la.get(), datasets, othersImported, null, groupNote, e.getMessage());
        }
    }

    /** Imported, missing, or probably out of date, with what was imported in words. */
    static DatasetState state(CatalogueEntry entry) {
        List<ImportedFile> files = entry.files().stream().filter(f -> !f.superseded()).toList();
        if (files.isEmpty()) {
            return new DatasetState(entry.dataset(), DatasetState.Status.MISSING, "Not imported", null);
        }
        Integer newest = files.stream().map(f -> endYear(f.periods())).filter(y -> y != null).max(Integer::compare).orElse(null);
        String when = files.stream().map(ImportedFile::importedAt).max(String::compareTo).orElse("");
        String count = files.size() == 1 ? "1 file" : files.size() + " files";
        String detail = count + ", imported " + when.replaceFirst(" .*", "")
                + (newest == null ? "" : "; newest period ends in " + newest);
        boolean stale = newest != null && Year.now().getValue() - newest >= STALE_AFTER_YEARS;
        return new DatasetState(entry.dataset(), stale ? DatasetState.Status.OUT_OF_DATE : DatasetState.Status.IMPORTED,
                detail, newest);
    }

    /** The year the latest period named in {@code periods} ends in ("2018/19 to 2024/25" ends in 2025), or null. */
    static Integer endYear(String periods) {
        if (periods == null) {
            return null;
        }
        Integer end = null;
        Matcher m = YEAR.matcher(periods);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            // "2024/25" and "2020-21" end in the second year; "2019-06-30" is a date in 2019
            if (m.group(2) != null && Integer.parseInt(m.group(2)) == (year + 1) % 100) {
                year++;
            }
            end = end == null ? year : Math.max(end, year);
        }
        return end;
    }
}
