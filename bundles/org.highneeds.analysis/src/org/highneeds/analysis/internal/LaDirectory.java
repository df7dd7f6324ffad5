package org.highneeds.analysis.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.highneeds.analysis.AnalysisException;
import org.highneeds.analysis.ConnectionSource;
import org.highneeds.analysis.LaInfo;

/**
 * The LA code list ({@code la}) and the boundary changes ({@code la_successor}) of the workspace database, read
 * once per engine: small tables the engine consults for every row.
 */
public final class LaDirectory {

    /** One boundary change from the successor table. */
    public record Succession(String oldLaCode, String newLaCode, LocalDate effectiveDate, String kind, String note) {
    }

    private final Map<String, LaInfo> las;
    private final List<Succession> successions;

    LaDirectory(Map<String, LaInfo> las, List<Succession> successions) {
        this.las = las;
        this.successions = successions;
    }

    /** Reads both tables; a clear error when the LA code list has not been imported. */
    public static LaDirectory load(ConnectionSource db) throws AnalysisException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            Map<String, LaInfo> las = new LinkedHashMap<>();
            // la_type is NULL for England, regions and retired aggregate codes: those are not LAs
            try (ResultSet r = s.executeQuery("SELECT la_code, name, region, la_type, is_current FROM la "
                    + "WHERE la_type IS NOT NULL ORDER BY la_code")) {
                while (r.next()) {
                    las.put(r.getString(1), new LaInfo(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getBoolean(5)));
                }
            }
            if (las.isEmpty()) {
                throw new AnalysisException("The LA code list is not imported: import la_code_list.xlsx (statistical "
                        + "neighbours folder) first, e.g. ./highneeds cli import la_code_list.xlsx");
            }
            List<Succession> successions = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT old_la_code, new_la_code, effective_date, kind, note FROM la_successor "
                    + "WHERE kind IN ('merge', 'split') ORDER BY new_la_code, old_la_code")) {
                while (r.next()) {
                    successions.add(new Succession(r.getString(1), r.getString(2), r.getDate(3).toLocalDate(),
                            r.getString(4), r.getString(5)));
                }
            }
            return new LaDirectory(las, successions);
        } catch (SQLException e) {
            throw new AnalysisException("Cannot read the LA code list from the workspace database: " + Sql.firstLine(e), e);
        }
    }

    /** The LA with the code; the error names the code. */
    public LaInfo get(String code) throws AnalysisException {
        LaInfo la = las.get(code == null ? null : code.trim());
        if (la == null) {
            throw new AnalysisException("Unknown LA code '" + code + "': use the DfE 3-digit LA number, e.g. 302 for Barnet");
        }
        return la;
    }

    /** The LA with the code, or null. */
    public LaInfo find(String code) {
        return las.get(code);
    }

    /** True when the code is an LA (current or abolished), not England or a region. */
    public boolean isLa(String code) {
        return las.containsKey(code);
    }

    /** All LAs, by code. */
    public List<LaInfo> all() {
        return List.copyOf(las.values());
    }

    /** The current LAs, by code. */
    public List<LaInfo> current() {
        return las.values().stream().filter(LaInfo::current).toList();
    }

    /**
     * The predecessor codes the series of {@code laCode} was published under for a period starting on {@code start}
     * (empty when the LA's own code applies), as {@code la_series_sources} does in SQL.
     */
    public List<Succession> predecessors(String laCode, LocalDate start) {
        List<Succession> out = new ArrayList<>();
        for (Succession s : successions) {
            if (s.newLaCode().equals(laCode) && start.isBefore(s.effectiveDate())) out.add(s);
        }
        return out;
    }

    /** The boundary changes that ended the LA {@code oldLaCode} (two or more for a split), by successor code. */
    public List<Succession> successors(String oldLaCode) {
        return successions.stream().filter(s -> s.oldLaCode().equals(oldLaCode) && !s.newLaCode().equals(oldLaCode)).toList();
    }

    /** The display name of a code: the LA's name, else the code. */
    public String name(String code) {
        LaInfo la = las.get(code);
        return la == null ? code : la.name();
    }
}
