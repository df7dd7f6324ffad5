package org.highneeds.model.register;

import java.util.List;

import org.highneeds.model.HighNeedsPackage.Literals;
import org.highneeds.model.register.RegisterColumn.Kind;

/** Sheets and columns of the commissioners' register workbook (placements + contracts). */
public final class RegisterLayout {

    /** Sheet of placements, one row per placement. */
    public static final String PLACEMENTS = "Placements";
    /** Sheet of contracts, one row per contract. */
    public static final String CONTRACTS = "Contracts";
    /** Hidden sheet holding the drop-down lists. */
    public static final String LISTS = "Lists";

    /** Columns of the placements sheet, in order. */
    public static final List<RegisterColumn> PLACEMENT_COLUMNS = List.of(
            new RegisterColumn("Child reference", Kind.TEXT, Literals.PLACEMENT__CHILD_REF, 16, null),
            new RegisterColumn("Year group", Kind.ENUM, Literals.PLACEMENT__YEAR_GROUP, 11, "YearGroups"),
            new RegisterColumn("Primary need", Kind.ENUM, Literals.PLACEMENT__PRIMARY_NEED, 13, "NeedTypes"),
            new RegisterColumn("Placement category", Kind.ENUM, Literals.PLACEMENT__CATEGORY, 42, "PlacementCategories"),
            new RegisterColumn("Setting URN", Kind.SETTING_URN, Literals.PLACEMENT__SETTING, 12, null),
            new RegisterColumn("Setting name", Kind.INFO, null, 32, null),
            new RegisterColumn("Provision code", Kind.PROVISION_CODE, Literals.PLACEMENT__PROVISION, 14, null),
            new RegisterColumn("Placing LA code", Kind.LA_CODE, Literals.PLACEMENT__PLACING_LA, 14, null),
            new RegisterColumn("Out of area", Kind.YES_NO, Literals.PLACEMENT__OUT_OF_AREA, 11, "YesNo"),
            new RegisterColumn("Start date", Kind.DATE, Literals.PLACEMENT__START_DATE, 12, null),
            new RegisterColumn("End date", Kind.DATE, Literals.PLACEMENT__END_DATE, 12, null),
            new RegisterColumn("Annual fee (£)", Kind.MONEY, Literals.PLACEMENT__ANNUAL_FEE, 14, null),
            new RegisterColumn("Top-up (£)", Kind.MONEY, Literals.PLACEMENT__TOP_UP, 12, null),
            new RegisterColumn("Transport cost (£)", Kind.MONEY, Literals.PLACEMENT__TRANSPORT_COST, 14, null),
            new RegisterColumn("Residential cost (£)", Kind.MONEY, Literals.PLACEMENT__RESIDENTIAL_COST, 14, null),
            new RegisterColumn("Education %", Kind.PERCENT, Literals.PLACEMENT__EDUCATION_SHARE, 11, null),
            new RegisterColumn("Health %", Kind.PERCENT, Literals.PLACEMENT__HEALTH_SHARE, 10, null),
            new RegisterColumn("Social care %", Kind.PERCENT, Literals.PLACEMENT__SOCIAL_CARE_SHARE, 12, null),
            new RegisterColumn("Reason", Kind.ENUM, Literals.PLACEMENT__REASON, 30, "PlacementReasons"),
            new RegisterColumn("Next transition point", Kind.ENUM, Literals.PLACEMENT__NEXT_TRANSITION_POINT, 30,
                    "TransitionPoints"),
            new RegisterColumn("Contract reference", Kind.CONTRACT_REFERENCE, Literals.PLACEMENT__CONTRACT, 18, null),
            new RegisterColumn("Planned outcomes", Kind.TEXT, Literals.PLACEMENT__PLANNED_OUTCOMES, 40, null),
            new RegisterColumn("Exit plan", Kind.TEXT, Literals.PLACEMENT__EXIT_PLAN, 40, null));

    /** Columns of the contracts sheet, in order. */
    public static final List<RegisterColumn> CONTRACT_COLUMNS = List.of(
            new RegisterColumn("Contract reference", Kind.TEXT, Literals.CONTRACT__REFERENCE, 18, null),
            new RegisterColumn("Provider", Kind.TEXT, Literals.CONTRACT__PROVIDER, 32, null),
            new RegisterColumn("Kind", Kind.ENUM, Literals.CONTRACT__KIND, 18, "ContractKinds"),
            new RegisterColumn("Places", Kind.INTEGER, Literals.CONTRACT__PLACES, 8, null),
            new RegisterColumn("Price per place (£)", Kind.MONEY, Literals.CONTRACT__PRICE, 16, null),
            new RegisterColumn("Start date", Kind.DATE, Literals.CONTRACT__START_DATE, 12, null),
            new RegisterColumn("End date", Kind.DATE, Literals.CONTRACT__END_DATE, 12, null),
            new RegisterColumn("Review date", Kind.DATE, Literals.CONTRACT__REVIEW_DATE, 12, null),
            new RegisterColumn("Setting URNs", Kind.SETTING_URNS, Literals.CONTRACT__PROVIDER_SETTINGS, 20, null),
            new RegisterColumn("Placements", Kind.INFO, null, 11, null));

    /** Largest number of data rows read from one sheet; more is refused as not a register. */
    public static final int MAX_ROWS = 50_000;

    private RegisterLayout() {
    }

    /** Returns the Excel column letter of a 0-based index (0 = A). */
    public static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            letters.insert(0, (char) ('A' + i % 26));
        }
        return letters.toString();
    }

    /** Returns "J (Start date)" for a column of a sheet's layout. */
    public static String describe(List<RegisterColumn> columns, int index) {
        return letter(index) + " (" + columns.get(index).header() + ")";
    }
}
