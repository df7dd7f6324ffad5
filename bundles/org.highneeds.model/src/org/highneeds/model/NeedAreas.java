package org.highneeds.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Broad areas of need (SEND code of practice) of the SEN2 primary need codes. */
public final class NeedAreas {

    private NeedAreas() {
    }

    /** Returns the broad area of a primary need; NSA and OTH fall in {@link BroadArea#OTHER}. */
    public static BroadArea broadArea(NeedType need) {
        return switch (need) {
            case SPLD, MLD, SLD, PMLD -> BroadArea.COGNITION_AND_LEARNING;
            case SLCN, ASD -> BroadArea.COMMUNICATION_AND_INTERACTION;
            case SEMH -> BroadArea.SOCIAL_EMOTIONAL_MENTAL_HEALTH;
            case HI, VI, MSI, PD -> BroadArea.SENSORY_AND_PHYSICAL;
            case OTH, NSA -> BroadArea.OTHER;
        };
    }

    /** Returns the primary needs that make up a broad area, in SEN2 order. */
    public static Set<NeedType> needsIn(BroadArea area) {
        Set<NeedType> needs = EnumSet.noneOf(NeedType.class);
        for (NeedType need : NeedType.VALUES) {
            if (broadArea(need) == area) {
                needs.add(need);
            }
        }
        return needs;
    }

    /** Returns all primary needs in SEN2 order. */
    public static List<NeedType> all() {
        return NeedType.VALUES;
    }
}
