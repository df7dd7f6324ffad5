package org.highneeds.data.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Stable code list of SEN2 placement (setting) types, mapping both SEN2 file families (2023+ column names and
 * breakdown labels, pre-2023 establishment types) onto one code; its names are the values stored in
 * {@code ehcp_*.placement_category} (and the {@code placement_category} table) and used by the indicators' SQL.
 * <p>
 * It keeps every published split (hospital schools, the NEET and awaiting-provision variants, sixth form and other
 * FE); the model's {@code PlacementCategory} of an LA's placements is coarser, and org.highneeds.area maps these
 * codes onto it.
 */
public enum Sen2PlacementCode {

    MAINSTREAM_LA_MAINTAINED(Group.MAINSTREAM, "Mainstream - LA maintained", "mainstream_la_maintained",
            "Mainstream - LA maintained"),
    MAINSTREAM_ACADEMY(Group.MAINSTREAM, "Mainstream - academy", "mainstream_academy", "Mainstream - Academy"),
    MAINSTREAM_FREE_SCHOOL(Group.MAINSTREAM, "Mainstream - free school", "mainstream_free_school",
            "Mainstream - Free school"),
    MAINSTREAM_INDEPENDENT(Group.MAINSTREAM, "Mainstream - independent", "mainstream_independent",
            "Mainstream - Independent"),
    RP_LA_MAINTAINED(Group.RP_AND_UNITS, "Resourced provision - LA maintained",
            "mainstream_la_maintained_resourced_provision", "Mainstream - LA maintained (resourced provision)",
            "Mainstream - LA maintained - Resourced provision"),
    RP_ACADEMY(Group.RP_AND_UNITS, "Resourced provision - academy", "mainstream_academy_resourced_provision",
            "Mainstream - academy (resourced provision)", "Mainstream - Academy - Resourced Provision"),
    RP_FREE_SCHOOL(Group.RP_AND_UNITS, "Resourced provision - free school",
            "mainstream_free_school_resourced_provision", "Mainstream - free school (resourced provision)",
            "Mainstream - Free school - Resourced provision"),
    SEN_UNIT_LA_MAINTAINED(Group.RP_AND_UNITS, "SEN unit - LA maintained", "mainstream_la_maintained_senunit",
            "Mainstream - LA maintained (SEN unit)", "Mainstream - LA maintained - SEN unit"),
    SEN_UNIT_ACADEMY(Group.RP_AND_UNITS, "SEN unit - academy", "mainstream_academy_senunit",
            "Mainstream - academy (SEN unit)", "Mainstream - Academy - SEN unit"),
    SEN_UNIT_FREE_SCHOOL(Group.RP_AND_UNITS, "SEN unit - free school", "mainstream_free_school_senunit",
            "Mainstream - free school (SEN unit)", "Mainstream - Free school - SEN unit"),
    SPECIAL_LA_MAINTAINED(Group.SPECIAL_MAINTAINED, "Special - LA maintained", "special_la_maintained",
            "Special - LA maintained"),
    HOSPITAL_SCHOOL(Group.SPECIAL_MAINTAINED, "Hospital school", "hospital_school", "Hospital School"),
    SPECIAL_ACADEMY_FREE(Group.SPECIAL_ACADEMY_FREE, "Special - academy/free school", "special_academy_free",
            "Special - Academy/free schools", "Special - academy/free school", "Special - Academy/free"),
    SPECIAL_NON_MAINTAINED(Group.NON_MAINTAINED, "Special - non-maintained", "special_non_maintained",
            "Special - non-maintained", "Special - Non-maintained"),
    SPECIAL_INDEPENDENT(Group.INDEPENDENT, "Special - independent", "special_independent",
            "Special - independent", "Special - Independent"),
    AP_ACADEMY(Group.AP, "AP/PRU - academy", "ap_pru_academy", "AP/PRU - academy", "AP/PRU - Academy"),
    AP_FREE_SCHOOL(Group.AP, "AP/PRU - free school", "ap_pru_free_school", "AP/PRU - free school",
            "AP/PRU - Free school"),
    AP_LA_MAINTAINED(Group.AP, "AP/PRU - LA maintained", "ap_pru_la_maintained", "AP/PRU - LA maintained"),
    FE_GENERAL(Group.FE, "General FE and tertiary colleges/HE", "general_fe_tertiary_colleges",
            "FE - general FE and tertiary colleges", "General FE and tertiary colleges/HE"),
    FE_SIXTH_FORM_COLLEGE(Group.FE, "Sixth form college", "sixth_form_college", "Sixth form college"),
    FE_OTHER(Group.FE, "Other FE", "other_fe", "Other FE"),
    FE_UKRLP_PROVIDER(Group.FE, "UKRLP provider", "ukrlp_provider", "FE - UKRLP provider"),
    SPECIALIST_POST_16(Group.SPI, "Specialist post-16 institution", "specialist_post_16_institutions",
            "FE - specialist post-16 institutions", "Specialist post-16 institutions"),
    ELECTIVE_HOME_EDUCATION(Group.OTHER, "Elective home education", "elective_home_education",
            "Educated elsewhere - elective home education", "Elective home education"),
    OTHER_ARRANGEMENTS_LA(Group.OTHER, "Other arrangements by LA", "other_arrangements_la",
            "Educated elsewhere - other arrangements by LA", "Other arrangements by local authority"),
    OTHER_ARRANGEMENTS_PARENTS(Group.OTHER, "Other arrangements by parents", "other_arrangements_parents",
            "Educated elsewhere - other arrangements by parents", "Other arrangements by parents"),
    ONLINE_PROVIDER(Group.OTHER, "Online provider", "online_provider", "Educated elsewhere - online provider"),
    WELSH_ESTABLISHMENT(Group.OTHER, "Welsh establishment", "w_settings", "Educated elsewhere - Welsh establishment"),
    OTHER_SCHOOLS(Group.OTHER, "Other schools and establishments", "other_schools",
            "Educated elsewhere - other schools and establishments"),
    OTHER_PLACEMENT_SETTINGS(Group.OTHER, "Other placement settings", "other_placement_settings",
            "Educated elsewhere - other placement settings", "Other"),
    NEET(Group.OTHER, "NEET", "neet", "Educated elsewhere - NEET", "NEET"),
    NEET_NOTICE_TO_CEASE(Group.OTHER, "Not in education or training - notice to cease issued", "neet_ntci",
            "Educated elsewhere - not in education or training (notice to cease issued)"),
    NEET_OTHER(Group.OTHER, "Not in education or training - other", "neet_other",
            "Educated elsewhere - not in education or training (other)"),
    NEET_COMPULSORY_SCHOOL_AGE(Group.OTHER, "Not in education or training - compulsory school age", "neet_other_csa",
            "Educated elsewhere - not in education or training (compulsory school age)"),
    AWAITING_PROVISION(Group.OTHER, "Awaiting provision", "await_prov_2022",
            "Awaiting provision - above compulsory school age and in education",
            "Awaiting provision - above compulsory school age and not in education",
            "Awaiting provision - below compulsory school age and in education",
            "Awaiting provision - below compulsory school age and not in education",
            "Awaiting provision - compulsory school age and in education",
            "Awaiting provision - compulsory school age and not in education"),
    PERMANENTLY_EXCLUDED(Group.OTHER, "Permanently excluded", "perm_ex_2022", "Permanently excluded"),
    NON_MAINTAINED_EARLY_YEARS(Group.OTHER, "Non-maintained early years", "nm_early_years",
            "Non-maintained early years"),
    NOT_RECORDED(Group.OTHER, "Placement not recorded", "placement_unknown", "Placement not recorded");

