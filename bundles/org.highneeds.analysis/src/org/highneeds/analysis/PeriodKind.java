package org.highneeds.analysis;

import java.util.Locale;

/**
 * What an indicator's {@code period_year} means, so that periods are labelled the way the publisher does.
 * The year is always one integer: the January of a census, the calendar year, or the year a financial or
 * academic year ends in (2023-24 is 2024).
 */
public enum PeriodKind {
    /** A snapshot in January of the year (SEN2 caseload): "Jan 2022". */
    JANUARY("January"),
    /** A calendar year (SEN2 flows: new plans, requests, timeliness): "2022". */
    CALENDAR_YEAR("calendar year"),
    /** A financial year ending in March of the year (DSG): 2024 is "2023-24". */
    FINANCIAL_YEAR("financial year"),
    /** An academic year ending in the summer of the year: 2022 is "2021/22". */
    ACADEMIC_YEAR("academic year");

    private final String label;

    PeriodKind(String label) {
        this.label = label;
    }

    /** What the period is, e.g. "financial year". */
    public String label() {
        return label;
    }

    /** The period of {@code year} as the publisher writes it, e.g. "Jan 2022", "2023-24", "2021/22". */
    public String format(int year) {
        return switch (this) {
            case JANUARY -> "Jan " + year;
            case CALENDAR_YEAR -> Integer.toString(year);
            case FINANCIAL_YEAR -> (year - 1) + "-" + String.format(Locale.ROOT, "%02d", year % 100);
            case ACADEMIC_YEAR -> (year - 1) + "/" + String.format(Locale.ROOT, "%02d", year % 100);
        };
    }

    /** The kind named by an extension attribute: january, calendar_year, financial_year, academic_year. */
    public static PeriodKind parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "january", "" -> JANUARY;
            case "calendar_year", "calendar" -> CALENDAR_YEAR;
            case "financial_year", "financial" -> FINANCIAL_YEAR;
            case "academic_year", "academic" -> ACADEMIC_YEAR;
            default -> throw new IllegalArgumentException("Unknown period '" + text
                    + "': use january, calendar_year, financial_year or academic_year");
        };
    }
}
