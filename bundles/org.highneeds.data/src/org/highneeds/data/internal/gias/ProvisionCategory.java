package org.highneeds.data.internal.gias;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.highneeds.data.SqlQuoting;

/**
 * Where a GIAS establishment type sits on the provision ladder, as stored in {@code setting.provision_category}.
 * The mapping is by GIAS {@code TypeOfEstablishment (code)}, falling back to the type's name when the code column
 * is missing (older or cut-down extracts).
 */
public enum ProvisionCategory {
    /** State-funded mainstream schools, nurseries and 16-19 schools. */
    MAINSTREAM("mainstream"),
    /** Community and foundation special schools. */
    SPECIAL_MAINTAINED("special maintained"),
    /** Special academies and special free schools. */
    SPECIAL_ACADEMY_FREE("special academy-free"),
    /** Non-maintained special schools (NMSS). */
    NON_MAINTAINED_SPECIAL("non-maintained special"),
    /** Independent special schools. */
    INDEPENDENT_SPECIAL("independent special"),
    /** Pupil referral units and alternative provision academies / free schools. */
    AP_PRU("AP-PRU"),
    /** General further education colleges (incl. sixth-form colleges). */
    FE("FE"),
    /** Specialist post-16 institutions. */
    SPI("SPI"),
    /** Everything else: mainstream independent schools, secure units, HE, Welsh and overseas establishments. */
    OTHER("other");

    private final String label;

    ProvisionCategory(String label) {
        this.label = label;
    }

    /** The value stored in the database. */
    public String label() {
        return label;
    }

    private static final Map<String, ProvisionCategory> BY_CODE = new HashMap<>();
    private static final Map<String, ProvisionCategory> BY_NAME = new HashMap<>();

    private static void type(String code, String name, ProvisionCategory c) {
        BY_CODE.put(code, c);
        BY_NAME.put(name.toLowerCase(Locale.ROOT), c);
    }

    static {
        // GIAS TypeOfEstablishment codes and names (GIAS data dictionary)
        type("01", "Community school", MAINSTREAM);
        type("02", "Voluntary aided school", MAINSTREAM);
        type("03", "Voluntary controlled school", MAINSTREAM);
        type("05", "Foundation school", MAINSTREAM);
        type("06", "City technology college", MAINSTREAM);
        type("07", "Community special school", SPECIAL_MAINTAINED);
        type("08", "Non-maintained special school", NON_MAINTAINED_SPECIAL);
        type("10", "Other independent special school", INDEPENDENT_SPECIAL);
        type("11", "Other independent school", OTHER);
        type("12", "Foundation special school", SPECIAL_MAINTAINED);
        type("14", "Pupil referral unit", AP_PRU);
        type("15", "Local authority nursery school", MAINSTREAM);
        type("18", "Further education", FE);
        type("24", "Secure units", OTHER);
        type("25", "Offshore schools", OTHER);
        type("26", "Service children's education", OTHER);
        type("27", "Miscellaneous", OTHER);
        type("28", "Academy sponsor led", MAINSTREAM);
        type("29", "Higher education institutions", OTHER);
        type("30", "Welsh establishment", OTHER);
        type("31", "Sixth form centres", MAINSTREAM);
        type("32", "Special post 16 institution", SPI);
        type("33", "Academy special sponsor led", SPECIAL_ACADEMY_FREE);
        type("34", "Academy converter", MAINSTREAM);
        type("35", "Free schools", MAINSTREAM);
        type("36", "Free schools special", SPECIAL_ACADEMY_FREE);
        type("37", "British schools overseas", OTHER);
        type("38", "Free schools alternative provision", AP_PRU);
        type("39", "Free schools 16 to 19", MAINSTREAM);
        type("40", "University technical college", MAINSTREAM);
        type("41", "Studio schools", MAINSTREAM);
        type("42", "Academy alternative provision converter", AP_PRU);
        type("43", "Academy alternative provision sponsor led", AP_PRU);
        type("44", "Academy special converter", SPECIAL_ACADEMY_FREE);
        type("45", "Academy 16-19 converter", MAINSTREAM);
        type("46", "Academy 16 to 19 sponsor led", MAINSTREAM);
        type("49", "Online provider", OTHER);
        type("56", "Institution funded by other government department", OTHER);
        type("57", "Academy secure 16 to 19", OTHER);
        // older spelling in 2018 extracts
        BY_NAME.put("la nursery school", MAINSTREAM);
    }

    /** Category of a GIAS type by code (preferred) or name; {@code null} when neither is known. */
    public static ProvisionCategory of(String typeCode, String typeName) {
        if (typeCode != null) {
            String code = typeCode.trim();
            if (code.length() == 1) code = "0" + code;
            ProvisionCategory c = BY_CODE.get(code);
            if (c != null) return c;
        }
        if (typeName != null) return BY_NAME.get(typeName.trim().toLowerCase(Locale.ROOT));
        return null;
    }

    /** SQL CASE mapping the given code and name expressions to a label; unknown types become {@code other}. */
    static String caseSql(String codeSql, String nameSql) {
        StringBuilder b = new StringBuilder("CASE");
        for (ProvisionCategory c : values()) {
            StringBuilder codes = new StringBuilder();
            BY_CODE.forEach((k, v) -> {
                if (v == c) codes.append(codes.length() == 0 ? "" : ", ").append('\'').append(k).append('\'');
            });
            if (codes.length() > 0) b.append(" WHEN lpad(").append(codeSql).append(", 2, '0') IN (").append(codes).append(") THEN '").append(c.label).append('\'');
        }
        for (ProvisionCategory c : values()) {
            StringBuilder names = new StringBuilder();
            BY_NAME.forEach((k, v) -> {
                if (v == c) names.append(names.length() == 0 ? "" : ", ").append(SqlQuoting.literal(k));
            });
            if (names.length() > 0) b.append(" WHEN lower(").append(nameSql).append(") IN (").append(names).append(") THEN '").append(c.label).append('\'');
        }
        return b.append(" ELSE 'other' END").toString();
    }

    /** SQL condition true when neither code nor name is a known type (to warn about). */
    static String unknownSql(String codeSql, String nameSql) {
        StringBuilder codes = new StringBuilder();
        BY_CODE.keySet().forEach(k -> codes.append(codes.length() == 0 ? "" : ", ").append('\'').append(k).append('\''));
        StringBuilder names = new StringBuilder();
        BY_NAME.keySet().forEach(k -> names.append(names.length() == 0 ? "" : ", ").append(SqlQuoting.literal(k)));
        return "coalesce(lpad(" + codeSql + ", 2, '0') NOT IN (" + codes + "), true) AND coalesce(lower(" + nameSql + ") NOT IN (" + names + "), true)";
    }
}
