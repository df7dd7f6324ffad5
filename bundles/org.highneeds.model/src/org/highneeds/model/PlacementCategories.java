package org.highneeds.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Groups of SEN2 placement categories and the DfE research definitions of "specialist provision" and "I/N-MSS".
 */
public final class PlacementCategories {

    private PlacementCategories() {
    }

    /** Returns the benchmarking group (provision ladder step) of a placement category. */
    public static PlacementGroup group(PlacementCategory category) {
        return switch (category) {
            case MAINSTREAM_LA_MAINTAINED, MAINSTREAM_ACADEMY, MAINSTREAM_FREE_SCHOOL, MAINSTREAM_INDEPENDENT ->
                PlacementGroup.MAINSTREAM;
            case LA_MAINTAINED_RESOURCED_PROVISION, LA_MAINTAINED_SEN_UNIT, ACADEMY_RESOURCED_PROVISION,
                    ACADEMY_SEN_UNIT, FREE_SCHOOL_RESOURCED_PROVISION, FREE_SCHOOL_SEN_UNIT ->
                PlacementGroup.RESOURCED_PROVISION_AND_UNITS;
            case SPECIAL_LA_MAINTAINED -> PlacementGroup.SPECIAL_MAINTAINED;
            case SPECIAL_ACADEMY_FREE -> PlacementGroup.SPECIAL_ACADEMY_FREE;
            case SPECIAL_NON_MAINTAINED -> PlacementGroup.NON_MAINTAINED_SPECIAL;
            case SPECIAL_INDEPENDENT -> PlacementGroup.INDEPENDENT_SPECIAL;
            case AP_PRU_LA_MAINTAINED, AP_PRU_ACADEMY, AP_PRU_FREE_SCHOOL -> PlacementGroup.ALTERNATIVE_PROVISION;
            case GENERAL_FE_TERTIARY, UKRLP_PROVIDER -> PlacementGroup.FURTHER_EDUCATION;
            case SPECIALIST_POST16_INSTITUTION -> PlacementGroup.SPECIALIST_POST16;
            default -> PlacementGroup.OTHER;
        };
    }

    /** DfE definition: all special schools, all RP and SEN units, and SPIs (AP excluded). */
    public static boolean isSpecialist(PlacementCategory category) {
        return switch (group(category)) {
            case RESOURCED_PROVISION_AND_UNITS, SPECIAL_MAINTAINED, SPECIAL_ACADEMY_FREE, NON_MAINTAINED_SPECIAL,
                    INDEPENDENT_SPECIAL, SPECIALIST_POST16 -> true;
            default -> false;
        };
    }

    /** DfE definition of I/N-MSS: independent and non-maintained special schools (SPIs counted separately). */
    public static boolean isInmss(PlacementCategory category) {
        return category == PlacementCategory.SPECIAL_INDEPENDENT || category == PlacementCategory.SPECIAL_NON_MAINTAINED;
    }

    /** Returns the categories in a group, in SEN2 order. */
    public static Set<PlacementCategory> categoriesIn(PlacementGroup group) {
        Set<PlacementCategory> categories = EnumSet.noneOf(PlacementCategory.class);
        for (PlacementCategory category : PlacementCategory.VALUES) {
            if (group(category) == group) {
                categories.add(category);
            }
        }
        return categories;
    }
}
