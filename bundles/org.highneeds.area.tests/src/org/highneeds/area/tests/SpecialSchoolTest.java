package org.highneeds.area.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.highneeds.area.AreaMaterialiser;
import org.highneeds.area.Materialisation;
import org.highneeds.model.CapacityRecord;
import org.highneeds.model.NeedType;
import org.highneeds.model.PlacementCategory;
import org.highneeds.model.Provision;
import org.highneeds.model.ProvisionKind;
import org.highneeds.model.Setting;
import org.highneeds.testing.ImportHarness;
import org.highneeds.testing.SharedData;
import org.highneeds.testing.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Special school places and out-of-range published values. The GIAS samples in shared/data hold no special school,
 * so this test writes one SYNTHETIC establishment (URN 999001, not a real school) under the real January 2026 GIAS
 * header and imports it with the real importer.
 */
class SpecialSchoolTest {

    @TempDir
    Path dir;

    @Test
    void aSpecialSchoolGetsItsPlacesAndAnAgeAbove25IsLeftEmptyAndReported() throws Exception {
        Path real = SharedData.path("gias/edubasealldata_2026_first2rows.csv");
        String header = Files.readAllLines(real, StandardCharsets.ISO_8859_1).get(0);
        Map<String, String> row = new LinkedHashMap<>();
        for (String column : header.split(",")) {
            row.put(column.replace("\"", ""), "");
        }
        row.put("URN", "999001");
        row.put("LA (code)", "302");
        row.put("LA (name)", "Barnet");
        row.put("EstablishmentName", "Synthetic Special School (test)");
        row.put("TypeOfEstablishment (code)", "07");
        row.put("TypeOfEstablishment (name)", "Community special school");
        row.put("EstablishmentStatus (name)", "Open, but proposed to close");
        row.put("PhaseOfEducation (name)", "All-through");
        row.put("StatutoryLowAge", "4");
        row.put("StatutoryHighAge", "99");
        row.put("SchoolCapacity", "120");
        row.put("NumberOfPupils", "131");
        row.put("CensusDate", "16-01-2025");
        row.put("LastChangedDate", "14-01-2026");
        row.put("CloseDate", "31-08-2026");
        row.put("Section41Approved (name)", "Approved");
        row.put("SEN1 (name)", "SLD - Severe Learning Difficulty");
        row.put("SEN2 (name)", "PMLD - Profound and Multiple Learning Difficulty");
        row.put("Postcode", "NW7 1AA");
        row.put("GSSLACode (name)", "E09000003");
        List<String> values = new ArrayList<>();
        row.values().forEach(v -> values.add("\"" + v + "\""));
        Path file = dir.resolve("edubasealldata_synthetic_special_school.csv");
        Files.writeString(file, header + "\n" + String.join(",", values) + "\n", StandardCharsets.ISO_8859_1);

        try (TestWorkspace db = TestWorkspace.in(dir.resolve("workspace"))) {
            ImportHarness.importFiles(db.connection(), List.of(file));
            Materialisation m = new AreaMaterialiser(db.connection()).materialise("302", new NullProgressMonitor());
            Setting school = m.model().getSettings().get(0);
            assertEquals("999001 " + PlacementCategory.SPECIAL_LA_MAINTAINED + " true [SLD, PMLD] 4 null", school.getUrn()
                    + " " + school.getProvisionCategory() + " " + school.isSection41() + " " + school.getNeedTypes() + " "
                    + school.getLowAge() + " " + school.getHighAge());
            Provision places = school.getProvisions().get(0);
            CapacityRecord census = places.getCapacityRecords().get(0);
            assertEquals(ProvisionKind.SPECIAL_SCHOOL_PLACES + " 120 closing 2026-08-31 [SLD, PMLD] 2024/25 131/120",
                    places.getKind() + " " + places.getFullTimePlaces() + " " + places.getStatus().getLiteral() + " "
                            + places.getCloseDate() + " " + places.getNeedFocus() + " " + census.getAcademicYear() + " "
                            + census.getOnRoll() + "/" + census.getPlaces());
            assertEquals("Published value left empty: Setting 'Synthetic Special School (test)' (URN 999001): ages must "
                    + "lie between 0 and 25.", m.missing().get(m.missing().size() - 1));
        }
    }
}
