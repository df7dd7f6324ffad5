package org.highneeds.area.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.highneeds.model.NeedType;
import org.highneeds.model.Phase;
import org.highneeds.model.PlacementCategory;

/** GIAS codes and names in the model's terms: establishment type to SEN2 placement category, phase, SEN codes. */
public final class GiasCodes {

    private static final Map<String, PlacementCategory> BY_TYPE_CODE = new HashMap<>();
    private static final Map<String, PlacementCategory> BY_TYPE_NAME = new HashMap<>();

    private GiasCodes() {
    }

    private static void type(String code, String name, PlacementCategory category) {
        BY_TYPE_CODE.put(code, category);
        BY_TYPE_NAME.put(name.toLowerCase(Locale.ROOT), category);
    }

    static {
        // GIAS TypeOfEstablishment (data dictionary), as SEN2 counts a placement there
        type("01", "Community school", PlacementCategory.MAINSTREAM_LA_MAINTAINED);
        type("02", "Voluntary aided school", PlacementCategory.MAINSTREAM_LA_MAINTAINED);
        type("03", "Voluntary controlled school", PlacementCategory.MAINSTREAM_LA_MAINTAINED);
        type("05", "Foundation school", PlacementCategory.MAINSTREAM_LA_MAINTAINED);
        type("15", "Local authority nursery school", PlacementCategory.MAINSTREAM_LA_MAINTAINED);
        type("31", "Sixth form centres", PlacementCategory.MAINSTREAM_LA_MAINTAINED);
        type("06", "City technology college", PlacementCategory.MAINSTREAM_ACADEMY);
        type("28", "Academy sponsor led", PlacementCategory.MAINSTREAM_ACADEMY);
        type("34", "Academy converter", PlacementCategory.MAINSTREAM_ACADEMY);
        type("45", "Academy 16-19 converter", PlacementCategory.MAINSTREAM_ACADEMY);
        type("46", "Academy 16 to 19 sponsor led", PlacementCategory.MAINSTREAM_ACADEMY);
        // university technical colleges and studio schools are free schools in law
        type("35", "Free schools", PlacementCategory.MAINSTREAM_FREE_SCHOOL);
        type("39", "Free schools 16 to 19", PlacementCategory.MAINSTREAM_FREE_SCHOOL);
        type("40", "University technical college", PlacementCategory.MAINSTREAM_FREE_SCHOOL);
        type("41", "Studio schools", PlacementCategory.MAINSTREAM_FREE_SCHOOL);
        type("11", "Other independent school", PlacementCategory.MAINSTREAM_INDEPENDENT);
        type("07", "Community special school", PlacementCategory.SPECIAL_LA_MAINTAINED);
        type("12", "Foundation special school", PlacementCategory.SPECIAL_LA_MAINTAINED);
        type("33", "Academy special sponsor led", PlacementCategory.SPECIAL_ACADEMY_FREE);
        type("36", "Free schools special", PlacementCategory.SPECIAL_ACADEMY_FREE);
        type("44", "Academy special converter", PlacementCategory.SPECIAL_ACADEMY_FREE);
        type("08", "Non-maintained special school", PlacementCategory.SPECIAL_NON_MAINTAINED);
        type("10", "Other independent special school", PlacementCategory.SPECIAL_INDEPENDENT);
        type("14", "Pupil referral unit", PlacementCategory.AP_PRU_LA_MAINTAINED);
        type("38", "Free schools alternative provision", PlacementCategory.AP_PRU_FREE_SCHOOL);
        type("42", "Academy alternative provision converter", PlacementCategory.AP_PRU_ACADEMY);
        type("43", "Academy alternative provision sponsor led", PlacementCategory.AP_PRU_ACADEMY);
        type("18", "Further education", PlacementCategory.GENERAL_FE_TERTIARY);
        type("32", "Special post 16 institution", PlacementCategory.SPECIALIST_POST16_INSTITUTION);
        type("30", "Welsh establishment", PlacementCategory.WELSH_SETTING);
        type("49", "Online provider", PlacementCategory.ONLINE_PROVIDER);
        for (String[] other : new String[][] { { "24", "Secure units" }, { "25", "Offshore schools" },
                { "26", "Service children's education" }, { "27", "Miscellaneous" },
                { "29", "Higher education institutions" }, { "37", "British schools overseas" },
                { "56", "Institution funded by other government department" }, { "57", "Academy secure 16 to 19" } }) {
            type(other[0], other[1], PlacementCategory.OTHER_SCHOOL);
        }
        BY_TYPE_NAME.put("la nursery school", PlacementCategory.MAINSTREAM_LA_MAINTAINED); // 2018 spelling
    }

    /** The placement category of a GIAS establishment type by code (preferred) or name; null when unknown. */
    public static PlacementCategory category(String typeCode, String typeName) {
        if (typeCode != null && !typeCode.isBlank()) {
            String code = typeCode.trim();
            PlacementCategory category = BY_TYPE_CODE.get(code.length() == 1 ? "0" + code : code);
            if (category != null) {
                return category;
            }
        }
        return typeName == null ? null : BY_TYPE_NAME.get(typeName.trim().toLowerCase(Locale.ROOT));
    }

    /** The phase of a GIAS PhaseOfEducation name; null when blank or unknown. */
    public static Phase phase(String gias) {
        if (gias == null) {
            return null;
        }
        return switch (gias.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")) {
            case "notapplicable" -> Phase.NOT_APPLICABLE;
            case "nursery" -> Phase.NURSERY;
            case "primary" -> Phase.PRIMARY;
            case "middledeemedprimary" -> Phase.MIDDLE_DEEMED_PRIMARY;
            case "secondary" -> Phase.SECONDARY;
            case "middledeemedsecondary" -> Phase.MIDDLE_DEEMED_SECONDARY;
            case "allthrough" -> Phase.ALL_THROUGH;
            case "16plus" -> Phase.SIXTEEN_PLUS;
            default -> null;
        };
    }

    /** The need type of a GIAS SEN provision code (the part before " - ", e.g. "ASD", "SpLD"); null when unknown. */
    public static NeedType need(String code) {
        if (code == null) {
            return null;
        }
        for (NeedType need : NeedType.VALUES) {
            if (need.getLiteral().equalsIgnoreCase(code.trim())) {
                return need;
            }
        }
        return null;
    }
}
