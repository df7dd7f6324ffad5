package org.highneeds.analysis;

import java.util.List;

import org.highneeds.model.ComparatorKind;

/**
 * The LAs an LA is compared with. The subject LA itself is not a member: group means are means of the others.
 *
 * @param kind how the group was formed
 * @param name name shown to users, e.g. "Statistical neighbours of 302 Barnet (May 2025)"
 * @param subjectLaCode the LA whose comparators these are; null for a group without a subject (England, custom)
 * @param members members in rank order (statistical neighbours) or as given
 * @param source where the membership comes from, e.g. "sn_neighbour, release May 2025"
 */
public record ComparatorGroup(ComparatorKind kind, String name, String subjectLaCode, List<ComparatorMember> members,
        String source) {

    /** Copies the member list. */
    public ComparatorGroup {
        members = List.copyOf(members);
        source = source == null ? "" : source;
    }

    /** The members' LA codes in order. */
    public List<String> memberCodes() {
        return members.stream().map(ComparatorMember::laCode).toList();
    }
}
