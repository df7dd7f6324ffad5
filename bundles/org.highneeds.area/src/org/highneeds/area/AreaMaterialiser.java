package org.highneeds.area;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.highneeds.area.internal.GiasCodes;
import org.highneeds.data.imports.Sen2PlacementCode;
import org.highneeds.model.CapacityRecord;
import org.highneeds.model.ComparatorKind;
import org.highneeds.model.ComparatorMember;
import org.highneeds.model.ComparatorSet;
import org.highneeds.model.EhcpCohort;
import org.highneeds.model.HighNeedsFactory;
import org.highneeds.model.LaType;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.LocalAuthority;
import org.highneeds.model.NeedType;
import org.highneeds.model.PlacementCategory;
import org.highneeds.model.Provision;
import org.highneeds.model.ProvisionKind;
import org.highneeds.model.ProvisionStatus;
import org.highneeds.model.Setting;
import org.highneeds.model.edit.ModelLabels;
import org.highneeds.model.validation.AreaModelValidator;
import org.highneeds.model.validation.ModelValidation;

/** Builds a local area model for one LA from the published data in the workspace database. */
public final class AreaMaterialiser {

    private static final Pattern LA_CODE = Pattern.compile("\\d{3}");
    private static final HighNeedsFactory F = HighNeedsFactory.eINSTANCE;
    private static final Set<PlacementCategory> SPECIAL_SCHOOLS = Set.of(PlacementCategory.SPECIAL_LA_MAINTAINED,
            PlacementCategory.SPECIAL_ACADEMY_FREE, PlacementCategory.SPECIAL_NON_MAINTAINED,
            PlacementCategory.SPECIAL_INDEPENDENT);

    private final Connection connection;

    /** Reads through the given connection (the caller opens and closes it); nothing is written. */
    public AreaMaterialiser(Connection connection) {
        this.connection = connection;
    }

