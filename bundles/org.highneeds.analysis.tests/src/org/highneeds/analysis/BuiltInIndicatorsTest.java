package org.highneeds.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.highneeds.analysis.testsupport.RealData;
import org.highneeds.model.Polarity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every built-in indicator on the REAL published files, against figures read from the files themselves (SEN2
 * 2025 caseload row for England January 2019, ONS mid-2020 Barnet ages 2-18, DSG 2020-21 high needs block, ...).
 */
class BuiltInIndicatorsTest {

    private static BenchmarkEngine engine;

    @BeforeAll
    static void load() throws Exception {
        engine = RealData.engine();
    }

    private static double value(String id, String la, int year) throws AnalysisException {
        IndicatorResult r = engine.compute(id);
        IndicatorValue v = IndicatorDefinition.ENGLAND.equals(la) ? r.england(year) : r.get(la, year);
        assertTrue(v != null && v.value() != null, id + " has no value for " + la + " in " + year);
        return v.value();
    }

    @Test
    void extensionPointContributesAllBuiltInsWithoutProblems() {
        IndicatorRegistry registry = engine.registry();
        assertEquals(List.of(), registry.problems());
        assertEquals(List.of("ehcp_count", "ehcp_per_population_2_18", "new_ehcp_count", "pct_mainstream",
                "pct_rp_sen_units", "pct_special", "pct_inmss", "pct_ap", "pct_fe", "pct_spi", "specialist_provision_count",
                "inmss_count", "spi_count", "pct_within_20_weeks", "pct_within_20_weeks_excl_exceptions", "ehcp_requests",
                "pct_requests_refused", "assessments_completed", "pct_assessments_plan_issued", "hn_block_per_head_2_18",
                "hn_block_per_ehcp", "lait_pct_pupils_ehcp", "lait_pct_pupils_sen_support", "lait_sen_appeal_rate"),
                registry.all().stream().map(IndicatorDefinition::id).toList());
        IndicatorDefinition inmss = registry.find("pct_inmss").orElseThrow();
        assertEquals(Polarity.LOWER_IS_BETTER, inmss.polarity());
        assertEquals(IndicatorUnit.PERCENT, inmss.unit());
        assertEquals("org.highneeds.analysis", inmss.origin());
        assertTrue(inmss.sql().contains("placement_category"), inmss.sql());
        assertEquals(GroupMeanMethod.WEIGHTED, registry.find("pct_within_20_weeks").orElseThrow().groupMean());
    }

    @Test
    void everyBuiltInRanksMoreThan140LasInItsLatestPeriod() throws AnalysisException {
        for (IndicatorDefinition d : engine.registry().all()) {
            IndicatorResult r = engine.compute(d);
            assertTrue(!r.years().isEmpty(), d.id() + " has no data");
            int last = r.years().last();
            List<IndicatorValue> ranking = r.ranking(last);
            long ranked = ranking.stream().filter(v -> v.rank() != null).count();
            assertTrue(ranked > 140, d.id() + " ranks only " + ranked + " LAs in " + last);
            assertEquals(1, ranking.get(0).rank(), d.id());
            assertEquals(QuartileBand.A, ranking.get(0).band(), d.id());
            assertTrue(r.england(last) != null && r.england(last).value() != null, d.id() + " has no England value in " + last);
        }
    }

    @Test
    void ehcpCountIsTheSen2CaseloadTotal() throws AnalysisException {
        // caseload.csv (2025 release): England 201819 353995, 201920 390109, 202122 473255, 202425 638745
        assertEquals(353_995, value("ehcp_count", "970", 2019));
        assertEquals(390_109, value("ehcp_count", "970", 2020));
        assertEquals(473_255, value("ehcp_count", "970", 2022));
        assertEquals(638_745, value("ehcp_count", "970", 2025));
        assertEquals(2_372, value("ehcp_count", "302", 2019));
        assertEquals(4_320, value("ehcp_count", "302", 2025));
        assertEquals(List.of(2019, 2020, 2021, 2022, 2023, 2024, 2025), List.copyOf(engine.compute("ehcp_count").years()));
    }

