package org.highneeds.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.highneeds.analysis.testsupport.RealData;
import org.highneeds.model.ComparatorKind;
import org.highneeds.model.Polarity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.highneeds.data.output.OutputFormat;

/** Benchmark tables, comparator groups, bands, ranks, changes and boundary changes on the REAL published files. */
class BenchmarkEngineTest {

    private static BenchmarkEngine engine;

    @BeforeAll
    static void load() throws Exception {
        engine = RealData.engine();
    }

    private static BenchmarkTable table(String la, String indicator, int from, int to, String group) throws AnalysisException {
        return engine.benchmark(new BenchmarkRequest(la, indicator, from, to, engine.comparators().parse(group, la)));
    }

    @Test
    void englandEhcPlansGrew10Point20PercentThen33Point69PercentOver2019To2022() throws AnalysisException {
        BenchmarkTable t = table("302", "ehcp_count", 2019, 2022, "sn");
        BenchmarkRow england = t.englandRow();
        assertEquals(List.of(2019, 2020, 2021, 2022), t.years());
        assertEquals("+10.20%", BenchmarkFormat.growth(england.cell(2020).change()));
        assertEquals("+33.69%", BenchmarkFormat.growth(england.overallChange()));
        assertEquals(473_255.0 / 353_995 - 1, england.overallChange().value(), 1e-12);
        // the product of the yearly factors is the change from first to last when no year is missing
        double product = 1;
        for (int y = 2020; y <= 2022; y++) product *= 1 + england.cell(y).change().value();
        assertEquals(product - 1, england.overallChange().value(), 1e-12);
        assertEquals(Math.pow(473_255.0 / 353_995, 1.0 / 3) - 1, england.annualisedChange().value(), 1e-12);
        // Barnet 2,372 -> 3,211
        assertEquals("+35.37%", BenchmarkFormat.growth(t.subjectRow().overallChange()));
    }

