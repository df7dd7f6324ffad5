package org.highneeds.analysis.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.highneeds.analysis.AnalysisException;
import org.highneeds.analysis.ComparatorGroup;
import org.highneeds.analysis.ComparatorMember;
import org.highneeds.analysis.ConnectionSource;
import org.highneeds.analysis.LaInfo;
import org.highneeds.model.ComparatorKind;
import org.highneeds.model.ComparatorSet;

/** Builds comparator groups from the la and sn_neighbour tables. */
public final class Groups {

    private Groups() {
    }

    /** The 10 statistical neighbours of the newest release, in rank order. */
    public static ComparatorGroup statisticalNeighbours(ConnectionSource db, String laCode) throws AnalysisException {
        LaDirectory dir = LaDirectory.load(db);
        LaInfo la = dir.get(laCode);
        List<ComparatorMember> members = new ArrayList<>();
        String release = null;
        // newest release = the one imported last; 'current' section (not the pre-reorganisation 'Old SNs')
        String sql = "SELECT s.release, s.neighbour_rank, s.neighbour_la_code, s.proximity FROM sn_neighbour s "
                + "WHERE s.la_code = ? AND s.section = 'current' AND s.provenance_id = (SELECT max(provenance_id) "
                + "FROM sn_neighbour WHERE la_code = ? AND section = 'current') ORDER BY s.neighbour_rank";
        try (Connection c = db.connect(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, la.laCode());
            p.setString(2, la.laCode());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    release = r.getString(1);
                    String code = r.getString(3);
                    LaInfo member = dir.find(code);
                    if (member == null) member = new LaInfo(code, code, null, null, false);
                    members.add(new ComparatorMember(member, r.getInt(2), r.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new AnalysisException("Cannot read the statistical neighbours of " + la.label() + ": " + Sql.firstLine(e), e);
        }
        if (members.isEmpty() && !la.current()) {
            // an abolished LA has no neighbours in a workbook published after it ended: name where its series went
            List<LaDirectory.Succession> next = dir.successors(la.laCode());
            if (!next.isEmpty()) {
                String names = String.join(" and ", next.stream().map(n -> n.newLaCode() + " " + dir.name(n.newLaCode())).toList());
                throw new AnalysisException("No statistical neighbours for " + la.label() + ": it no longer exists; it "
                        + (next.size() > 1 ? "was split on " + next.get(0).effectiveDate() + " into " + names
                                + ": benchmark one of them" : "became part of " + names + " on " + next.get(0).effectiveDate()
                                + ": benchmark that LA"));
            }
            throw new AnalysisException("No statistical neighbours for " + la.label() + ": " + la.name()
                    + " no longer exists, benchmark its successor");
        }
        if (members.isEmpty()) {
            throw new AnalysisException("No statistical neighbours for " + la.label() + ": import the DfE statistical "
                    + "neighbours workbook (e.g. sn_may_2025.xlsx) first");
        }
        return new ComparatorGroup(ComparatorKind.STATISTICAL_NEIGHBOURS, "Statistical neighbours of " + la.label() + " ("
                + release + ")", la.laCode(), members, "DfE children's services statistical neighbours, " + release);
    }

    /** The other current LAs of the LA's region. */
    public static ComparatorGroup region(ConnectionSource db, String laCode) throws AnalysisException {
        LaDirectory dir = LaDirectory.load(db);
        LaInfo la = dir.get(laCode);
        List<ComparatorMember> members = dir.current().stream()
                .filter(o -> Objects.equals(o.region(), la.region()) && !o.laCode().equals(la.laCode()))
                .map(o -> new ComparatorMember(o, null, null)).toList();
        return new ComparatorGroup(ComparatorKind.REGION, "Other LAs in " + la.region(), la.laCode(), members,
                "LA code list (la table), region " + la.region());
    }

    /** The other current LAs of the LA's type. */
    public static ComparatorGroup laType(ConnectionSource db, String laCode) throws AnalysisException {
        LaDirectory dir = LaDirectory.load(db);
        LaInfo la = dir.get(laCode);
        List<ComparatorMember> members = dir.current().stream()
                .filter(o -> Objects.equals(o.laType(), la.laType()) && !o.laCode().equals(la.laCode()))
                .map(o -> new ComparatorMember(o, null, null)).toList();
        return new ComparatorGroup(ComparatorKind.LA_TYPE, "Other " + typeName(la.laType()) + " (" + la.laType() + ")",
                la.laCode(), members, "LA code list (la table), LA type " + la.laType());
    }

    /** All current LAs but the subject. */
    public static ComparatorGroup england(ConnectionSource db, String laCode) throws AnalysisException {
        LaDirectory dir = LaDirectory.load(db);
        String subject = laCode == null ? null : dir.get(laCode).laCode();
        List<ComparatorMember> members = dir.current().stream().filter(o -> !o.laCode().equals(subject))
                .map(o -> new ComparatorMember(o, null, null)).toList();
        return new ComparatorGroup(ComparatorKind.ENGLAND, subject == null ? "All LAs in England" : "All other LAs in England",
                subject, members, "LA code list (la table), current LAs");
    }

    /** The given codes in order (duplicates and the subject dropped). */
    public static ComparatorGroup custom(ConnectionSource db, String name, String laCode, List<String> codes)
            throws AnalysisException {
        LaDirectory dir = LaDirectory.load(db);
        String subject = laCode == null ? null : dir.get(laCode).laCode();
        List<String> unknown = new ArrayList<>();
        List<ComparatorMember> members = new ArrayList<>();
        for (String code : new LinkedHashSet<>(codes)) {
            String c = code.trim();
            if (c.isEmpty() || c.equals(subject)) continue;
            LaInfo la = dir.find(c);
            if (la == null) unknown.add(c);
            else members.add(new ComparatorMember(la, null, null));
        }
        if (!unknown.isEmpty()) {
            throw new AnalysisException("Unknown LA code" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + " in the comparator group: use DfE 3-digit LA numbers, e.g. 302 for Barnet");
        }
        if (members.isEmpty()) throw new AnalysisException("The comparator group '" + name + "' has no LAs");
        return new ComparatorGroup(ComparatorKind.CUSTOM, name, subject, members, "custom list of LA codes");
    }

    /** A saved comparator set. */
    public static ComparatorGroup of(ConnectionSource db, ComparatorSet set) throws AnalysisException {
        LaDirectory dir = LaDirectory.load(db);
        String subject = set.getSubject() == null ? null : set.getSubject().getLaCode();
        List<ComparatorMember> members = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (org.highneeds.model.ComparatorMember m : set.getMembers()) {
            String code = m.getAuthority() == null ? null : m.getAuthority().getLaCode();
            LaInfo la = code == null ? null : dir.find(code.trim());
            if (la == null) {
                problems.add(m.getAuthority() == null ? "a member without an LA"
                        : "'" + m.getAuthority().getName() + "' (LA code " + code + ")");
            } else if (!la.laCode().equals(subject)) {
                members.add(new ComparatorMember(la, m.getRank(), null));
            }
        }
        String name = set.getName() == null || set.getName().isBlank() ? "Saved comparator group" : set.getName();
        if (!problems.isEmpty()) {
            throw new AnalysisException("The comparator group '" + name + "' has members that are not LAs of the LA code list: "
                    + String.join(", ", problems));
        }
        ComparatorKind kind = set.isSetKind() ? set.getKind() : ComparatorKind.CUSTOM;
        return new ComparatorGroup(kind, name, subject, members, "saved comparator group '" + name + "'");
    }

    /** sn, region, type, england or a comma list. */
    public static ComparatorGroup parse(ConnectionSource db, String spec, String laCode) throws AnalysisException {
        String s = spec == null ? "sn" : spec.trim();
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "sn", "neighbours", "statistical-neighbours" -> statisticalNeighbours(db, laCode);
            case "region" -> region(db, laCode);
            case "type", "la-type" -> laType(db, laCode);
            case "england", "all" -> england(db, laCode);
            default -> {
                if (!s.matches("[0-9 ,]+")) {
                    throw new AnalysisException("Unknown comparator group '" + spec
                            + "': use sn, region, type, england or a comma list of LA codes (e.g. 302,303,304)");
                }
                yield custom(db, "LAs " + s.replace(" ", ""), laCode, List.of(s.split(",")));
            }
        };
    }

    private static String typeName(String type) {
        return switch (type == null ? "" : type) {
            case "UA" -> "unitary authorities";
            case "MD" -> "metropolitan districts";
            case "SC" -> "shire counties";
            case "OLB" -> "outer London boroughs";
            case "ILB" -> "inner London boroughs";
            default -> "LAs of type " + type;
        };
    }
}
