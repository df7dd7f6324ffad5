package org.highneeds.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.highneeds.model.BroadArea;
import org.highneeds.model.NeedAreas;
import org.highneeds.model.NeedType;
import org.highneeds.model.PlacementCategories;
import org.highneeds.model.PlacementCategory;
import org.highneeds.model.PlacementGroup;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The model's SEN2 enums against the real published SEN2 2025 files: category literals are the file's columns, and
 * grouping the published counts with the model's code reproduces DfE's own totals.
 */
class Sen2ClassificationTest {

    @Test
    void placementCategoryGroupsReproducePublishedTotals() throws IOException {
        Path file = SharedData.file("ehcp-sen2-2025", "caseload.csv");
        Map<String, String> england = row(file, "National", "", "202425", "All EHC plans");
        for (PlacementCategory category : PlacementCategory.VALUES) {
            assertTrue(england.containsKey(category.getLiteral()), "no SEN2 column " + category.getLiteral());
        }
        Map<PlacementGroup, Long> byGroup = new EnumMap<>(PlacementGroup.class);
        long specialist = 0;
        long inmss = 0;
        for (PlacementCategory category : PlacementCategory.VALUES) {
            long count = Long.parseLong(england.get(category.getLiteral()));
            byGroup.merge(PlacementCategories.group(category), count, Long::sum);
            specialist += PlacementCategories.isSpecialist(category) ? count : 0;
            inmss += PlacementCategories.isInmss(category) ? count : 0;
        }
        // SEN2's mainstream_total includes resourced provision and SEN units.
        assertEquals(278_236L, byGroup.get(PlacementGroup.MAINSTREAM) + byGroup.get(PlacementGroup.RESOURCED_PROVISION_AND_UNITS));
        assertEquals(Long.parseLong(england.get("mainstream_total")), 278_236L);
        assertEquals(193_880L, byGroup.get(PlacementGroup.SPECIAL_MAINTAINED) + byGroup.get(PlacementGroup.SPECIAL_ACADEMY_FREE)
                + byGroup.get(PlacementGroup.NON_MAINTAINED_SPECIAL) + byGroup.get(PlacementGroup.INDEPENDENT_SPECIAL));
        assertEquals(4_858L, byGroup.get(PlacementGroup.ALTERNATIVE_PROVISION));
        assertEquals(88_158L, byGroup.get(PlacementGroup.FURTHER_EDUCATION) + byGroup.get(PlacementGroup.SPECIALIST_POST16));
        assertEquals(34_028L, inmss, "independent 29,647 + non-maintained 4,381");
        assertEquals(228_079L, specialist, "RP/units 24,524 + special schools 193,880 + SPI 9,675");

        Map<String, String> barnet = row(file, "Local authority", "302", "202425", "All EHC plans");
        assertEquals("Barnet", barnet.get("la_name"));
        long barnetSpecial = 0;
        for (PlacementCategory category : PlacementCategories.categoriesIn(PlacementGroup.SPECIAL_MAINTAINED)) {
            barnetSpecial += Long.parseLong(barnet.get(category.getLiteral()));
        }
        for (PlacementGroup group : List.of(PlacementGroup.SPECIAL_ACADEMY_FREE, PlacementGroup.NON_MAINTAINED_SPECIAL,
                PlacementGroup.INDEPENDENT_SPECIAL)) {
            for (PlacementCategory category : PlacementCategories.categoriesIn(group)) {
                barnetSpecial += Long.parseLong(barnet.get(category.getLiteral()));
            }
        }
        assertEquals(896L, barnetSpecial);
    }

    @Test
    void broadAreasOfNeedReproducePublishedCounts() throws IOException {
        Path file = SharedData.file("ehcp-sen2-2025", "sen_needs_all_plans.csv");
        Map<String, String> england = row(file, "National", "", "202425", "All EHC plans");
        Map<BroadArea, Long> byArea = new EnumMap<>(BroadArea.class);
        for (NeedType need : NeedType.VALUES) {
            if (need == NeedType.NSA) {
                continue; // NSA exists for SEN support in the school census, never for an EHCP in SEN2
            }
            String column = "number_" + need.getLiteral().toLowerCase(Locale.ROOT);
            assertTrue(england.containsKey(column), "no SEN2 column " + column);
            byArea.merge(NeedAreas.broadArea(need), Long.parseLong(england.get(column)), Long::sum);
        }
        assertEquals(337_019L, byArea.get(BroadArea.COMMUNICATION_AND_INTERACTION), "ASD 201,183 + SLCN 135,836");
        assertEquals(116_493L, byArea.get(BroadArea.COGNITION_AND_LEARNING));
        assertEquals(132_217L, byArea.get(BroadArea.SOCIAL_EMOTIONAL_MENTAL_HEALTH));
        assertEquals(40_634L, byArea.get(BroadArea.SENSORY_AND_PHYSICAL));
        assertEquals(7_512L, byArea.get(BroadArea.OTHER));
        long total = byArea.values().stream().mapToLong(Long::longValue).sum() + Long.parseLong(england.get("number_need_unknown"));
        assertEquals(Long.parseLong(england.get("ehc_plans")), total);
        assertEquals(638_745L, total);
        assertEquals(List.of(NeedType.SPLD, NeedType.MLD, NeedType.SLD, NeedType.PMLD),
                List.copyOf(NeedAreas.needsIn(BroadArea.COGNITION_AND_LEARNING)));
    }

    /** Returns the one row matching level, LA code, period and breakdown, by column name. */
    private static Map<String, String> row(Path file, String level, String laCode, String period, String breakdown)
            throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = split(lines.get(0).replace("\uFEFF", ""));
        Map<String, String> found = null;
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = split(line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size() && i < cells.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            if (level.equals(row.get("geographic_level")) && laCode.equals(row.get("old_la_code"))
                    && period.equals(row.get("time_period")) && breakdown.equals(row.get("breakdown"))) {
                assertEquals(null, found, "more than one row for " + level + " " + laCode + " " + period);
                found = row;
            }
        }
        assertTrue(found != null, "no row for " + level + " " + laCode + " " + period + " in " + file);
        return found;
    }

    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