    /** Groups of the provision ladder, most to least inclusive. */
    public enum Group {
        MAINSTREAM, RP_AND_UNITS, SPECIAL_MAINTAINED, SPECIAL_ACADEMY_FREE, NON_MAINTAINED, INDEPENDENT, AP, FE, SPI,
        OTHER
    }

    /** Code stored for the total over all placements. */
    public static final String ALL = "all";

    private static final Map<String, Sen2PlacementCode> BY_ALIAS = new HashMap<>();

    static {
        for (Sen2PlacementCode c : values()) {
            BY_ALIAS.put(key(c.sen2Column), c);
            for (String a : c.labels) BY_ALIAS.put(key(a), c);
        }
    }

    private final Group group;
    private final String label;
    private final String sen2Column;
    private final List<String> labels;

    Sen2PlacementCode(Group group, String label, String sen2Column, String... labels) {
        this.group = group;
        this.label = label;
        this.sen2Column = sen2Column;
        this.labels = List.of(labels);
    }

    /** The provision-ladder group. */
    public Group group() {
        return group;
    }

    /** Display label. */
    public String label() {
        return label;
    }

    /** Column name in 2023+ SEN2 caseload/new-plans files. */
    public String sen2Column() {
        return sen2Column;
    }

    /** Published breakdown labels and pre-2023 establishment types mapped to this code. */
    public List<String> publishedLabels() {
        return labels;
    }

    /**
     * DfE research definition: all special schools, resourced provision and SEN units, and specialist post-16
     * institutions (AP excluded).
     */
    public boolean isSpecialist() {
        return switch (group) {
            case RP_AND_UNITS, SPECIAL_MAINTAINED, SPECIAL_ACADEMY_FREE, NON_MAINTAINED, INDEPENDENT, SPI -> true;
            default -> false;
        };
    }

    /** Independent or non-maintained special school (I/N-MSS); SPIs are counted separately. */
    public boolean isInmss() {
        return group == Group.INDEPENDENT || group == Group.NON_MAINTAINED;
    }

    /** The code for a SEN2 column name or published label (case-insensitive), if it is a single placement. */
    public static Optional<Sen2PlacementCode> fromPublished(String columnOrLabel) {
        return Optional.ofNullable(columnOrLabel == null ? null : BY_ALIAS.get(key(columnOrLabel)));
    }

    private static String key(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }
}