    @Test
    void placementMixFromThePublishedColumnsOfEngland2019() throws AnalysisException {
        // England 201819 row: mainstream 64450 + 51194 + 1716 + 3618 (excluding RP/units); RP and units
        // 6214 + 3486 + 4885 + 2984 + 32 + 51; special 84033 + 35065; I/N-MSS 13744 + 3788; AP 709 + 157 + 1865;
        // FE 52235 (general FE; UKRLP x = not collected); SPI 4956; all 353995
        assertEquals(100.0 * 120_978 / 353_995, value("pct_mainstream", "970", 2019), 1e-9);
        assertEquals(100.0 * 17_652 / 353_995, value("pct_rp_sen_units", "970", 2019), 1e-9);
        assertEquals(100.0 * 119_098 / 353_995, value("pct_special", "970", 2019), 1e-9);
        assertEquals(100.0 * 17_532 / 353_995, value("pct_inmss", "970", 2019), 1e-9);
        assertEquals(100.0 * 2_731 / 353_995, value("pct_ap", "970", 2019), 1e-9);
        assertEquals(100.0 * 52_235 / 353_995, value("pct_fe", "970", 2019), 1e-9);
        assertEquals(100.0 * 4_956 / 353_995, value("pct_spi", "970", 2019), 1e-9);
        assertEquals(17_652 + 119_098 + 17_532 + 4_956, value("specialist_provision_count", "970", 2019));
        assertEquals(17_532, value("inmss_count", "970", 2019));
        assertEquals(4_956, value("spi_count", "970", 2019));
    }

    @Test
    void aPlacementRowPublishedAsXIsMissingNotZero() throws AnalysisException {
        // caseload.csv 202324: Peterborough (874) placement columns are all x
        IndicatorValue v = engine.compute("pct_mainstream").get("874", 2024);
        assertNull(v.value());
        assertNull(v.rank());
        assertEquals(2_625, engine.compute("ehcp_count").get("874", 2024).value());
    }

    @Test
    void flowsAndTimelinessMatchThePublication() throws AnalysisException {
        // 2025 release: 97,747 new plans in 2024; 154,489 initial requests in 2024; 20-week timeliness excluding
        // exceptions 49.2% (2022), 50.3% (2023), 46.4% (2024)
        assertEquals(97_747, value("new_ehcp_count", "970", 2024));
        assertEquals(154_489, value("ehcp_requests", "970", 2024));
        assertEquals(49.2, value("pct_within_20_weeks_excl_exceptions", "970", 2022), 0.05);
        assertEquals(50.3, value("pct_within_20_weeks_excl_exceptions", "970", 2023), 0.05);
        assertEquals(46.4, value("pct_within_20_weeks_excl_exceptions", "970", 2024), 0.05);
        assertEquals(45.9, value("pct_within_20_weeks", "970", 2024), 0.05);
        assertTrue(value("assessments_completed", "302", 2024) > 0);
        assertEquals(100.0 * 350 / 357, value("pct_assessments_plan_issued", "311", 2022), 1e-9);
        assertEquals(100.0 * 140 / 552, value("pct_requests_refused", "311", 2022), 1e-9);
    }

    @Test
    void populationRatesUseTheMidYearEstimateOfTheJuneBefore() throws AnalysisException {
        // Barnet: 2,899 EHC plans in January 2021; ONS mid-2020 (utla2020) ages 2-18 sum to 89,035
        IndicatorValue v = engine.compute("ehcp_per_population_2_18").get("302", 2021);
        assertEquals(2_899, v.numerator());
        assertEquals(89_035, v.denominator());
        assertEquals(100.0 * 2_899 / 89_035, v.value(), 1e-9);
        assertEquals(List.of(2020, 2021), List.copyOf(engine.compute("ehcp_per_population_2_18").years()));
    }

    @Test
    void highNeedsBlockPerHeadAndPerEhcp() throws AnalysisException {
        // DSG 2020-21 allocations summary: England high needs block before recoupment £7,063,230,381;
        // DSG 2023-24: £9,952,172,126 over 576,474 EHC plans in January 2024
        IndicatorValue head = engine.compute("hn_block_per_head_2_18").england(2021);
        assertEquals(7_063_230_381.0, head.numerator());
        assertEquals(9_952_172_126.0 / 576_474, value("hn_block_per_ehcp", "970", 2024), 1e-6);
        IndicatorValue barnet = engine.compute("hn_block_per_head_2_18").get("302", 2021);
        assertEquals(89_035, barnet.denominator());
    }

    @Test
    void laitIndicatorsAsPublished() throws AnalysisException {
        // lait_bds_long_sen_subset.csv SEN_TotStat 2025: Barnet 5.1, England 5.3
        assertEquals(5.1, value("lait_pct_pupils_ehcp", "302", 2025));
        assertEquals(5.3, value("lait_pct_pupils_ehcp", "970", 2025));
    }
}