    /**
     * Builds the model of one LA.
     *
     * @param laCode 3-digit LA code (old codes mapped through la_successor, e.g. Poole 836 -> Bournemouth,
     *        Christchurch and Poole 839); a code split between several successors is refused with their names
     * @throws AreaMaterialisationException for an unknown, malformed or split LA code, or an unreadable database
     */
    public Materialisation materialise(String laCode, IProgressMonitor monitor) throws AreaMaterialisationException {
        String code = laCode == null ? "" : laCode.trim();
        if (!LA_CODE.matcher(code).matches()) {
            throw new AreaMaterialisationException("The LA code must be the 3-digit DfE number (e.g. 302 for Barnet), not '"
                    + (laCode == null ? "" : laCode) + "'.");
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Materialising the local area of LA " + code, 6);
        try {
            return new Run(code).build(progress);
        } catch (SQLException e) {
            throw new AreaMaterialisationException("Cannot read the workspace database while materialising LA " + code
                    + ": " + e.getMessage(), e);
        }
    }

    /** One materialisation: the model being built, the authorities created so far and what was missing. */
    private final class Run {
        private final String requested;
        private final LocalAreaModel area = F.createLocalAreaModel();
        private final Map<String, LocalAuthority> authorities = new LinkedHashMap<>();
        private final Map<String, String[]> laRows = new LinkedHashMap<>();
        private final Map<String, String[]> onsRows = new LinkedHashMap<>();
        private final List<String> missing = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private LocalAuthority subject;

        Run(String requested) {
            this.requested = requested;
        }

        Materialisation build(SubMonitor progress) throws SQLException, AreaMaterialisationException {
            progress.split(1).subTask("LA and its predecessors");
            loadLaReference();
            String code = resolveSuccessor(requested);
            subject = authority(code);
            area.setLocalAuthority(subject);
            area.setName(subject.getName());
            links(code);
            progress.split(1).subTask("Comparator sets");
            statisticalNeighbours(code);
            regionAndTypeSets(code);
            progress.split(1).subTask("Settings and provision (GIAS)");
            settings(code, progress.split(1));
            progress.split(1).subTask("EHC plans (SEN2)");
            ehcps(code);
            progress.split(1).subTask("Validation");
            clearInvalidValues();
            area.setDescription("Materialised on " + LocalDate.now() + " from the workspace database"
                    + (notes.isEmpty() ? "" : ": " + String.join("; ", notes)) + ".");
            return new Materialisation(area, missing);
        }

        /** Reads the LA code list and the ONS code seed once: the subject, neighbours and comparators need both. */
        private void loadLaReference() throws SQLException {
            query("SELECT la_code, name, ons_code, region, la_type, CAST(is_current AS VARCHAR) FROM la ORDER BY la_code",
                    rs -> laRows.put(rs.getString(1), new String[] { rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6) }));
            // the last row of a code wins: the code in force now, else the most recently retired one
            query("SELECT la_code, la_name, ons_code FROM la_ons_code ORDER BY la_code, year_to IS NULL, year_to",
                    rs -> onsRows.put(rs.getString(1), new String[] { rs.getString(2), rs.getString(3) }));
            if (laRows.isEmpty()) {
                missing.add("LA code list (la_code_list.xlsx) not imported: region and LA type unknown, so no region or "
                        + "LA-type comparator sets");
            }
        }

        private String resolveSuccessor(String code) throws SQLException, AreaMaterialisationException {
            List<String[]> successors = new ArrayList<>();
            query("SELECT new_la_code, kind, CAST(effective_date AS VARCHAR) FROM la_successor WHERE old_la_code = ? "
                    + "AND new_la_code <> old_la_code ORDER BY new_la_code",
                    rs -> successors.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }), code);
            if (successors.isEmpty()) {
                if (!laRows.containsKey(code) && !onsRows.containsKey(code)) {
                    throw new AreaMaterialisationException("Unknown LA code " + code + ": it is neither in the LA code list "
                            + "nor among the LA codes the workbench knows (SEN2 2010-2025)." + (laRows.isEmpty()
                                    ? " Import la_code_list.xlsx (statistical neighbours folder) if it is a new LA." : ""));
                }
                String[] la = laRows.get(code);
                if (la != null && "false".equals(la[4])) {
                    throw new AreaMaterialisationException("LA " + code + " " + name(code) + " no longer exists and the "
                            + "workbench knows no successor for it.");
                }
                return code;
            }
            if (successors.size() > 1) {
                StringBuilder names = new StringBuilder();
                for (String[] s : successors) {
                    names.append(names.length() == 0 ? "" : " and ").append(s[0]).append(' ').append(name(s[0]));
                }
                throw new AreaMaterialisationException("LA " + code + " " + name(code) + " was split on " + successors.get(0)[2]
                        + " into " + names + ": materialise one of them.");
            }
            String[] s = successors.get(0);
            notes.add("LA " + code + " " + name(code) + " became part of " + s[0] + " " + name(s[0]) + " on " + s[2]
                    + ", so the area is " + name(s[0]));
            return s[0];
        }

        private void links(String code) throws SQLException {
            List<String[]> rows = new ArrayList<>();
            // predecessors of the LA, and every successor of those (a split shows all its parts)
            query("SELECT s.old_la_code, s.new_la_code FROM la_successor s WHERE s.new_la_code <> s.old_la_code AND "
                    + "(s.new_la_code = ? OR s.old_la_code = ? OR s.old_la_code IN (SELECT old_la_code FROM la_successor "
                    + "WHERE new_la_code = ?)) ORDER BY s.effective_date, s.old_la_code, s.new_la_code",
                    rs -> rows.add(new String[] { rs.getString(1), rs.getString(2) }), code, code, code);
            for (String[] row : rows) {
                LocalAuthority older = authority(row[0]);
                LocalAuthority newer = authority(row[1]);
                if (!older.getSuccessors().contains(newer)) {
                    older.getSuccessors().add(newer);
                }
            }
        }

        private void statisticalNeighbours(String code) throws SQLException {
            if (count("SELECT count(*) FROM sn_neighbour") == 0) {
                missing.add("Statistical neighbours (sn_*.xlsx) not imported: no statistical neighbours comparator set");
                return;
            }
            List<String[]> rows = new ArrayList<>();
            // the newest release that has this LA
            query("WITH rel AS (SELECT release FROM sn_neighbour WHERE la_code = ? GROUP BY release "
                    + "ORDER BY max(provenance_id) DESC LIMIT 1) SELECT n.release, n.neighbour_rank, n.neighbour_la_code, "
                    + "n.proximity FROM sn_neighbour n JOIN rel USING (release) WHERE n.la_code = ? ORDER BY n.neighbour_rank",
                    rs -> rows.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) }),
                    code, code);
            if (rows.isEmpty()) {
                missing.add("Statistical neighbours imported, but no release lists LA " + code + " " + subject.getName()
                        + ": no statistical neighbours comparator set");
                return;
            }
            ComparatorSet set = F.createComparatorSet();
            set.setName("Statistical neighbours (" + rows.get(0)[0] + ")");
            set.setKind(ComparatorKind.STATISTICAL_NEIGHBOURS);
            set.setSubject(subject);
            for (String[] row : rows) {
                ComparatorMember member = F.createComparatorMember();
                member.setAuthority(authority(row[2]));
                member.setRank(Integer.valueOf(row[1]));
                member.setProximityLabel(row[3]);
                set.getMembers().add(member);
            }
            area.getComparatorSets().add(set);
            notes.add("statistical neighbours of " + rows.get(0)[0]);
        }

        private void regionAndTypeSets(String code) {
            String[] la = laRows.get(code);
            if (la == null) {
                if (!laRows.isEmpty()) {
                    missing.add("LA " + code + " is not in the imported LA code list: region and LA type unknown, so no "
                            + "region or LA-type comparator sets");
                }
                return;
            }
            comparatorSet(code, ComparatorKind.REGION, "Region: " + region(la[2]), 2, region(la[2]));
            comparatorSet(code, ComparatorKind.LA_TYPE, "LA type: " + laTypeLabel(la[3]), 3, la[3]);
        }

        private void comparatorSet(String code, ComparatorKind kind, String name, int column, String value) {
            if (value == null) {
                return;
            }
            ComparatorSet set = F.createComparatorSet();
            set.setName(name);
            set.setKind(kind);
            set.setSubject(subject);
            for (Map.Entry<String, String[]> e : laRows.entrySet()) {
                String[] row = e.getValue();
                String other = column == 2 ? region(row[2]) : row[column];
                if (!e.getKey().equals(code) && value.equals(other) && "true".equals(row[4]) && row[3] != null) {
                    ComparatorMember member = F.createComparatorMember();
                    member.setAuthority(authority(e.getKey()));
                    set.getMembers().add(member);
                }
            }
            area.getComparatorSets().add(set);
        }

        private void settings(String code, SubMonitor monitor) throws SQLException {
            long all = count("SELECT count(*) FROM setting");
            if (all == 0) {
                missing.add("GIAS establishments (edubasealldata*.csv) not imported: no settings, resourced provision, "
                        + "SEN units or special school places");
                return;
            }
            List<Setting> found = new ArrayList<>();
            // each URN as in the newest extract that has it; closed establishments are left out
            query("WITH latest AS (SELECT s.*, p.period_to FROM setting s JOIN provenance p ON p.id = s.provenance_id "
                    + "QUALIFY row_number() OVER (PARTITION BY s.urn ORDER BY p.period_to DESC NULLS LAST, "
                    + "s.provenance_id DESC) = 1) "
                    + "SELECT urn, name, establishment_type_code, establishment_type, status, phase, statutory_low_age, "
                    + "statutory_high_age, capacity, number_of_pupils, census_date, postcode, easting, northing, "
                    + "section41_approved, has_resourced_provision, has_sen_unit, resourced_provision_on_roll, "
                    + "resourced_provision_capacity, sen_unit_on_roll, sen_unit_capacity, "
                    + "array_to_string(sen_provision_codes, '|'), open_date, close_date "
                    + "FROM latest WHERE la_code = ? AND coalesce(lower(status), '') <> 'closed' ORDER BY urn",
                    rs -> {
                        if (monitor.isCanceled()) {
                            throw new OperationCanceledException();
                        }
                        found.add(setting(rs));
                    }, code);
            if (found.isEmpty()) {
                missing.add("GIAS establishments imported (" + all + " rows), but none open in LA " + code + " "
                        + subject.getName() + ": no settings, resourced provision, SEN units or special school places");
                return;
            }
            area.getSettings().addAll(found);
            notes.add(found.size() + " open settings from GIAS");
        }

        private Setting setting(ResultSet rs) throws SQLException {
            Setting s = F.createSetting();
            String urn = rs.getString(1);
            s.setUrn(urn);
            s.setName(rs.getString(2));
            s.setEstablishmentType(rs.getString(4));
            PlacementCategory category = GiasCodes.category(rs.getString(3), rs.getString(4));
            if (category != null) {
                s.setProvisionCategory(category);
            }
            if (GiasCodes.phase(rs.getString(6)) != null) {
                s.setPhase(GiasCodes.phase(rs.getString(6)));
            }
            s.setLowAge(integer(rs, 7));
            s.setHighAge(integer(rs, 8));
            s.setCapacity(integer(rs, 9));
            s.setOnRoll(integer(rs, 10));
            LocalDate census = date(rs, 11);
            s.setPostcode(rs.getString(12));
            s.setEasting(integer(rs, 13));
            s.setNorthing(integer(rs, 14));
            s.setSection41(rs.getBoolean(15));
            s.setLa(subject);
            String codes = rs.getString(22);
            if (codes != null && !codes.isBlank()) {
                for (String c : codes.split("\\|")) {
                    NeedType need = GiasCodes.need(c);
                    if (need != null && !s.getNeedTypes().contains(need)) {
                        s.getNeedTypes().add(need);
                    }
                }
            }
            ProvisionStatus status = rs.getString(5) != null && rs.getString(5).toLowerCase(Locale.ROOT).contains("close")
                    ? ProvisionStatus.CLOSING : ProvisionStatus.OPEN;
            LocalDate opened = date(rs, 23);
            LocalDate closes = date(rs, 24);
            Integer rpOnRoll = integer(rs, 18);
            Integer rpPlaces = integer(rs, 19);
            if (rs.getBoolean(16) || positive(rpPlaces) || positive(rpOnRoll)) {
                provision(s, ProvisionKind.RESOURCED_PROVISION, urn + "-RP", "Resourced provision", rpPlaces, rpOnRoll,
                        census, status, closes);
            }
            Integer unitOnRoll = integer(rs, 20);
            Integer unitPlaces = integer(rs, 21);
            if (rs.getBoolean(17) || positive(unitPlaces) || positive(unitOnRoll)) {
                provision(s, ProvisionKind.SEN_UNIT, urn + "-SU", "SEN unit", unitPlaces, unitOnRoll, census, status, closes);
            }
            if (category != null && SPECIAL_SCHOOLS.contains(category)) {
                // GIAS knows the school's capacity, not the places the LA commissions: those come from the LA
                Provision places = provision(s, ProvisionKind.SPECIAL_SCHOOL_PLACES, urn + "-SP", "Special school places",
                        s.getCapacity(), s.getOnRoll(), census, status, closes);
                places.setOpenDate(opened);
            }
            return s;
        }

        private Provision provision(Setting host, ProvisionKind kind, String code, String what, Integer places,
                Integer onRoll, LocalDate census, ProvisionStatus status, LocalDate closes) {
            Provision p = F.createProvision();
            p.setCode(code);
            p.setName(what);
            p.setKind(kind);
            p.getNeedFocus().addAll(host.getNeedTypes());
            p.setFullTimePlaces(places);
            p.setStatus(status);
            p.setCloseDate(closes);
            if (census != null && (places != null || onRoll != null)) {
                CapacityRecord record = F.createCapacityRecord();
                // the January census falls in the academic year that started the September before
                int start = census.getMonthValue() >= 9 ? census.getYear() : census.getYear() - 1;
                record.setAcademicYear(start + "/" + String.format(Locale.ROOT, "%02d", (start + 1) % 100));
                record.setPlaces(places);
                record.setOnRoll(onRoll);
                p.getCapacityRecords().add(record);
            }
            host.getProvisions().add(p);
            return p;
        }

        private void ehcps(String code) throws SQLException {
            Integer national = integerOrNull("SELECT max(period_year) FROM ehcp_caseload_latest");
            if (national == null) {
                missing.add("SEN2 EHC plan caseload (caseload.csv) not imported: no EHCP cohort or placement mix");
                return;
            }
            Integer year = integerOrNull("SELECT max(period_year) FROM ehcp_caseload_latest WHERE geographic_level = "
                    + "'Local authority' AND la_code = ?", code);
            if (year == null) {
                missing.add("SEN2 EHC plan caseload imported, but it has no figures for LA " + code + " "
                        + subject.getName() + ": no EHCP cohort or placement mix");
                return;
            }
            if (year < national) {
                missing.add("SEN2 has no figures for LA " + code + " for January " + national + "; the latest, January "
                        + year + ", is used");
            }
            Map<String, Object[]> cells = new LinkedHashMap<>();
            // each published cell once (several files of one release may repeat a cell)
            query("SELECT e.placement_category, e.need, max(e.ehcp_count), string_agg(DISTINCT p.file_name, ', ' "
                    + "ORDER BY p.file_name) FROM ehcp_caseload_latest e JOIN provenance p ON p.id = e.provenance_id "
                    + "WHERE e.geographic_level = 'Local authority' AND e.la_code = ? AND e.period_year = ? AND "
                    + "e.age_group = 'all' AND e.sex = 'all' AND (e.placement_category = 'all' OR e.need = 'all') "
                    + "AND e.ehcp_count IS NOT NULL GROUP BY ALL ORDER BY ALL",
                    rs -> cells.put(rs.getString(1) + "|" + rs.getString(2),
                            new Object[] { rs.getDouble(3), rs.getString(4) }), code, year);
            Object[] total = cells.get("all|all");
            if (total == null) {
                missing.add("SEN2 has no EHC plan total for LA " + code + " for January " + year);
            } else {
                area.getEhcpCohorts().add(cohort(year, null, null, (Double) total[0], (String) total[1]));
            }
            Map<PlacementCategory, double[]> byPlacement = new EnumMap<>(PlacementCategory.class);
            Map<PlacementCategory, Set<String>> placementSources = new EnumMap<>(PlacementCategory.class);
            Map<NeedType, Object[]> byNeed = new EnumMap<>(NeedType.class);
            double unknownNeed = 0;
            for (Map.Entry<String, Object[]> e : cells.entrySet()) {
                String[] key = e.getKey().split("\\|");
                double value = (Double) e.getValue()[0];
                if (!key[0].equals("all")) {
                    PlacementCategory category = placement(key[0]);
                    byPlacement.computeIfAbsent(category, c -> new double[1])[0] += value;
                    placementSources.computeIfAbsent(category, c -> new LinkedHashSet<>()).add((String) e.getValue()[1]);
                } else if (!key[1].equals("all")) {
                    NeedType need = need(key[1]);
                    if (need == null) {
                        unknownNeed += value;
                    } else {
                        byNeed.put(need, e.getValue());
                    }
                }
            }
            for (Map.Entry<PlacementCategory, double[]> e : byPlacement.entrySet()) {
                area.getEhcpCohorts().add(cohort(year, e.getKey(), null, e.getValue()[0],
                        String.join(", ", placementSources.get(e.getKey()))));
            }
            for (Map.Entry<NeedType, Object[]> e : byNeed.entrySet()) {
                area.getEhcpCohorts().add(cohort(year, null, e.getKey(), (Double) e.getValue()[0], (String) e.getValue()[1]));
            }
            if (byPlacement.isEmpty()) {
                missing.add("SEN2 has no placement breakdown for LA " + code + " for January " + year + ": no placement mix");
            }
            if (byNeed.isEmpty()) {
                missing.add("SEN2 primary need breakdown (sen_needs_all_plans.csv) not imported for January " + year
                        + ": no need mix");
            }
            if (unknownNeed > 0) {
                missing.add("SEN2: " + Math.round(unknownNeed) + " EHC plans of January " + year
                        + " have no recorded primary need; they count in the total only");
            }
            if (total != null) {
                notes.add(Math.round((Double) total[0]) + " EHC plans in January " + year + " (SEN2)");
            }
        }

        private EhcpCohort cohort(int year, PlacementCategory category, NeedType need, double count, String files) {
            EhcpCohort cohort = F.createEhcpCohort();
            cohort.setCensusYear(year);
            if (category != null) {
                cohort.setPlacementCategory(category);
            }
            if (need != null) {
                cohort.setPrimaryNeed(need);
            }
            cohort.setCount((int) Math.round(count));
            cohort.setSource("SEN2 " + files + ", January " + year);
            return cohort;
        }

        /** Values that break a model rule (e.g. GIAS ages above 25) are left empty and reported, never kept. */
        private void clearInvalidValues() throws AreaMaterialisationException {
            for (Diagnostic d : AreaModelValidator.leaves(ModelValidation.validate(area, ModelLabels.INSTANCE))) {
                if (d.getSeverity() < Diagnostic.ERROR) {
                    continue;
                }
                List<?> data = d.getData();
                if (data.size() >= 2 && data.get(0) instanceof EObject object
                        && data.get(1) instanceof EStructuralFeature feature && !feature.isMany()) {
                    object.eUnset(feature);
                    missing.add("Published value left empty: " + d.getMessage());
                }
            }
            for (Diagnostic d : AreaModelValidator.leaves(ModelValidation.validate(area, ModelLabels.INSTANCE))) {
                if (d.getSeverity() >= Diagnostic.ERROR) {
                    throw new AreaMaterialisationException("The materialised model of LA " + requested + " breaks a model "
                            + "rule: " + d.getMessage());
                }
            }
        }

        /** The LA object of a code, created once with what the code list and the ONS seed say about it. */
        private LocalAuthority authority(String code) {
            LocalAuthority existing = authorities.get(code);
            if (existing != null) {
                return existing;
            }
            LocalAuthority la = F.createLocalAuthority();
            la.setLaCode(code);
            la.setName(name(code));
            String[] row = laRows.get(code);
            String[] ons = onsRows.get(code);
            la.setOnsCode(row != null && row[1] != null ? row[1] : ons != null ? ons[1] : null);
            if (row != null) {
                la.setRegion(row[2]);
                LaType type = laType(code, row[3]);
                if (type != null) {
                    la.setLaType(type);
                }
            }
            authorities.put(code, la);
            area.getAuthorities().add(la);
            return la;
        }

        private String name(String code) {
            String[] row = laRows.get(code);
            if (row != null && row[0] != null) {
                return row[0];
            }
            String[] ons = onsRows.get(code);
            return ons != null ? ons[0] : "LA " + code;
        }

        private long count(String sql, Object... params) throws SQLException {
            Integer n = integerOrNull(sql, params);
            return n == null ? 0 : n;
        }

        private Integer integerOrNull(String sql, Object... params) throws SQLException {
            Integer[] out = new Integer[1];
            query(sql, rs -> out[0] = integer(rs, 1), params);
            return out[0];
        }
    }

    private static LaType laType(String code, String dfeType) {
        if (code.equals("201")) {
            return LaType.CITY_OF_LONDON;
        }
        if (code.equals("420")) {
            return LaType.ISLES_OF_SCILLY;
        }
        if (dfeType == null) {
            return null;
        }
        return switch (dfeType.trim().toUpperCase(Locale.ROOT)) {
            case "OLB", "ILB", "LB" -> LaType.LONDON_BOROUGH;
            case "MD" -> LaType.METROPOLITAN_DISTRICT;
            case "UA" -> LaType.UNITARY_AUTHORITY;
            case "SC", "CC" -> LaType.COUNTY_COUNCIL;
            default -> null;
        };
    }

    /** The region of the code list, with its inner and outer London joined into the one London region. */
    private static String region(String codeListRegion) {
        return codeListRegion != null && codeListRegion.endsWith("London") ? "London" : codeListRegion;
    }

    private static String laTypeLabel(String dfeType) {
        if (dfeType == null) {
            return "unknown";
        }
        return switch (dfeType.trim().toUpperCase(Locale.ROOT)) {
            case "OLB" -> "outer London boroughs";
            case "ILB" -> "inner London boroughs";
            case "MD" -> "metropolitan districts";
            case "UA" -> "unitary authorities";
            case "SC" -> "shire counties";
            default -> dfeType;
        };
    }

    /** The model's SEN2 category of a data-layer placement code; categories the model does not split are merged. */
    static PlacementCategory placement(String dataCode) {
        Sen2PlacementCode data;
        try {
            data = Sen2PlacementCode.valueOf(dataCode);
        } catch (IllegalArgumentException e) {
            return PlacementCategory.PLACEMENT_UNKNOWN;
        }
        PlacementCategory same = PlacementCategory.get(data.sen2Column());
        if (same != null) {
            return same;
        }
        return switch (data) {
            case HOSPITAL_SCHOOL -> PlacementCategory.SPECIAL_LA_MAINTAINED;
            case FE_SIXTH_FORM_COLLEGE, FE_OTHER -> PlacementCategory.GENERAL_FE_TERTIARY;
            case NEET_NOTICE_TO_CEASE, NEET_OTHER, NEET_COMPULSORY_SCHOOL_AGE -> PlacementCategory.NEET;
            case AWAITING_PROVISION, PERMANENTLY_EXCLUDED -> PlacementCategory.OTHER_PLACEMENT_SETTING;
            default -> PlacementCategory.PLACEMENT_UNKNOWN;
        };
    }

    /** The need type of a SEN2 need code (ASD, SPLD, ...); null for UNKNOWN. */
    static NeedType need(String dataCode) {
        for (NeedType need : NeedType.VALUES) {
            if (need.getName().equalsIgnoreCase(dataCode)) {
                return need;
            }
        }
        return null;
    }

    private static boolean positive(Integer value) {
        return value != null && value > 0;
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        return value instanceof Number n ? Integer.valueOf(n.intValue()) : null;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** A row callback that may throw SQLException. */
    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowHandler handler, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }
}