    @Test
    void barnetsStatisticalNeighboursAreThoseOfTheMay2025FileInRankOrder() throws AnalysisException {
        ComparatorGroup sn = engine.comparators().statisticalNeighbours("302");
        // sn_may_2025.xlsx, Barnet: Waltham Forest, Reading, Harrow, Redbridge, Merton, Croydon, Lewisham, Hillingdon,
        // Haringey, Ealing (all "Close")
        assertEquals(List.of("320", "870", "310", "317", "315", "306", "209", "312", "309", "307"), sn.memberCodes());
        assertEquals(List.of("Waltham Forest", "Reading", "Harrow", "Redbridge", "Merton", "Croydon", "Lewisham",
                "Hillingdon", "Haringey", "Ealing"), sn.members().stream().map(m -> m.la().name()).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), sn.members().stream().map(ComparatorMember::rank).toList());
        assertTrue(sn.members().stream().allMatch(m -> "Close".equals(m.proximity())));
        assertEquals("Statistical neighbours of 302 Barnet (May 2025)", sn.name());
        BenchmarkTable t = table("302", "ehcp_count", 2019, 2022, "sn");
        assertEquals(sn.memberCodes(), t.comparatorRows().stream().map(BenchmarkRow::laCode).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), t.comparatorRows().stream().map(BenchmarkRow::neighbourRank).toList());
    }

    @Test
    void groupMeanIsThePlainMeanOfTheMembersWithoutTheSubject() throws AnalysisException {
        BenchmarkTable t = table("302", "ehcp_count", 2019, 2022, "sn");
        double sum = 0;
        for (BenchmarkRow r : t.comparatorRows()) sum += r.cell(2022).value();
        assertEquals(sum / 10, t.groupMeanRow().cell(2022).value(), 1e-9);
        assertEquals(3_211 - sum / 10, t.subjectRow().distanceFromGroupMean(), 1e-9);
        assertTrue(t.notes().stream().anyMatch(n -> n.startsWith("Group mean: plain mean")), t.notes().toString());
    }

    @Test
    void weightedGroupMeanAddsNumeratorsAndDenominators() throws AnalysisException {
        BenchmarkTable t = table("302", "pct_within_20_weeks", 2023, 2024, "sn");
        double num = 0;
        double den = 0;
        for (BenchmarkRow r : t.comparatorRows()) {
            IndicatorValue v = r.cell(2024);
            if (v.value() != null) {
                num += v.numerator();
                den += v.denominator();
            }
        }
        assertEquals(100 * num / den, t.groupMeanRow().cell(2024).value(), 1e-9);
        assertTrue(t.notes().stream().anyMatch(n -> n.startsWith("Group mean: weighted")), t.notes().toString());
    }

    @Test
    void regionTypeEnglandAndCustomGroups() throws AnalysisException {
        ComparatorGroup region = engine.comparators().region("302");
        assertEquals(ComparatorKind.REGION, region.kind());
        assertTrue(region.memberCodes().containsAll(List.of("303", "304", "305")), region.memberCodes().toString());
        assertTrue(!region.memberCodes().contains("302"));
        assertTrue(region.members().stream().allMatch(m -> m.la().region().equals("Outer London")));
        ComparatorGroup type = engine.comparators().parse("type", "302");
        assertTrue(type.members().stream().allMatch(m -> m.la().laType().equals("OLB")));
        assertEquals(152, engine.comparators().parse("england", "302").members().size());
        ComparatorGroup custom = engine.comparators().parse("303, 304,302,305", "302");
        assertEquals(List.of("303", "304", "305"), custom.memberCodes());
        AnalysisException e = assertThrows(AnalysisException.class, () -> engine.comparators().parse("303,999", "302"));
        assertEquals("Unknown LA code 999 in the comparator group: use DfE 3-digit LA numbers, e.g. 302 for Barnet",
                e.getMessage());
    }

    @Test
    void savedComparatorSetOfTheModel() throws AnalysisException {
        org.highneeds.model.HighNeedsFactory f = org.highneeds.model.HighNeedsFactory.eINSTANCE;
        org.highneeds.model.ComparatorSet set = f.createComparatorSet();
        set.setName("Our peer group");
        set.setKind(ComparatorKind.CUSTOM);
        for (String code : List.of("306", "320")) {
            org.highneeds.model.LocalAuthority la = f.createLocalAuthority();
            la.setLaCode(code);
            org.highneeds.model.ComparatorMember m = f.createComparatorMember();
            m.setAuthority(la);
            set.getMembers().add(m);
        }
        ComparatorGroup g = engine.comparators().of(set);
        assertEquals("Our peer group", g.name());
        assertEquals(List.of("306", "320"), g.memberCodes());
        BenchmarkTable t = engine.benchmark(new BenchmarkRequest("302", "ehcp_count", 2022, 2022, g));
        assertEquals((3_556 + 2_584) / 2.0, t.groupMeanRow().cell(2022).value(), 1e-9);
    }

    @Test
    void quartileBandsAndRanksFlipWithPolarity() throws AnalysisException {
        IndicatorDefinition inmss = engine.registry().get("pct_inmss");
        IndicatorDefinition higher = new IndicatorDefinition("pct_inmss_higher", inmss.title(), inmss.unit(),
                Polarity.HIGHER_IS_BETTER, inmss.periodKind(), inmss.sql(), inmss.sourceDatasets(), inmss.note(),
                inmss.groupMean(), inmss.category(), IndicatorDefinition.USER_DEFINED);
        IndicatorResult low = engine.compute(inmss);
        IndicatorResult high = engine.compute(higher);
        List<IndicatorValue> lowRanking = low.ranking(2025);
        // lowest share of I/N-MSS placements is best (band A, rank 1) when lower is better ...
        IndicatorValue best = lowRanking.get(0);
        assertEquals(1, best.rank());
        assertEquals(QuartileBand.A, best.band());
        // ... and worst when higher is better
        IndicatorValue same = high.get(best.laCode(), 2025);
        assertEquals(QuartileBand.D, same.band());
        IndicatorValue worst = lowRanking.stream().filter(v -> v.rank() != null).reduce((a, b) -> b).orElseThrow();
        assertEquals(QuartileBand.D, worst.band());
        assertEquals(1, high.get(worst.laCode(), 2025).rank());
        assertEquals(QuartileBand.A, high.get(worst.laCode(), 2025).band());
        int n = best.rankedCount();
        for (IndicatorValue v : lowRanking) {
            if (v.rank() == null) continue;
            IndicatorValue flipped = high.get(v.laCode(), 2025);
            long ties = lowRanking.stream().filter(o -> v.value().equals(o.value())).count();
            // competition ranks: ties share the lowest rank on both sides
            assertEquals((int) (n + 1 - v.rank() - (ties - 1)), (int) flipped.rank(), v.laCode());
            assertEquals(QuartileBand.ofRank(flipped.rank(), n), flipped.band(), v.laCode());
        }
        // Barnet 2025: 3.1% of plans in I/N-MSS
        assertEquals(100.0 * 136 / 4_320, low.get("302", 2025).value(), 1e-9);
    }

    @Test
    void aSpanWithASuppressedYearReportsMissingNotZero() throws AnalysisException {
        // Peterborough (874): its January 2024 placement breakdown is published as x
        BenchmarkTable t = table("874", "pct_mainstream", 2023, 2025, "sn");
        BenchmarkRow p = t.subjectRow();
        assertNull(p.cell(2024).value());
        assertSame(Growth.MISSING, p.overallChange());
        assertSame(Growth.MISSING, p.annualisedChange());
        assertSame(Growth.MISSING, p.cell(2024).change());
        assertSame(Growth.MISSING, p.cell(2025).change());
        assertEquals("missing", BenchmarkFormat.growth(p.overallChange()));
        assertEquals("missing", BenchmarkFormat.value(p.cell(2024).value(), IndicatorUnit.PERCENT));
        assertTrue(p.cell(2023).value() > 0 && p.cell(2025).value() > 0);
        String csv = BenchmarkFormat.render(t, OutputFormat.CSV);
        String line = csv.lines().filter(l -> l.startsWith("subject,874,")).findFirst().orElseThrow();
        assertTrue(line.contains(",,,,"), line); // value, change, band, rank of January 2024 all empty, not 0
    }

    @Test
    void growthFromZeroIsNotApplicable() throws AnalysisException {
        // Hillingdon (312): no EHC plans in specialist post-16 institutions in January 2021, 32 in January 2022
        BenchmarkTable t = table("312", "spi_count", 2021, 2022, "sn");
        BenchmarkRow h = t.subjectRow();
        assertEquals(0.0, h.cell(2021).value());
        assertEquals(32.0, h.cell(2022).value());
        assertSame(Growth.FROM_ZERO, h.cell(2022).change());
        assertSame(Growth.FROM_ZERO, h.overallChange());
        assertEquals("n/a", BenchmarkFormat.growth(h.overallChange()));
    }

    @Test
    void cumberlandHasASeriesThroughCumbria() throws AnalysisException {
        BenchmarkTable rate = table("942", "pct_inmss", 2022, 2025, "sn");
        BenchmarkRow c = rate.subjectRow();
        IndicatorResult r = engine.compute("pct_inmss");
        // before the split of 1 April 2023 a rate of the whole former county stands for Cumberland
        assertEquals(r.get("909", 2023).value(), c.cell(2023).value());
        assertEquals(r.get("909", 2023).rank(), c.cell(2023).rank());
        assertTrue(c.cell(2023).note().startsWith("909 Cumbria (whole former area, before 2023-04-01)"), c.cell(2023).note());
        assertEquals(r.get("942", 2024).value(), c.cell(2024).value());
        assertTrue(c.overallChange().isKnown());
        assertTrue(rate.notes().stream().anyMatch(n -> n.contains("909 Cumbria")), rate.notes().toString());
        // counts of the former county are not Cumberland's
        BenchmarkRow count = table("942", "ehcp_count", 2022, 2025, "sn").subjectRow();
        assertNull(count.cell(2023).value());
        assertTrue(count.cell(2023).note().contains("counts are not comparable"), count.cell(2023).note());
        assertEquals(2_656, count.cell(2024).value());
        assertEquals(2_893, count.cell(2025).value());
        assertSame(Growth.MISSING, count.overallChange());
    }

    @Test
    void unknownLaAndIndicatorAreClearErrors() {
        AnalysisException la = assertThrows(AnalysisException.class, () -> table("999", "ehcp_count", 2019, 2022, "england"));
        assertEquals("Unknown LA code '999': use the DfE 3-digit LA number, e.g. 302 for Barnet", la.getMessage());
        AnalysisException ind = assertThrows(AnalysisException.class, () -> table("302", "ehcp_cuont", 2019, 2022, "region"));
        assertTrue(ind.getMessage().startsWith("Unknown indicator 'ehcp_cuont'. Known indicators: ehcp_count, "), ind.getMessage());
    }

    @Test
    void profileHonoursCancel() {
        org.eclipse.core.runtime.NullProgressMonitor monitor = new org.eclipse.core.runtime.NullProgressMonitor();
        monitor.setCanceled(true);
        assertThrows(org.eclipse.core.runtime.OperationCanceledException.class, () -> engine.profile("302", null, monitor));
    }

    @Test
    void profileOfBarnetCoversEveryIndicator() throws Exception {
        LaProfile p = engine.profile("302", null, new org.eclipse.core.runtime.NullProgressMonitor());
        assertEquals(engine.registry().all().size(), p.entries().size());
        assertTrue(p.entries().stream().allMatch(e -> e.problem() == null), p.entries().toString());
        ProfileEntry count = p.entries().get(0);
        assertEquals("ehcp_count", count.indicator().id());
        assertEquals(2025, count.value().year());
        assertEquals(4_320, count.value().value());
        assertEquals(638_745, count.england());
        assertEquals(QuartileBand.B, count.value().band());
    }

    @Test
    void profileBandsTheLaAmongItsStatisticalNeighbours() throws Exception {
        LaProfile p = engine.profile("302", null, new org.eclipse.core.runtime.NullProgressMonitor());
        ProfileEntry count = p.entries().stream().filter(e -> e.indicator().id().equals("ehcp_count")).findFirst().orElseThrow();
        // January 2025 (SEN2 caseload): Barnet 4,320; of its ten neighbours only Croydon (5,232) has more EHC plans
        assertEquals(2, count.groupRank());
        assertEquals(11, count.groupRankedCount());
        assertEquals(QuartileBand.A, count.groupBand()); // neutral: A = highest; ceil(4 * 2 / 11) = 1

        // every banded indicator: the rank re-counted from the benchmark table of the same year and group
        for (ProfileEntry e : p.entries()) {
            if (e.value() == null || e.value().value() == null) {
                assertNull(e.groupRank(), e.indicator().id());
                continue;
            }
            int year = e.value().year();
            BenchmarkTable t = engine.benchmark(new BenchmarkRequest("302", e.indicator().id(), year, year, p.group()));
            double mine = t.subjectRow().cells().get(0).value();
            boolean lowFirst = org.highneeds.model.Polarities.lowFirst(e.indicator().polarity());
            int better = 0;
            int ranked = 1;
            for (BenchmarkRow r : t.comparatorRows()) {
                Double v = r.cells().get(0).value();
                if (v != null) {
                    ranked++;
                    if (lowFirst ? v < mine : v > mine) {
                        better++;
                    }
                }
            }
            assertEquals(better + 1, e.groupRank(), e.indicator().id());
            assertEquals(ranked, e.groupRankedCount(), e.indicator().id());
            assertEquals(QuartileBand.ofRank(better + 1, ranked), e.groupBand(), e.indicator().id());
        }
    }

    @Test
    void twoRowsForOneLaAndPeriodCostThatCellOnlyNotTheIndicatorForEveryLa() throws Exception {
        // as a file whose rows repeat would give: the caseload's totals, and a second row for 933 Somerset in 2019
        String sql = "SELECT CASE WHEN geographic_level = 'National' THEN '970' ELSE la_code END AS la_code, period_year, "
                + "ehcp_count AS value FROM ehcp_caseload_latest WHERE geographic_level IN ('Local authority', 'National') "
                + "AND age_group = 'all' AND need = 'all' AND sex = 'all' AND placement_category = 'all' "
                + "UNION ALL SELECT '933', 2019, 1";
        IndicatorDefinition doubled = new IndicatorDefinition("ehcp_doubled", "EHC plans (a row doubled)", IndicatorUnit.COUNT,
                Polarity.NEUTRAL, PeriodKind.JANUARY, sql, List.of("sen2.ehcp"), "Synthetic: one LA and year twice.",
                GroupMeanMethod.MEAN, "Test", IndicatorDefinition.USER_DEFINED);
        BenchmarkEngine doubledEngine = new BenchmarkEngine(RealData.source(), new IndicatorRegistry(List.of(doubled)));
        BenchmarkTable barnet = doubledEngine.benchmark(new BenchmarkRequest("302", "ehcp_doubled", 2019, 2022,
                doubledEngine.comparators().parse("933,306", "302")));
        BenchmarkTable expected = table("302", "ehcp_count", 2019, 2022, "933,306");
        assertEquals(expected.subjectRow().cell(2019).value(), barnet.subjectRow().cell(2019).value());
        BenchmarkRow somerset = barnet.comparatorRows().stream().filter(r -> r.laCode().equals("933")).findFirst().orElseThrow();
        assertNull(somerset.cell(2019).value());
        assertTrue(somerset.cell(2019).note().startsWith("two rows in the data for this LA and period (values "), somerset.cell(2019).note());
        assertTrue(somerset.cell(2019).note().endsWith(" and 1.0): not shown"), somerset.cell(2019).note());
        BenchmarkRow somersetBefore = expected.comparatorRows().stream().filter(r -> r.laCode().equals("933")).findFirst().orElseThrow();
        assertEquals(somersetBefore.cell(2020).value(), somerset.cell(2020).value());
    }
}
