package org.highneeds.model.persistence;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.highneeds.model.LocalAreaModel;

/**
 * The outcome of loading a local area model file.
 *
 * @param model the root object
 * @param resource the resource holding it (in the store's resource set)
 * @param warnings problems that did not stop the load (unknown fields kept, unresolved cross-file references)
 */
public record LoadResult(LocalAreaModel model, Resource resource, List<LoadWarning> warnings) {
}
