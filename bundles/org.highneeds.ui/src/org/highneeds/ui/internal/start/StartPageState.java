package org.highneeds.ui.internal.start;

import java.util.List;
import java.util.Optional;

import org.highneeds.analysis.LaInfo;
import org.highneeds.analysis.LaProfile;
import org.highneeds.analysis.ProfileEntry;

/**
 * What the start page shows.
 *
 * @param laCode my LA's code; null when none is chosen
 * @param la my LA as the code list has it; null when the list is not imported (or does not know the code)
 * @param datasets the datasets the headline reads, with their state
 * @param othersImported how many other datasets are imported
 * @param profile the headline profile; null when it cannot be computed yet
 * @param groupNote what the means are taken over when it is not the statistical neighbours; null otherwise
 * @param problem why the profile failed; null when it did not
 */
public record StartPageState(String laCode, LaInfo la, List<DatasetState> datasets, int othersImported, LaProfile profile,
        String groupNote, String problem) {

    /** Copies the list. */
    public StartPageState {
        datasets = List.copyOf(datasets);
    }

    static StartPageState failed(String laCode, String problem) {
        return new StartPageState(laCode, null, List.of(), 0, null, null, problem);
    }

    /** True when nothing at all is imported. */
    public boolean empty() {
        return othersImported == 0 && datasets.stream().allMatch(d -> d.status() == DatasetState.Status.MISSING);
    }

    /** The profile's entry of an indicator, if the profile has it. */
    public Optional<ProfileEntry> entry(String indicatorId) {
        return profile == null ? Optional.empty()
                : profile.entries().stream().filter(e -> e.indicator().id().equals(indicatorId)).findFirst();
    }
}
