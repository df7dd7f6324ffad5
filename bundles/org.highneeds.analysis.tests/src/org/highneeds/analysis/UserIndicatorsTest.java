package org.highneeds.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.highneeds.analysis.testsupport.RealData;
import org.highneeds.model.Polarity;
import org.junit.jupiter.api.Test;

/** User-defined indicators: accepted at runtime once their SQL runs and returns the right columns. */
class UserIndicatorsTest {

    private static IndicatorDefinition user(String id, String sql, GroupMeanMethod mean) {
        return new IndicatorDefinition(id, "Test " + id, IndicatorUnit.COUNT, Polarity.NEUTRAL, PeriodKind.JANUARY, sql,
                List.of("sen2.ehcp"), "for the test", mean, "User-defined", IndicatorDefinition.USER_DEFINED);
    }

    @Test
    void aValidIndicatorIsAddedAndComputed() throws Exception {
        IndicatorRegistry registry = IndicatorRegistry.fromExtensions();
        BenchmarkEngine engine = new BenchmarkEngine(RealData.source(), registry);
        // EHC plans aged 11-15 (SEN2 2025 caseload by age)
        registry.addUserDefined(user("ehcp_11_15", """
                SELECT la_code, period_year, sum(ehcp_count) AS value FROM ehcp_caseload
                 WHERE geographic_level = 'Local authority' AND age_band = '11-15' AND need = 'all'
                   AND placement_category = 'all' AND sex = 'all' AND dataset_id = 'ees:caseload'
                 GROUP BY la_code, period_year;
                """, GroupMeanMethod.MEAN), RealData.source());
        assertEquals("ehcp_11_15", registry.all().get(registry.all().size() - 1).id());
        IndicatorResult r = engine.compute("ehcp_11_15");
        assertTrue(r.get("302", 2025).value() > 1_000, String.valueOf(r.get("302", 2025)));
        // no England row: England is the sum of the LAs for a count
        assertTrue(r.england(2025).note().startsWith("sum of 153 LAs"), r.england(2025).note());
        assertTrue(registry.removeUserDefined("ehcp_11_15"));
    }

    @Test
    void badSqlIsAClearErrorAndTheRegistryIsUnchanged() throws Exception {
        IndicatorRegistry registry = IndicatorRegistry.fromExtensions();
        int before = registry.all().size();
        IndicatorValidationException e = assertThrows(IndicatorValidationException.class, () -> registry.addUserDefined(
                user("typo", "SELECT la_code, period_year, ehcp_count AS value FROM ehcp_casload", GroupMeanMethod.MEAN),
                RealData.source()));
        assertEquals("typo", e.indicatorId());
        assertTrue(e.getMessage().startsWith("The SQL of indicator 'typo' does not run: Catalog Error: Table with name "
                + "ehcp_casload does not exist!"), e.getMessage());
        assertEquals(before, registry.all().size());
    }

    @Test
    void missingColumnsAndDuplicateRowsAreNamed() throws Exception {
        IndicatorRegistry registry = IndicatorRegistry.fromExtensions();
        IndicatorValidationException noValue = assertThrows(IndicatorValidationException.class, () -> registry.addUserDefined(
                user("no_value", "SELECT la_code, period_year, ehcp_count FROM ehcp_caseload", GroupMeanMethod.MEAN),
                RealData.source()));
        assertTrue(noValue.getMessage().startsWith("The SQL of indicator 'no_value' has no column value (it returns "),
                noValue.getMessage());
        IndicatorValidationException weighted = assertThrows(IndicatorValidationException.class, () -> registry.addUserDefined(
                user("weighted", "SELECT '302' AS la_code, 2020 AS period_year, 1.0 AS value", GroupMeanMethod.WEIGHTED),
                RealData.source()));
        assertTrue(weighted.getMessage().contains("has no column numerator"), weighted.getMessage());
        IndicatorValidationException text = assertThrows(IndicatorValidationException.class, () -> registry.addUserDefined(
                user("text", "SELECT '302' AS la_code, 2020 AS period_year, 'many' AS value", GroupMeanMethod.MEAN),
                RealData.source()));
        assertTrue(text.getMessage().startsWith("The column value of indicator 'text' is VARCHAR, not a number"), text.getMessage());
        IndicatorValidationException twice = assertThrows(IndicatorValidationException.class, () -> registry.addUserDefined(
                user("twice", "SELECT '302' AS la_code, 2020 AS period_year, 1.0 AS value UNION ALL SELECT '302', 2020, 2.0",
                        GroupMeanMethod.MEAN), RealData.source()));
        assertTrue(twice.getMessage().contains("returns two rows for LA 302 in 2020"), twice.getMessage());
        IndicatorValidationException builtIn = assertThrows(IndicatorValidationException.class, () -> registry.addUserDefined(
                user("ehcp_count", "SELECT '302' AS la_code, 2020 AS period_year, 1.0 AS value", GroupMeanMethod.MEAN),
                RealData.source()));
        assertTrue(builtIn.getMessage().contains("belongs to a built-in indicator"), builtIn.getMessage());
    }

    @Test
    void badIdsAreRefusedBeforeAnySqlRuns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> user("EHCP count", "SELECT 1", GroupMeanMethod.MEAN));
        assertEquals("Indicator id 'EHCP count' must be lower case letters, digits and underscores, starting with a letter",
                e.getMessage());
    }
}
