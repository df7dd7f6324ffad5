package org.highneeds.analysis;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.highneeds.model.Polarity;

/**
 * An indicator: SQL over the workspace database giving one value per LA per period, with the metadata needed to
 * read, band and rank it.
 * <p>
 * The SQL returns the columns {@code la_code} (DfE 3-digit LA number; {@value #ENGLAND} for England),
 * {@code period_year} (integer, see {@link PeriodKind}) and {@code value} (DOUBLE, NULL when suppressed or not
 * published), and for rates also {@code numerator} and {@code denominator}. Region rows and other codes outside
 * the {@code la} table are ignored. At most one row per LA and period.
 *
 * @param id stable identifier, lower case letters, digits and underscores, e.g. {@code ehcp_count}
 * @param title short title shown to users
 * @param unit unit of the values
 * @param polarity whether higher is better (decides bands and ranks)
 * @param periodKind what period_year means
 * @param sql the query (one statement, no trailing semicolon needed)
 * @param sourceDatasets dataset ids of the catalogue the SQL reads, e.g. {@code sen2.ehcp}, {@code ons.mye}
 * @param note plain-English definition, including which population year or file family is used
 * @param groupMean how group means are formed
 * @param category heading the indicator is listed under, e.g. "EHC plans", "Placement mix", "Finance"
 * @param origin who defined it: the contributing plug-in's id, or {@link #USER_DEFINED}
 */
public record IndicatorDefinition(String id, String title, IndicatorUnit unit, Polarity polarity, PeriodKind periodKind,
        String sql, List<String> sourceDatasets, String note, GroupMeanMethod groupMean, String category, String origin) {

    /** la_code of England rows in indicator SQL (the DfE code of England in the LA code list). */
    public static final String ENGLAND = "970";

    /** {@link #origin()} of indicators a user defined in the workbench. */
    public static final String USER_DEFINED = "user";

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    /** Checks the fields that do not need the database; the SQL is checked by {@link IndicatorRegistry#validate}. */
    public IndicatorDefinition {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Indicator id '" + id + "' must be lower case letters, digits and underscores, starting with a letter");
        }
        if (title == null || title.isBlank()) throw new IllegalArgumentException("Indicator " + id + " has no title");
        if (sql == null || sql.isBlank()) throw new IllegalArgumentException("Indicator " + id + " has no SQL");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(polarity, "polarity");
        periodKind = periodKind == null ? PeriodKind.JANUARY : periodKind;
        sourceDatasets = sourceDatasets == null ? List.of() : List.copyOf(sourceDatasets);
        note = note == null ? "" : note.strip();
        groupMean = groupMean == null ? GroupMeanMethod.MEAN : groupMean;
        category = category == null || category.isBlank() ? "Other" : category;
        origin = origin == null ? USER_DEFINED : origin;
        sql = stripSemicolon(sql);
    }

    private static String stripSemicolon(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) s = s.substring(0, s.length() - 1).strip();
        return s;
    }

    /** True when the values are rates built from numerator and denominator (a weighted mean is possible). */
    public boolean isRate() {
        return !unit.additive();
    }

    /** Title with unit, e.g. "EHC plans as % of population aged 2-18 (%)". */
    public String titleWithUnit() {
        return unit.label().isEmpty() ? title : title + " (" + unit.label() + ")";
    }
}
