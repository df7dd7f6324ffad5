package org.highneeds.area;

import java.util.List;

import org.highneeds.model.LocalAreaModel;

/**
 * The materialised model and the plain-English list of what the database lacked (e.g. "GIAS not imported: no
 * settings").
 *
 * @param model the local area model, not yet in a resource
 * @param missing one sentence per dataset (or part of one) that was absent, in the order checked; empty when
 *        nothing was missing
 */
public record Materialisation(LocalAreaModel model, List<String> missing) {

    /** Keeps an unmodifiable copy of the list. */
    public Materialisation {
        missing = List.copyOf(missing);
    }
}
