package org.highneeds.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.highneeds.analysis.AnalysisException;
import org.highneeds.analysis.ComparatorGroup;
import org.highneeds.analysis.ComparatorGroups;
import org.highneeds.model.ComparatorKind;
import org.highneeds.analysis.ComparatorMember;
import org.highneeds.model.ComparatorSet;
import org.highneeds.model.edit.ModelLabels;

/**
 * A comparator set saved in a local area file of the workspace, offered in the views' group choice.
 *
 * @param label shown in the drop-down: "set name (area project)"
 * @param area the area file holding it
 * @param set the set as loaded from that file
 */
public record SavedGroup(String label, IFile area, ComparatorSet set) {

    /**
     * The group to benchmark {@code laCode} against: the saved members in their order, without {@code laCode}
     * itself. A saved statistical neighbours, region or LA type set belongs to its subject LA, so it is refused for
     * another LA rather than silently mislabelled.
     */
    public ComparatorGroup group(ComparatorGroups groups, String laCode) throws AnalysisException {
        ComparatorGroup saved = groups.of(set);
        String owner = saved.subjectLaCode();
        if (saved.kind() != ComparatorKind.CUSTOM && owner != null && !owner.equals(laCode)) {
            throw new AnalysisException("'" + label + "' is the group of LA " + owner + " (saved as "
                    + ModelLabels.literal(saved.kind()) + "); choose LA " + owner
                    + " or another group.");
        }
        List<ComparatorMember> members = new ArrayList<>(saved.members());
        members.removeIf(m -> m.la().laCode().equals(laCode));
        if (members.isEmpty()) {
            throw new AnalysisException("'" + label + "' has no LAs other than " + laCode + ".");
        }
        return new ComparatorGroup(saved.kind(), saved.name(), laCode, members, saved.source() + " in "
                + area.getFullPath().makeRelative());
    }
}
